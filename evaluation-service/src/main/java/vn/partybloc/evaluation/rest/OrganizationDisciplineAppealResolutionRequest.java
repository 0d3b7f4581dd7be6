package vn.partybloc.evaluation.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.evaluation.domain.AppealOutcome;
import vn.partybloc.evaluation.domain.OrganizationDisciplineAppeals;
import vn.partybloc.evaluation.domain.OrganizationDisciplineForm;
import vn.partybloc.platform.validation.PlainText;
import vn.partybloc.platform.validation.Text;

@Schema(
        name = "OrganizationDisciplineAppealResolutionRequest",
        description = "The outcome of an organization's appeal.",
        example = """
                {
                  "outcome": "CHANGED",
                  "form": "REPRIMAND",
                  "decisionNumber": "52-QĐ/ĐUK",
                  "resolvedOn": "2024-11-20"
                }""")
public record OrganizationDisciplineAppealResolutionRequest(
        @Schema(description = "Upheld, changed to `form`, or annulled.") @NotNull
        AppealOutcome outcome,

        @Schema(description = "For `CHANGED` only, and then required: the new form, not the one in force.")
        OrganizationDisciplineForm form,

        @Schema(description = "Decision number.", maxLength = 64) @NotBlank @Size(max = 64) @PlainText
        String decisionNumber,

        @Schema(description = "Date of the decision on the appeal; a changed form takes effect on it.") @NotNull
        LocalDate resolvedOn) {

    OrganizationDisciplineAppeals.Resolution resolution() {
        return new OrganizationDisciplineAppeals.Resolution(outcome, form, Text.nfc(decisionNumber), resolvedOn);
    }
}
