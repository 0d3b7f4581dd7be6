package vn.partybloc.evaluation.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.platform.validation.PlainText;

@Schema(
        name = "ReRatingRequest",
        description = "Cancel a decided rating and record a new one; both stay in the trail.",
        example = """
                {
                  "reason": "Kết luận kiểm tra số 12-KL/UBKT",
                  "decision": {
                    "level": "COMPLETE",
                    "decisionNumber": "60-QĐ/ĐUK",
                    "decidedOn": "2025-03-05"
                  }
                }""")
public record ReRatingRequest(
        @Schema(
                description = "Why the rating is cancelled.",
                example = "Kết luận kiểm tra số 12-KL/UBKT",
                maxLength = 2000)
        @NotBlank
        @Size(max = 2000)
        @PlainText.Multiline
        String reason,

        @Schema(description = "The new rating.") @NotNull @Valid
        DecisionRequest decision) {}
