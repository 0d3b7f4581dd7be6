package vn.partybloc.evaluation.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.evaluation.domain.ComplaintKind;
import vn.partybloc.evaluation.domain.ComplaintTerms;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        name = "ComplaintTerms",
        description = "The times to acknowledge and resolve one kind of complaint, and their source.")
public record ComplaintTermsResponse(
        @Schema(description = "The kind they apply to.") ComplaintKind kind,

        @Schema(description = "Calendar days from receipt to acknowledge; absent: no deadline.")
        Integer acknowledgeWithinDays,

        @Schema(description = "Calendar days from receipt to resolve; absent: no deadline.")
        Integer resolveWithinDays,

        @Schema(description = "The document and article they come from.")
        String source,

        @Schema(description = "What the source says, and what is not verified.")
        String note,

        @Schema(description = "When they were last changed.")
        Instant updatedAt,

        @Schema(description = "By whom.") String updatedBy,
        @Schema(description = "Version; also the ETag.") long version) {

    static ComplaintTermsResponse from(ComplaintTerms t) {
        return new ComplaintTermsResponse(
                t.kind,
                t.acknowledgeWithinDays,
                t.resolveWithinDays,
                t.source,
                t.note,
                t.updatedAt,
                t.updatedBy,
                t.version);
    }
}
