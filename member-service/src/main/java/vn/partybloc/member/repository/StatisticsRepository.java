package vn.partybloc.member.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.partybloc.platform.search.TextSearch;

/** Counts over a subtree (by organization path prefix), as the data stands now. */
@ApplicationScoped
public class StatisticsRepository {

    private final EntityManager em;

    public StatisticsRepository(EntityManager em) {
        this.em = em;
    }

    /** Members of the subtree by {@code column} (a column of {@code members}), all statuses. */
    public Map<String, Long> members(String path, String column) {
        return grouped("""
                select coalesce(m.%s, 'UNKNOWN'), count(*) from members m join organizations o on o.id = m.organization_id
                where o.path like ?1 group by 1""".formatted(column), path);
    }

    /** Distinct members holding a position today on a committee of the subtree, by {@code column} of {@code members}. */
    public Map<String, Long> committeeMembers(String path, String column) {
        return grouped("""
                select coalesce(x.value, 'UNKNOWN'), count(*) from (
                    select distinct m.id, m.%s as value from positions p
                    join committees c on c.id = p.committee_id join organizations o on o.id = c.organization_id
                    join members m on m.id = p.member_id
                    where o.path like ?1 and p.starts_on <= current_date and (p.ends_on is null or p.ends_on >= current_date)) x
                group by 1""".formatted(column), path);
    }

    /** Positions held today on committees of the subtree, by position. */
    public Map<String, Long> positions(String path) {
        return grouped("""
                select p.position, count(*) from positions p
                join committees c on c.id = p.committee_id join organizations o on o.id = c.organization_id
                where o.path like ?1 and p.starts_on <= current_date and (p.ends_on is null or p.ends_on >= current_date)
                group by 1""", path);
    }

    private Map<String, Long> grouped(String sql, String path) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, TextSearch.escape(path) + "%").getResultList();
        Map<String, Long> counts = new TreeMap<>();
        rows.forEach(r -> counts.put(String.valueOf(r[0]).strip(), ((Number) r[1]).longValue()));
        return counts;
    }
}
