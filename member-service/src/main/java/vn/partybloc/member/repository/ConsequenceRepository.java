package vn.partybloc.member.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.List;
import vn.partybloc.member.domain.ConsequenceKind;
import vn.partybloc.platform.search.TextSearch;

/**
 * The register's changes that decisions make, in a subtree (by organization path prefix) during a period, both ends
 * inclusive: members expelled or struck off (by the cell they left), posts ended for discipline (by the committee's
 * organization), candidates taken out of plans for a low confidence vote or discipline or while flagged (by the plan's
 * organization).
 */
@ApplicationScoped
public class ConsequenceRepository {

    private static final String CONSEQUENCES = """
            with consequences as (
                select e.kind as kind, e.occurred_on as on_day, e.member_id, e.from_organization_id as organization_id,
                       cast(null as uuid) as position_id, cast(null as uuid) as candidate_id,
                       cast(null as uuid) as plan_id, e.decision_number, e.screening_finding_id,
                       e.inspection_plan_id, e.discipline_case_id, e.id
                from member_events e join organizations o on o.id = e.from_organization_id
                where e.kind in ('EXPELLED', 'STRUCK_OFF') and o.path like :path
                  and e.occurred_on between :from and :to
                union all
                select 'POSITION_ENDED', p.ends_on, p.member_id, c.organization_id, p.id, null, null, null, null, null,
                       p.discipline_case_id, p.id
                from positions p join committees c on c.id = p.committee_id
                join organizations o on o.id = c.organization_id
                where p.end_reason = 'DISCIPLINE' and o.path like :path and p.ends_on between :from and :to
                union all
                select 'CANDIDATE_REMOVED', s.removed_on, s.member_id, pl.organization_id, null, s.id, pl.id, null,
                       null, null, null, s.id
                from succession_candidates s join succession_plans pl on pl.id = s.plan_id
                join organizations o on o.id = pl.organization_id
                where s.status = 'REMOVED' and o.path like :path and s.removed_on between :from and :to
                  and (s.removal_reason in ('DISCIPLINE', 'LOW_CONFIDENCE_VOTE')
                       or exists (select 1 from candidate_flags f where f.candidate_id = s.id)))
            """;

    private final EntityManager em;

    public ConsequenceRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * A page of consequences by day, latest or earliest first: rows of kind, day, member, organization, position, candidate, plan,
     * decision number, screening finding, its inspection plan, discipline case.
     */
    public List<Object[]> page(
            String path,
            LocalDate from,
            LocalDate to,
            ConsequenceKind kind,
            boolean latestFirst,
            int offset,
            int size) {
        Query query = query(
                        CONSEQUENCES
                                + "select kind, on_day, member_id, organization_id, position_id, candidate_id, plan_id,"
                                + " decision_number, screening_finding_id, inspection_plan_id, discipline_case_id"
                                + " from consequences" + filter(kind) + " order by on_day"
                                + (latestFirst ? " desc" : "")
                                + ", kind, id",
                        path,
                        from,
                        to,
                        kind)
                .setFirstResult(offset)
                .setMaxResults(size);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }

    public long count(String path, LocalDate from, LocalDate to, ConsequenceKind kind) {
        return ((Number) query(CONSEQUENCES + "select count(*) from consequences" + filter(kind), path, from, to, kind)
                        .getSingleResult())
                .longValue();
    }

    private Query query(String sql, String path, LocalDate from, LocalDate to, ConsequenceKind kind) {
        Query query = em.createNativeQuery(sql)
                .setParameter("path", TextSearch.escape(path) + "%")
                .setParameter("from", from)
                .setParameter("to", to);
        return kind == null ? query : query.setParameter("kind", kind.name());
    }

    private static String filter(ConsequenceKind kind) {
        return kind == null ? "" : " where kind = :kind";
    }
}
