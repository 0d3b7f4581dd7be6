package vn.partybloc.evaluation.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.evaluation.domain.AppealOutcome;
import vn.partybloc.evaluation.domain.AppealStatus;
import vn.partybloc.evaluation.domain.DisciplineAppeal;
import vn.partybloc.evaluation.domain.DisciplineBody;
import vn.partybloc.evaluation.domain.DisciplineForm;
import vn.partybloc.evaluation.domain.DisciplineLevel;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "DisciplineAppeal", description = "An appeal against a discipline decision, and its outcome.")
public record DisciplineAppealResponse(
        @Schema(description = "Id.") UUID id,
        @Schema(description = "The case.") UUID caseId,

        @Schema(description = "When the member received the decision appealed against.")
        LocalDate receivedOn,

        @Schema(description = "When the appeal was lodged.") LocalDate lodgedOn,
        @Schema(description = "The body that resolves it.") DisciplineBody bodyKind,

        @Schema(description = "That body's organization; absent for the province's, above the Bloc.")
        UUID bodyOrganizationId,

        @Schema(description = "Its level.") DisciplineLevel bodyLevel,
        @Schema(description = "Status.") AppealStatus status,

        @Schema(description = "The form in force when it was lodged.")
        DisciplineForm previousForm,

        @Schema(description = "Outcome, once resolved.") AppealOutcome outcome,
        @Schema(description = "The form a change decided.") DisciplineForm form,

        @Schema(description = "The position a change to removal from post ended.")
        UUID positionId,

        @Schema(description = "Decision number on the appeal.")
        String decisionNumber,

        @Schema(description = "Date of that decision.") LocalDate resolvedOn,
        @Schema(description = "When it was last changed.") Instant updatedAt,
        @Schema(description = "By whom.") String updatedBy,
        @Schema(description = "Version; also the ETag.") long version) {

    static DisciplineAppealResponse from(DisciplineAppeal a) {
        return new DisciplineAppealResponse(
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
                a.positionId,
                a.decisionNumber,
                a.resolvedOn,
                a.updatedAt,
                a.updatedBy,
                a.version);
    }
}
