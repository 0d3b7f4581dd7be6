package vn.partybloc.evaluation.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.evaluation.domain.InspectionActivity;
import vn.partybloc.evaluation.domain.InspectionBody;
import vn.partybloc.platform.validation.PlainText;

@Schema(name = "InspectionPlanRequest", description = "A year's plan of one body.", example = """
                {
                  "year": 2024,
                  "bodyOrganizationId": "9b2e4f61-2c3a-4d8e-b7f1-6a5c0d9e8b21",
                  "bodyKind": "INSPECTION_COMMITTEE",
                  "activity": "INSPECTION",
                  "title": "Kế hoạch kiểm tra, giám sát năm 2024",
                  "items": [
                    {
                      "kind": "THEMATIC",
                      "subjectKind": "ORGANIZATION",
                      "subjectId": "c41d7e92-5f6b-4a3c-8d2e-1b9a0f7c6e32",
                      "content": "Kiểm tra việc thực hiện nền nếp sinh hoạt chi bộ",
                      "plannedFrom": "2024-03-01",
                      "plannedTo": "2024-04-30"
                    }
                  ]
                }""")
public record InspectionPlanRequest(
        @Schema(description = "The year.", example = "2024") @NotNull @Min(2000) @Max(2200)
        Integer year,

        @Schema(description = "The organization whose committee or inspection committee carries out the plan.") @NotNull
        UUID bodyOrganizationId,

        @Schema(description = "COMMITTEE (cấp ủy) or INSPECTION_COMMITTEE (ủy ban kiểm tra).") @NotNull
        InspectionBody bodyKind,

        @Schema(description = "INSPECTION (kiểm tra) or SUPERVISION (giám sát).") @NotNull
        InspectionActivity activity,

        @Schema(description = "Title.", example = "Kế hoạch kiểm tra, giám sát năm 2024", maxLength = 500)
        @NotBlank
        @Size(max = 500)
        @PlainText
        String title,

        @Schema(description = "Items, up to 500.") @Size(max = 500)
        List<@NotNull @Valid InspectionItemRequest> items) {}
