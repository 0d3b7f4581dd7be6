package vn.partybloc.evaluation.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.evaluation.domain.ComplaintOutcome;
import vn.partybloc.evaluation.domain.Complaints;
import vn.partybloc.platform.validation.PlainText;
import vn.partybloc.platform.validation.Text;

@Schema(name = "ComplaintResolutionRequest", description = "How a complaint was resolved.", example = """
                {
                  "outcome": "PARTLY_FOUNDED",
                  "conclusion": "Tố cáo đúng một phần; đề nghị chi bộ kiểm điểm, xem xét kỷ luật.",
                  "decisionNumber": "15-KL/UBKT",
                  "resolvedOn": "2024-10-28"
                }""")
public record ComplaintResolutionRequest(
        @Schema(description = "The outcome; a complaint not yet acknowledged is only `NOT_ACCEPTED` (`CMP-FLOW`).")
        @NotNull
        ComplaintOutcome outcome,

        @Schema(description = "The conclusion (free text about people: it stays in the API).", maxLength = 4000)
        @Size(max = 4000)
        @PlainText.Multiline
        String conclusion,

        @Schema(description = "Number of the conclusion or decision.", maxLength = 64) @Size(max = 64) @PlainText
        String decisionNumber,

        @Schema(description = "When it was resolved, not before it was received or acknowledged.") @NotNull
        LocalDate resolvedOn) {

    Complaints.Resolution resolution() {
        return new Complaints.Resolution(
                outcome,
                conclusion == null ? null : Text.nfc(conclusion),
                decisionNumber == null ? null : Text.nfc(decisionNumber),
                resolvedOn);
    }
}
