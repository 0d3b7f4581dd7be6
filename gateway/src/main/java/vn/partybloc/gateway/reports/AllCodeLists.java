package vn.partybloc.gateway.reports;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AllCodeLists", description = "The code lists of every service, and whether each service answered.")
public record AllCodeLists(
        @Schema(
                description = "Every list of every service that answered (the merged document types each item "
                        + "as a `CodeList`).",
                required = true,
                type = SchemaType.ARRAY,
                implementation = Object.class)
        List<Object> lists,

        @Schema(
                description =
                        "Per service's code lists (`organizations`, `members`, `training`, `evaluations`): OK, or why its lists are "
                                + "missing (NOT_DEPLOYED, TIMEOUT, UNREACHABLE, FAILED).",
                required = true)
        Map<String, Source> sources) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CodeListSource", description = "Whether a service's code lists are in the answer.")
    public record Source(
            @Schema(
                    description = "OK, or why the lists are missing: NOT_DEPLOYED, TIMEOUT, UNREACHABLE, FAILED.",
                    required = true)
            String status,

            @Schema(description = "HTTP status the service answered, when it answered with an error.")
            Integer httpStatus,

            @Schema(description = "Why the lists are missing.")
            String detail) {

        static final Source OK = new Source("OK", null, null);

        static Source unavailable(String status, String detail) {
            return new Source(status, null, detail);
        }

        static Source failed(int httpStatus, String detail) {
            return new Source("FAILED", httpStatus, detail);
        }
    }
}
