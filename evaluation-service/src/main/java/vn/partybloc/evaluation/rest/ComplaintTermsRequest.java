package vn.partybloc.evaluation.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.evaluation.domain.Complaints;
import vn.partybloc.platform.validation.PlainText;
import vn.partybloc.platform.validation.Text;

@Schema(
        name = "ComplaintTermsRequest",
        description = "The times to acknowledge and resolve one kind of complaint, with their source.",
        example = """
                {
                  "resolveWithinDays": 90,
                  "source": "QĐ 22-QĐ/TW (28/7/2021), Điều 20",
                  "note": "Province level and below."
                }""")
public record ComplaintTermsRequest(
        @Schema(description = "Calendar days from receipt to acknowledge; absent: no deadline.") @Positive @Max(3650)
        Integer acknowledgeWithinDays,

        @Schema(description = "Calendar days from receipt to resolve; absent: no deadline.") @Positive @Max(3650)
        Integer resolveWithinDays,

        @Schema(description = "The document and article the times come from.", maxLength = 500)
        @NotBlank
        @Size(max = 500)
        @PlainText
        String source,

        @Schema(description = "What the source says, and what is not verified.", maxLength = 2000)
        @Size(max = 2000)
        @PlainText.Multiline
        String note) {

    Complaints.Terms terms() {
        return new Complaints.Terms(
                acknowledgeWithinDays, resolveWithinDays, Text.nfc(source), note == null ? null : Text.nfc(note));
    }
}
