package vn.partybloc.evaluation.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.evaluation.domain.AppealOutcome;
import vn.partybloc.evaluation.domain.DisciplineAppeals;
import vn.partybloc.evaluation.domain.DisciplineForm;
import vn.partybloc.platform.validation.PlainText;
import vn.partybloc.platform.validation.Text;

@Schema(name = "DisciplineAppealResolutionRequest", description = "The outcome of an appeal.", example = """
                {
                  "outcome": "CHANGED",
                  "form": "WARNING",
                  "decisionNumber": "45-QĐ/ĐUK",
                  "resolvedOn": "2024-11-20"
                }""")
public record DisciplineAppealResolutionRequest(
        @Schema(description = "Upheld, changed to `form`, or annulled.") @NotNull
        AppealOutcome outcome,

        @Schema(description = "For `CHANGED` only, and then required: the new form, not the one in force.")
        DisciplineForm form,

        @Schema(description = "For a change to `REMOVAL_FROM_POST` only, and then required: the position it ends.")
        UUID positionId,

        @Schema(description = "Decision number.", maxLength = 64) @NotBlank @Size(max = 64) @PlainText
        String decisionNumber,

        @Schema(description = "Date of the decision on the appeal; a changed form takes effect on it.") @NotNull
        LocalDate resolvedOn) {

    DisciplineAppeals.Resolution resolution() {
        return new DisciplineAppeals.Resolution(outcome, form, positionId, Text.nfc(decisionNumber), resolvedOn);
    }
}
