package vn.partybloc.organization.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.organization.domain.Term;

@Schema(name = "Term", description = "A term of office of an organization.")
public record TermResponse(
        @Schema(description = "Id.") UUID id,
        @Schema(description = "The organization.") UUID organizationId,

        @Schema(description = "First year.", example = "2020")
        int startYear,

        @Schema(description = "Last year.", example = "2025")
        int endYear,

        @Schema(description = "Label.", example = "2020–2025")
        String label,

        @Schema(description = "Congress date; null when none was recorded.", nullable = true)
        LocalDate congressDate,

        @Schema(description = "Decision number.", nullable = true)
        String decisionNumber,

        @Schema(description = "Version; also the ETag.") long version,
        @Schema(description = "When it was recorded.") Instant createdAt,
        @Schema(description = "Who recorded it.") String createdBy,
        @Schema(description = "When it last changed.") Instant updatedAt,
        @Schema(description = "Who changed it last.") String updatedBy) {

    static TermResponse from(Term t) {
        return new TermResponse(
                t.id,
                t.organizationId,
                t.startYear,
                t.endYear,
                t.label(),
                t.congressDate,
                t.decisionNumber,
                t.version,
                t.createdAt,
                t.createdBy,
                t.updatedAt,
                t.updatedBy);
    }
}
