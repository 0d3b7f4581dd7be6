package vn.partybloc.member.rest;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.member.domain.ImportJob;
import vn.partybloc.member.domain.ImportKind;
import vn.partybloc.member.domain.ImportRowError;
import vn.partybloc.member.domain.ImportStatus;

@Schema(name = "ImportJob", description = "A bulk import and its progress. Poll it until `status` is DONE or FAILED.")
public record ImportJobResponse(
        UUID id,
        ImportKind kind,

        @Schema(description = "The file's media type: text/csv or application/x-ndjson.")
        String format,

        ImportStatus status,
        @Schema(description = "Rows in the file.") int totalRows,

        @Schema(description = "Rows processed so far: created + updated + unchanged + failed.")
        int processedRows,

        @Schema(description = "Rows that created a record.") int createdRows,

        @Schema(description = "Rows that changed an existing record.")
        int updatedRows,

        @Schema(description = "Rows identical to what is recorded: importing a file again leaves them all here.")
        int unchangedRows,

        @Schema(
                description = "Rows refused; each has an entry in `errors` (the first " + ImportJob.KEPT_ERRORS
                        + " are kept).")
        int failedRows,

        @Schema(
                description = "Why a FAILED job stopped, in the language of the answer's `Content-Language`.",
                nullable = true)
        String failure,

        String submittedBy,
        Instant submittedAt,
        @Schema(nullable = true) Instant startedAt,
        @Schema(nullable = true) Instant finishedAt,

        @Schema(description = "The refused rows, by row number.")
        List<ImportRowErrorResponse> errors) {

    static ImportJobResponse from(ImportJob job, List<ImportRowError> errors, Locale language) {
        return new ImportJobResponse(
                job.id,
                job.kind,
                job.format,
                job.status,
                job.totalRows,
                job.processedRows,
                job.createdRows,
                job.updatedRows,
                job.unchangedRows,
                job.failedRows,
                job.failure() == null ? null : job.failure().in(language),
                job.submittedBy,
                job.submittedAt,
                job.startedAt,
                job.finishedAt,
                errors.stream()
                        .map(e -> ImportRowErrorResponse.from(e, language))
                        .toList());
    }
}
