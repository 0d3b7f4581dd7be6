package vn.partybloc.evaluation.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.platform.validation.PlainText;

@Schema(name = "InspectionConclusionRequest", description = "Findings and conclusion of an item.", example = """
                {
                  "findings": "Chi bộ sinh hoạt đều đặn hằng tháng; biên bản chưa ghi đủ ý kiến thảo luận.",
                  "conclusion": "Chi bộ thực hiện tốt nền nếp sinh hoạt; cần khắc phục việc ghi biên bản.",
                  "concludedOn": "2024-05-10"
                }""")
public record InspectionConclusionRequest(
        @Schema(description = "Findings.", maxLength = 8000) @NotBlank @Size(max = 8000) @PlainText.Multiline
        String findings,

        @Schema(description = "Conclusion.", maxLength = 8000) @NotBlank @Size(max = 8000) @PlainText.Multiline
        String conclusion,

        @Schema(description = "Date of the conclusion.", example = "2024-05-10") @NotNull
        LocalDate concludedOn) {}
