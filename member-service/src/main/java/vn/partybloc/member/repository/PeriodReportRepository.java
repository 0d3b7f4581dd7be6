package vn.partybloc.member.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.List;
import vn.partybloc.platform.search.TextSearch;

/** Counts of what happened in a subtree (by organization path prefix) during a period, both ends inclusive. */
@ApplicationScoped
public class PeriodReportRepository {

    private final EntityManager em;

    public PeriodReportRepository(EntityManager em) {
        this.em = em;
    }

    /** Seats started in the period on committees of the subtree: rows of committee kind, position, appointment, count. */
    public List<Object[]> positionsStarted(String path, LocalDate from, LocalDate to) {
        return rows("""
                select c.kind, p.position, p.appointment, count(*) from positions p
                join committees c on c.id = p.committee_id join organizations o on o.id = c.organization_id
                where o.path like ?1 and p.starts_on between ?2 and ?3
                group by 1, 2, 3""", path, from, to);
    }

    /** Distinct people who took those seats: rows of committee kind (null for all kinds together) and count. */
    public List<Object[]> peopleStarted(String path, LocalDate from, LocalDate to) {
        return rows("""
                select c.kind, count(distinct p.member_id) from positions p
                join committees c on c.id = p.committee_id join organizations o on o.id = c.organization_id
                where o.path like ?1 and p.starts_on between ?2 and ?3
                group by grouping sets ((c.kind), ())""", path, from, to);
    }

    /**
     * Member changes of the period whose cell left or reached lies in the subtree: rows of kind, left a cell of the
     * subtree, reached a cell of it, carried by a structural change of organization-service (a member who followed their
     * organization out), reached a cell that no earlier change had brought anyone into (a member received with their
     * organization), count.
     */
    public List<Object[]> memberChanges(String path, LocalDate from, LocalDate to) {
        // Each cell's first arrival is computed once for all cells: asked per change, as a correlated subquery, it
        // took seconds on the demo's 20,000 changes.
        return rows("""
                with first_arrivals as (
                    select to_organization_id, min(occurred_on) as first_on from member_events
                    where to_organization_id is not null group by to_organization_id)
                select e.kind,
                       coalesce(f.path like ?1, false),
                       coalesce(t.path like ?1, false),
                       e.organization_change_id is not null,
                       coalesce(e.occurred_on <= a.first_on, true),
                       count(*)
                from member_events e
                left join organizations f on f.id = e.from_organization_id
                left join organizations t on t.id = e.to_organization_id
                left join first_arrivals a on a.to_organization_id = e.to_organization_id
                where e.occurred_on between ?2 and ?3 and e.kind <> 'UPDATED' and (f.path like ?1 or t.path like ?1)
                group by 1, 2, 3, 4, 5""", path, from, to);
    }

    private List<Object[]> rows(String sql, String path, LocalDate from, LocalDate to) {
        Query query = em.createNativeQuery(sql)
                .setParameter(1, TextSearch.escape(path) + "%")
                .setParameter(2, from)
                .setParameter(3, to);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }
}
