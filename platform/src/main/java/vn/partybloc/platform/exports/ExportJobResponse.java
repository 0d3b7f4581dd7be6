package vn.partybloc.platform.exports;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        name = "ExportJob",
        description = "An export: a snapshot of a resource family as NDJSON, with the changes-feed position it was "
                + "taken at. Load the content, then read the feed with `after` = `cursor`.")
public record ExportJobResponse(
        @Schema(description = "Id.") UUID id,

        @Schema(description = "What is exported, e.g. `members`.", maxLength = 32)
        String family,

        @Schema(description = "QUEUED, RUNNING, then DONE (the content can be read) or FAILED.")
        ExportStatus status,

        @Schema(description = "The subtree exported; absent for everything the creator may read.")
        UUID organizationId,

        @Schema(description = "The day whose register is exported; absent for today's.")
        LocalDate asOf,

        @Schema(description = "Who asked for it.", maxLength = 200)
        String createdBy,

        @Schema(description = "When it was asked for.") Instant createdAt,
        @Schema(description = "When it started.") Instant startedAt,
        @Schema(description = "When it was done or failed.") Instant finishedAt,

        @Schema(description = "When its content is deleted.")
        Instant expiresAt,

        @Schema(
                description = "Once DONE: the position in this service's changes feed the snapshot was taken at. Read "
                        + "the feed with `after` set to it: every event after it is a change the content does not hold "
                        + "yet, and every change it holds has its event at or before it.",
                maxLength = 20,
                example = "48213")
        String cursor,

        @Schema(description = "Once DONE: how many records the content holds.")
        Long records,

        @Schema(description = "Why it FAILED.", maxLength = 1000)
        String error) {

    public static ExportJobResponse from(ExportJob job) {
        return new ExportJobResponse(
                job.id(),
                job.family(),
                job.status(),
                job.organizationId(),
                job.asOf(),
                job.createdBy(),
                job.createdAt(),
                job.startedAt(),
                job.finishedAt(),
                job.expiresAt(),
                job.cursor() == null ? null : Long.toString(job.cursor()),
                job.records(),
                job.error());
    }
}
