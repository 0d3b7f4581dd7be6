package vn.partybloc.evaluation.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.evaluation.domain.AppealOutcome;
import vn.partybloc.evaluation.domain.AppealStatus;
import vn.partybloc.evaluation.domain.DisciplineBody;
import vn.partybloc.evaluation.domain.DisciplineLevel;
import vn.partybloc.evaluation.domain.OrganizationDisciplineAppeal;
import vn.partybloc.evaluation.domain.OrganizationDisciplineForm;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        name = "OrganizationDisciplineAppeal",
        description = "An organization's appeal against a discipline decision, and its outcome.")
public record OrganizationDisciplineAppealResponse(
        @Schema(description = "Id.") UUID id,
        @Schema(description = "The case.") UUID caseId,

        @Schema(description = "When the organization received the decision appealed against.")
        LocalDate receivedOn,

        @Schema(description = "When the appeal was lodged.") LocalDate lodgedOn,
        @Schema(description = "The body that resolves it.") DisciplineBody bodyKind,

        @Schema(description = "That body's organization; absent for the province's, above the Bloc.")
        UUID bodyOrganizationId,

        @Schema(description = "Its level.") DisciplineLevel bodyLevel,
        @Schema(description = "Status.") AppealStatus status,

        @Schema(description = "The form in force when it was lodged.")
        OrganizationDisciplineForm previousForm,

        @Schema(description = "Outcome, once resolved.") AppealOutcome outcome,
        @Schema(description = "The form a change decided.") OrganizationDisciplineForm form,

        @Schema(description = "Decision number on the appeal.")
        String decisionNumber,

        @Schema(description = "Date of that decision.") LocalDate resolvedOn,
        @Schema(description = "When it was last changed.") Instant updatedAt,
        @Schema(description = "By whom.") String updatedBy,
        @Schema(description = "Version; also the ETag.") long version) {

    static OrganizationDisciplineAppealResponse from(OrganizationDisciplineAppeal a) {
        return new OrganizationDisciplineAppealResponse(
                a.id,
                a.caseId,
                a.receivedOn,
                a.lodgedOn,
                a.bodyKind,
                a.bodyOrganizationId,
                a.bodyLevel,
                a.status,
                a.previousForm,
                a.outcome,
                a.form,
                a.decisionNumber,
                a.resolvedOn,
                a.updatedAt,
                a.updatedBy,
                a.version);
    }
}
