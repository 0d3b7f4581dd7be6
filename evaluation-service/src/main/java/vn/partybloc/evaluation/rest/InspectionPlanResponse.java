package vn.partybloc.evaluation.rest;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.evaluation.domain.InspectionActivity;
import vn.partybloc.evaluation.domain.InspectionBody;
import vn.partybloc.evaluation.domain.InspectionItem;
import vn.partybloc.evaluation.domain.InspectionPlan;

@Schema(name = "InspectionPlan", description = "A plan with its items.")
public record InspectionPlanResponse(
        @Schema(description = "Id.") UUID id,
        @Schema(description = "The year.") int year,

        @Schema(description = "The organization whose body carries out the plan.")
        UUID bodyOrganizationId,

        @Schema(description = "Committee or inspection committee.")
        InspectionBody bodyKind,

        @Schema(description = "Inspection or supervision.") InspectionActivity activity,

        @Schema(description = "Title.") String title,
        @Schema(description = "Items.") List<InspectionItemResponse> items,
        @Schema(description = "Version; also the ETag.") long version) {

    static InspectionPlanResponse from(InspectionPlan p, List<InspectionItem> items) {
        return new InspectionPlanResponse(
                p.id,
                p.year,
                p.bodyOrganizationId,
                p.bodyKind,
                p.activity,
                p.title,
                items.stream().map(InspectionItemResponse::from).toList(),
                p.version);
    }
}
