package vn.partybloc.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import vn.partybloc.evaluation.domain.InspectionActivity;
import vn.partybloc.evaluation.domain.InspectionKind;
import vn.partybloc.evaluation.domain.InspectionPlan;
import vn.partybloc.evaluation.domain.InspectionReport;
import vn.partybloc.evaluation.domain.InspectionStatus;
import vn.partybloc.evaluation.domain.OrganizationReplica;
import vn.partybloc.evaluation.domain.ScreeningOutcome;

@ApplicationScoped
public class InspectionPlanRepository implements PanacheRepositoryBase<InspectionPlan, UUID> {

    /**
     * The report of the plans whose body lies in the subtree of {@code root}, of one year, counted in one grouped
     * query: each item row carries its activity, kind and status, each screening row its outcome.
     */
    public InspectionReport report(OrganizationReplica root, int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("""
                with plans as (
                    select p.id, p.activity from inspection_plans p join organizations o on o.id = p.body_organization_id
                    where o.path like :path and p.year = :year)
                select x.activity, x.kind, x.status, x.outcome, count(*) from (
                    select p.activity, i.kind, i.status, cast(null as varchar) as outcome
                    from plans p join inspection_items i on i.plan_id = p.id
                    union all
                    select null, null, null, f.outcome from plans p join screening_findings f on f.plan_id = p.id) x
                group by x.activity, x.kind, x.status, x.outcome""")
                .setParameter("path", root.path + "%")
                .setParameter("year", year)
                .getResultList();
        Map<ScreeningOutcome, Integer> screenings = new EnumMap<>(ScreeningOutcome.class);
        for (ScreeningOutcome outcome : ScreeningOutcome.values()) {
            screenings.put(outcome, 0);
        }
        Map<LineKey, Map<InspectionStatus, Integer>> items = new TreeMap<>(LineKey.BY_NAMES);
        for (Object[] row : rows) {
            int count = ((Number) row[4]).intValue();
            if (row[3] != null) {
                screenings.put(ScreeningOutcome.valueOf((String) row[3]), count);
            } else {
                items.computeIfAbsent(
                                new LineKey(InspectionActivity.valueOf((String) row[0]), InspectionKind.valueOf((String)
                                        row[1])),
                                k -> new EnumMap<>(InspectionStatus.class))
                        .put(InspectionStatus.valueOf((String) row[2]), count);
            }
        }
        List<InspectionReport.Line> lines = items.entrySet().stream()
                .map(e -> InspectionReport.Line.of(
                        e.getKey().activity(), e.getKey().kind(), e.getValue()))
                .toList();
        return new InspectionReport(root.id, year, lines, screenings);
    }

    /** A report line's activity and kind, in the order of their names. */
    private record LineKey(InspectionActivity activity, InspectionKind kind) {
        static final Comparator<LineKey> BY_NAMES = Comparator.comparing(
                        (LineKey k) -> k.activity().name())
                .thenComparing(k -> k.kind().name());
    }
}
