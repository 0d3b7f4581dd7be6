package vn.partybloc.evaluation.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.evaluation.domain.DisciplineBody;
import vn.partybloc.evaluation.domain.DisciplineCompetence;
import vn.partybloc.evaluation.domain.DisciplineForm;
import vn.partybloc.evaluation.domain.DisciplineLevel;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "DisciplineCompetence", description = "That a body of a level may decide a form, and the source.")
public record DisciplineCompetenceResponse(
        @Schema(description = "The body.") DisciplineBody bodyKind,
        @Schema(description = "Its level.") DisciplineLevel bodyLevel,
        @Schema(description = "The form it may decide.") DisciplineForm form,

        @Schema(description = "The document and article that say so.")
        String source,

        @Schema(description = "Scope and what is not verified.")
        String note) {

    static DisciplineCompetenceResponse from(DisciplineCompetence k) {
        return new DisciplineCompetenceResponse(k.bodyKind, k.bodyLevel, k.form, k.source, k.note);
    }
}
