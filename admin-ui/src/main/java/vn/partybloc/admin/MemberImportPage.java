package vn.partybloc.admin;

import jakarta.ws.rs.Path;
import java.util.UUID;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.api.ImportsApi;
import vn.partybloc.client.model.ImportJob;

/** Nhập đảng viên: members from a CSV file, new ones admitted and known ones (by national id) updated. */
@Path("/dang-vien/nhap")
public class MemberImportPage extends ImportPage {

    public MemberImportPage(SignedIn user) {
        super(user);
    }

    @Override
    Kind kind() {
        Messages words = user.words();
        return new Kind("/dang-vien/nhap", words.import_members(), words.csv_hint(), words.import_job());
    }

    @Override
    ImportJob send(ImportsApi api, String csv, String idempotencyKey) throws ApiException {
        return api.importMembers(csv, idempotencyKey);
    }

    @Override
    ImportJob read(ImportsApi api, UUID job) throws ApiException {
        return api.getMemberImport(job);
    }
}
