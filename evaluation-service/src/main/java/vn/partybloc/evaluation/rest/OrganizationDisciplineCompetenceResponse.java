package vn.partybloc.evaluation.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.evaluation.domain.DisciplineBody;
import vn.partybloc.evaluation.domain.DisciplineLevel;
import vn.partybloc.evaluation.domain.OrganizationDisciplineCompetence;
import vn.partybloc.evaluation.domain.OrganizationDisciplineForm;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        name = "OrganizationDisciplineCompetence",
        description = "That a body of a level may decide a form against an organization, and the source.")
public record OrganizationDisciplineCompetenceResponse(
        @Schema(description = "The body.") DisciplineBody bodyKind,
        @Schema(description = "Its level.") DisciplineLevel bodyLevel,
        @Schema(description = "The form it may decide.") OrganizationDisciplineForm form,

        @Schema(description = "The document and article that say so.")
        String source,

        @Schema(description = "Scope and what is not verified.")
        String note) {

    static OrganizationDisciplineCompetenceResponse from(OrganizationDisciplineCompetence k) {
        return new OrganizationDisciplineCompetenceResponse(k.bodyKind, k.bodyLevel, k.form, k.source, k.note);
    }
}
