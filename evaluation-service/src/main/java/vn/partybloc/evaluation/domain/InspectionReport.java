package vn.partybloc.evaluation.domain;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Planned against done for the plans of a subtree's bodies in one year: the items per activity and kind, and the
 * screening findings per outcome (every outcome present, zero when none).
 */
public record InspectionReport(
        UUID organizationId, int year, List<Line> lines, Map<ScreeningOutcome, Integer> screenings) {

    /** The items of one activity and kind: planned counts those not cancelled, done among them. */
    public record Line(InspectionActivity activity, InspectionKind kind, int planned, int done, int cancelled) {

        public static Line of(InspectionActivity activity, InspectionKind kind, Map<InspectionStatus, Integer> items) {
            int done = items.getOrDefault(InspectionStatus.DONE, 0);
            return new Line(
                    activity,
                    kind,
                    items.getOrDefault(InspectionStatus.PLANNED, 0) + done,
                    done,
                    items.getOrDefault(InspectionStatus.CANCELLED, 0));
        }
    }
}
