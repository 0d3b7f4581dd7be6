package vn.partybloc.evaluation.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.evaluation.domain.OrganizationDisciplineForm;
import vn.partybloc.evaluation.domain.OrganizationDisciplineService;
import vn.partybloc.platform.validation.PlainText;
import vn.partybloc.platform.validation.Text;

@Schema(
        name = "OrganizationDisciplineDecisionRequest",
        description = "The decision on a discipline case against an organization.",
        example = """
                {
                  "form": "REPRIMAND",
                  "decisionNumber": "215-QĐ/ĐUK",
                  "decidedOn": "2024-09-12"
                }""")
public record OrganizationDisciplineDecisionRequest(
        @Schema(description = "Form decided; one the body may decide at its level (`DIS-COMPETENCE`).") @NotNull
        OrganizationDisciplineForm form,

        @Schema(description = "Decision number.", maxLength = 64) @NotBlank @Size(max = 64) @PlainText
        String decisionNumber,

        @Schema(description = "Date of the decision.") @NotNull
        LocalDate decidedOn) {

    OrganizationDisciplineService.Decision decision() {
        return new OrganizationDisciplineService.Decision(form, Text.nfc(decisionNumber), decidedOn);
    }
}
