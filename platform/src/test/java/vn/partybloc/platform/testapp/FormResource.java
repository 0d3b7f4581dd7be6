package vn.partybloc.platform.testapp;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.util.List;
import vn.partybloc.kernel.Roles;
import vn.partybloc.platform.validation.PlainText;

/** Echoes what it reads, so that a test sees the input policy at work on each kind of field. */
@Path("/test/forms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER})
public class FormResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    public record FormRequest(
            @NotNull @Size(max = 100) @PlainText String name,
            @Size(max = 1000) @PlainText.Multiline String text,
            Integer count,
            Boolean flag,
            LocalDate on,
            List<@PlainText String> tags,
            List<@Valid Line> lines) {}

    public record Line(@NotNull @PlainText String label) {}

    public record DateAnswer(LocalDate on) {}

    @POST
    public FormRequest echo(@NotNull @Valid FormRequest request) {
        return request;
    }

    @GET
    public DateAnswer on(@QueryParam("on") LocalDate on) {
        return new DateAnswer(on);
    }

    /**
     * As many lines as asked for, written to the answer as they are made: an answer long enough that a client can hang
     * up while it is being written. (A list returned whole may be serialized first and sent in one write, whose failure
     * never reaches the application.)
     */
    @GET
    @Path("/lines")
    public StreamingOutput lines(@QueryParam("count") @Max(1_000_000) int count) {
        return out -> {
            try (JsonGenerator json = JSON.createGenerator(out)) {
                json.writeStartArray();
                for (int i = 0; i < count; i++) {
                    json.writeObject(new Line("Dòng số " + i));
                }
                json.writeEndArray();
            }
        };
    }

    /** A command without a body, as the services' actions are: sent without a content type. */
    @POST
    @Path("/ping")
    public DateAnswer ping() {
        return new DateAnswer(null);
    }
}
