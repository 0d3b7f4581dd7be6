package vn.partybloc.admin;

import jakarta.ws.rs.Path;
import java.util.UUID;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.api.ImportsApi;
import vn.partybloc.client.model.ImportJob;

/**
 * Nhập chức vụ cấp ủy: committee members' positions from a CSV file, as after a congress elects a committee: each row a
 * member seated on a committee, or a seat ended.
 */
@Path("/chuc-vu/nhap")
public class PositionImportPage extends ImportPage {

    public PositionImportPage(SignedIn user) {
        super(user);
    }

    @Override
    Kind kind() {
        CommitteeWords words = user.committeeWords();
        return new Kind(
                "/chuc-vu/nhap", words.import_positions(), words.positions_csv_hint(), words.position_import_job());
    }

    @Override
    ImportJob send(ImportsApi api, String csv, String idempotencyKey) throws ApiException {
        return api.importPositions(csv, idempotencyKey);
    }

    @Override
    ImportJob read(ImportsApi api, UUID job) throws ApiException {
        return api.getPositionImport(job);
    }
}
