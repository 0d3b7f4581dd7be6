package vn.partybloc.evaluation.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.platform.validation.PlainText;

@Schema(name = "InspectionCancellationRequest", description = "Why a planned item is not carried out.", example = """
                {
                  "reason": "Tổ chức đảng đã được kiểm tra trong đợt kiểm tra của cấp trên."
                }""")
public record InspectionCancellationRequest(
        @Schema(description = "Reason.", maxLength = 2000) @NotBlank @Size(max = 2000) @PlainText.Multiline
        String reason) {}
