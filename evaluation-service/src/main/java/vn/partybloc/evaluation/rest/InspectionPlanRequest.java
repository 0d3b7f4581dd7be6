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

@Schema(name = "InspectionPlanRequest", description = "A year's plan of one body.")
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
