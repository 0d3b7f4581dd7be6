package vn.partybloc.gateway.reports;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        name = "Overview",
        description =
                "The Bloc's overview for a subtree: one section per service, each marked with whether it answered.")
public record Overview(
        @Schema(description = "Root of the subtree.", required = true)
        UUID organizationId,

        @Schema(description = "The date reported; absent for the latest state.")
        LocalDate asOf,

        @Schema(
                description = "Sections by name: organizations, members, training, evaluation, meetings.",
                required = true)
        Map<String, Section> sections) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OverviewSection", description = "One service's part of the overview.")
    public record Section(
            @Schema(
                    description = "OK, or why the part is missing: NOT_DEPLOYED, TIMEOUT, UNREACHABLE, FAILED.",
                    required = true)
            String status,

            @Schema(description = "HTTP status the service answered, when it answered with an error.")
            Integer httpStatus,

            @Schema(description = "Why the part is missing.")
            String detail,

            @Schema(
                    type = SchemaType.OBJECT,
                    description = "The service's statistics, as it returned them; absent when it did not answer "
                            + "(the merged document types it per section with its service's schema).")
            Object data) {

        static Section ok(JsonNode data) {
            return new Section("OK", null, null, data);
        }

        static Section unavailable(String status, String detail) {
            return new Section(status, null, detail, null);
        }

        static Section failed(int httpStatus, String detail) {
            return new Section("FAILED", httpStatus, detail, null);
        }
    }
}
