package vn.partybloc.platform.shares;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ShareLogEntry", description = "One share of the service's data: who read what, why, and how much.")
public record ShareLogEntry(
        @Schema(description = "Position of the line in the log; pass it as `after` to continue.", example = "1024")
        String position,

        @Schema(description = "When the data was answered.") Instant at,

        @Schema(description = "How the data left the service.")
        ShareKind kind,

        @Schema(
                description = "The OAuth client of the token (`azp`); empty when the token names none.",
                example = "hr-integration")
        String clientId,

        @Schema(description = "The user or service account that read.", example = "service-account-hr-integration")
        String caller,

        @Schema(description = "The purpose the caller stated in the `Purpose-Of-Use` header, if any.", nullable = true)
        String purpose,

        @Schema(
                description = "What was read: the feed, the export job or the look-up.",
                example = "/api/v1/changes/members")
        String resource,

        @Schema(
                description = "How it was filtered: the feed's query, the export's subtree and day, the kind "
                        + "of identity number looked up (never the number itself).",
                example = "after=1024&limit=100",
                nullable = true)
        String filter,

        @Schema(description = "Number of records answered.", example = "100")
        long records) {}
