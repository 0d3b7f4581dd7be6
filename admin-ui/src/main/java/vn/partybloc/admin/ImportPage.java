package vn.partybloc.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.api.ImportsApi;
import vn.partybloc.client.model.ImportJob;

/**
 * What the console's imports share: a CSV file sent to the API's import as the user; the job's page follows it while it
 * runs (htmx polls its status every second) and lists the rows it refused, each with the field and the reason. Each
 * import says where it lives, its words, and which of the API's imports it calls ({@link MemberImportPage},
 * {@link PositionImportPage}).
 */
@Produces(MediaType.TEXT_HTML)
public abstract class ImportPage {

    /** An import's place in the console and its words, in the page's language. */
    public record Kind(String path, String title, String hint, String jobTitle) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload(SignedIn user, Kind kind, String idempotencyKey, String problem);

        static native TemplateInstance job(SignedIn user, Kind kind, ImportJob job);

        static native TemplateInstance status(Kind kind, ImportJob job);
    }

    final SignedIn user;

    ImportPage(SignedIn user) {
        this.user = user;
    }

    abstract Kind kind();

    abstract ImportJob send(ImportsApi api, String csv, String idempotencyKey) throws ApiException;

    abstract ImportJob read(ImportsApi api, UUID job) throws ApiException;

    @GET
    public TemplateInstance form() {
        return Templates.upload(user, kind(), UUID.randomUUID().toString(), null);
    }

    /** The file goes to the API as it is (the API drops a spreadsheet's byte order mark); then to the job's page. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response send(@RestForm FileUpload file, @RestForm String idempotencyKey) throws ApiException, IOException {
        if (file == null || file.size() == 0) {
            return refused(400, idempotencyKey, user.words().choose_file());
        }
        String csv;
        try {
            csv = Files.readString(file.uploadedFile(), StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            return refused(400, idempotencyKey, user.words().not_utf8());
        }
        Kind kind = kind();
        return FormProblem.sent(
                () -> send(new ImportsApi(user.api()), csv, idempotencyKey),
                job -> kind.path() + "/" + job.getId(),
                // Refused, the file was not taken: sent again it is a new request, under a new key.
                problem -> Templates.upload(user, kind, UUID.randomUUID().toString(), problem.detail()));
    }

    private Response refused(int status, String idempotencyKey, String problem) {
        return Response.status(status)
                .entity(Templates.upload(user, kind(), idempotencyKey, problem))
                .build();
    }

    @GET
    @Path("/{job}")
    public TemplateInstance job(@PathParam("job") UUID job) throws ApiException {
        return Templates.job(user, kind(), read(new ImportsApi(user.api()), job));
    }

    /** The job's progress, as a fragment that asks again while the job runs and stops once it is over. */
    @GET
    @Path("/{job}/trang-thai")
    public TemplateInstance status(@PathParam("job") UUID job) throws ApiException {
        return Templates.status(kind(), read(new ImportsApi(user.api()), job));
    }
}
