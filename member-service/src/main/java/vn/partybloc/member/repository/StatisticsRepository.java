package vn.partybloc.member.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.partybloc.platform.search.TextSearch;

/** Counts over a subtree (by organization path prefix), now or at the end of a given day. */
@ApplicationScoped
public class StatisticsRepository {

    private final EntityManager em;
    private final Clock clock;

    public StatisticsRepository(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Members of the subtree by {@code column} (a column of {@code members}), all statuses; {@code asOf} null for now. */
    public Map<String, Long> members(String path, String column, LocalDate asOf) {
        return members(path, column, asOf, "true");
    }

    /** The same, counting only members still on the register (active or exempt), the Bloc's own members. */
    public Map<String, Long> membersOnTheRegister(String path, String column, LocalDate asOf) {
        return members(path, column, asOf, "m.status in ('ACTIVE', 'EXEMPT')");
    }

    private Map<String, Long> members(String path, String column, LocalDate asOf, String condition) {
        return grouped(
                """
                select coalesce(m.%s, 'UNKNOWN'), count(*) from %s m join organizations o on o.id = m.organization_id
                where o.path like ?1 and %s group by 1""".formatted(column, asOf == null ? "members" : "members_as_of(cast(?2 as date))", condition),
                path,
                asOf);
    }

    /** Distinct members holding a position today on a committee of the subtree, by {@code column} of {@code members}. */
    public Map<String, Long> committeeMembers(String path, String column, LocalDate asOf) {
        return grouped("""
                select coalesce(x.value, 'UNKNOWN'), count(*) from (
                    select distinct m.id, m.%s as value from positions p
                    join committees c on c.id = p.committee_id join organizations o on o.id = c.organization_id
                    join members m on m.id = p.member_id
                    where o.path like ?1 and p.starts_on <= ?2 and (p.ends_on is null or p.ends_on >= ?2)) x
                group by 1""".formatted(column), path, day(asOf));
    }

    /** Positions held today on committees of the subtree, by position. */
    public Map<String, Long> positions(String path, LocalDate asOf) {
        return grouped("""
                select p.position, count(*) from positions p
                join committees c on c.id = p.committee_id join organizations o on o.id = c.organization_id
                where o.path like ?1 and p.starts_on <= ?2 and (p.ends_on is null or p.ends_on >= ?2)
                group by 1""", path, day(asOf));
    }

    private LocalDate day(LocalDate asOf) {
        return asOf == null ? LocalDate.now(clock) : asOf;
    }

    private Map<String, Long> grouped(String sql, String path, LocalDate day) {
        @SuppressWarnings("unchecked")
        Query query = em.createNativeQuery(sql).setParameter(1, TextSearch.escape(path) + "%");
        if (sql.contains("?2")) {
            query.setParameter(2, day);
        }
        List<Object[]> rows = query.getResultList();
        Map<String, Long> counts = new TreeMap<>();
        rows.forEach(r -> counts.put(String.valueOf(r[0]).strip(), ((Number) r[1]).longValue()));
        return counts;
    }
}
