package vn.partybloc.evaluation.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.evaluation.domain.ScreeningOutcome;
import vn.partybloc.platform.validation.PlainText;

@Schema(name = "ScreeningFindingRequest", description = "A screening finding about a member.", example = """
                {
                  "memberId": "6b9d4e32-af50-4c7b-9d8e-3f2a1b0c9d72",
                  "finding": "Không tham gia sinh hoạt đảng ba tháng liền không có lý do chính đáng.",
                  "outcome": "STRUCK_OFF",
                  "decidedOn": "2024-08-20",
                  "decisionNumber": "45-QĐ/ĐU"
                }""")
public record ScreeningFindingRequest(
        @Schema(description = "The member.") @NotNull UUID memberId,

        @Schema(description = "What was found.", maxLength = 4000) @NotBlank @Size(max = 4000) @PlainText.Multiline
        String finding,

        @Schema(description = "RETAINED, STRUCK_OFF (xóa tên) or EXPELLED (khai trừ).") @NotNull
        ScreeningOutcome outcome,

        @Schema(description = "Date of the decision. A member struck off or expelled leaves the register from it.")
        @NotNull
        LocalDate decidedOn,

        @Schema(description = "Number of the decision, recorded in the member's history.", maxLength = 64)
        @Size(max = 64)
        @PlainText
        String decisionNumber) {}
