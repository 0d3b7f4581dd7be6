package vn.partybloc.evaluation.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.evaluation.domain.DisciplineAppealTerms;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "DisciplineAppealTerms", description = "How long a disciplined member has to appeal, and the source.")
public record DisciplineAppealTermsResponse(
        @Schema(description = "Months from receiving the decision.")
        int withinMonths,

        @Schema(description = "The document and article that say so.")
        String source,

        @Schema(description = "How it is counted and what is not verified.")
        String note) {

    static DisciplineAppealTermsResponse from(DisciplineAppealTerms t) {
        return new DisciplineAppealTermsResponse(t.withinMonths, t.source, t.note);
    }
}
