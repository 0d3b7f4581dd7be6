package vn.partybloc.evaluation.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.evaluation.domain.DisciplineForm;
import vn.partybloc.evaluation.domain.DisciplineService;
import vn.partybloc.platform.validation.PlainText;
import vn.partybloc.platform.validation.Text;

@Schema(name = "DisciplineDecisionRequest", description = "The decision on a discipline case.", example = """
                {
                  "form": "WARNING",
                  "decisionNumber": "128-QĐ/ĐUK",
                  "decidedOn": "2024-09-12",
                  "selfRemedied": false
                }""")
public record DisciplineDecisionRequest(
        @Schema(description = "Form decided; one the body may decide at its level (`DIS-COMPETENCE`).") @NotNull
        DisciplineForm form,

        @Schema(description = "For `REMOVAL_FROM_POST` only, and then required: the position it ends.")
        UUID positionId,

        @Schema(description = "Decision number.", maxLength = 64) @NotBlank @Size(max = 64) @PlainText
        String decisionNumber,

        @Schema(description = "Date of the decision: the removal or expulsion takes effect on it.") @NotNull
        LocalDate decidedOn,

        @Schema(
                description = "The member found the fault and finished remedying it themselves: the discipline does "
                        + "not weigh on the year's rating (`REV-DISCIPLINED`). Default false.")
        Boolean selfRemedied) {

    DisciplineService.Decision decision() {
        return new DisciplineService.Decision(
                form, positionId, Text.nfc(decisionNumber), decidedOn, Boolean.TRUE.equals(selfRemedied));
    }
}
