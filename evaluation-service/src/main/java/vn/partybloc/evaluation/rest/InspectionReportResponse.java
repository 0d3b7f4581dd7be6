package vn.partybloc.evaluation.rest;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.evaluation.domain.InspectionActivity;
import vn.partybloc.evaluation.domain.InspectionKind;
import vn.partybloc.evaluation.domain.InspectionReport;
import vn.partybloc.evaluation.domain.ScreeningOutcome;

@Schema(name = "InspectionReport", description = "Planned against done in a subtree and year.")
public record InspectionReportResponse(
        @Schema(description = "Root of the subtree.") UUID organizationId,
        @Schema(description = "The year.") int year,
        @Schema(description = "Per activity and kind.") List<Line> lines,

        @Schema(description = "Screening findings per outcome.")
        Map<ScreeningOutcome, Integer> screenings) {

    @Schema(name = "InspectionReportLine", description = "Items of one activity and kind.")
    public record Line(
            @Schema(description = "Inspection or supervision.")
            InspectionActivity activity,

            @Schema(description = "Routine or thematic.") InspectionKind kind,

            @Schema(description = "Items planned and not cancelled.")
            int planned,

            @Schema(description = "Items done.") int done,
            @Schema(description = "Items cancelled.") int cancelled) {}

    static InspectionReportResponse from(InspectionReport r) {
        return new InspectionReportResponse(
                r.organizationId(),
                r.year(),
                r.lines().stream()
                        .map(l -> new Line(l.activity(), l.kind(), l.planned(), l.done(), l.cancelled()))
                        .toList(),
                r.screenings());
    }
}
