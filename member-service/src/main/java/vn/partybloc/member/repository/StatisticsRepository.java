package vn.partybloc.member.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import vn.partybloc.member.domain.AcademicTitle;
import vn.partybloc.member.domain.Degree;
import vn.partybloc.member.domain.Gender;
import vn.partybloc.member.domain.GrassrootsSeat;
import vn.partybloc.member.domain.PoliticalTheory;
import vn.partybloc.member.domain.PositionKind;
import vn.partybloc.member.domain.QualificationKind;
import vn.partybloc.member.domain.RecordedQualification;
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

    /**
     * Members on the register (active or exempt) of the subtree by the text they recorded for {@code kind} and the
     * code it names; {@code asOf} null for now.
     */
    public List<RecordedQualification> qualifications(String path, QualificationKind kind, LocalDate asOf) {
        Query query = em.createNativeQuery(
                        """
                select m.%1$s, m.%1$s_code, count(*) from %2$s m join organizations o on o.id = m.organization_id
                where o.path like ?1 and m.status in ('ACTIVE', 'EXEMPT') group by 1, 2""".formatted(kind.column(), asOf == null ? "members" : "members_as_of(cast(?2 as date))"))
                .setParameter(1, TextSearch.escape(path) + "%");
        if (asOf != null) {
            query.setParameter(2, asOf);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(r -> new RecordedQualification((String) r[0], (String) r[1], ((Number) r[2]).longValue()))
                .toList();
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

    /**
     * The seats held on {@code day} on the grassroots organizations' own committees of the subtree: the executive
     * committee of a grassroots committee, the cell committee of a grassroots cell. Not the Bloc's committees, not a
     * sub-committee's or a subordinate cell's, not standing or inspection committees (standing-committee members sit on
     * the executive).
     */
    public List<GrassrootsSeat> grassrootsSeats(String path, LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select m.id, p.position, m.gender, m.date_of_birth, m.degree, m.academic_title, m.political_theory,
                               m.state_management, m.foreign_language, m.it_skill, m.heads_host_unit,
                               m.state_management_code, m.foreign_language_code, m.it_skill_code
                        from positions p join committees c on c.id = p.committee_id
                        join organizations o on o.id = c.organization_id join members m on m.id = p.member_id
                        where o.path like ?1 and p.starts_on <= ?2 and (p.ends_on is null or p.ends_on >= ?2)
                          and ((c.kind = 'EXECUTIVE_COMMITTEE' and o.type = 'GRASSROOTS_COMMITTEE')
                            or (c.kind = 'CELL_COMMITTEE' and o.type = 'GRASSROOTS_CELL'))
                        order by m.id, p.position""")
                .setParameter(1, TextSearch.escape(path) + "%")
                .setParameter(2, day)
                .getResultList();
        return rows.stream()
                .map(r -> new GrassrootsSeat(
                        UUID.fromString(String.valueOf(r[0])),
                        PositionKind.valueOf((String) r[1]),
                        r[2] == null ? null : Gender.valueOf((String) r[2]),
                        localDate(r[3]),
                        r[4] == null ? null : Degree.valueOf((String) r[4]),
                        r[5] == null ? null : AcademicTitle.valueOf((String) r[5]),
                        r[6] == null ? null : PoliticalTheory.valueOf((String) r[6]),
                        (String) r[7],
                        (String) r[8],
                        (String) r[9],
                        Boolean.TRUE.equals(r[10]),
                        (String) r[11],
                        (String) r[12],
                        (String) r[13]))
                .toList();
    }

    private static LocalDate localDate(Object value) {
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        return value instanceof java.sql.Date date ? date.toLocalDate() : LocalDate.parse(value.toString());
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
        rows.forEach(r -> counts.merge(String.valueOf(r[0]).strip(), ((Number) r[1]).longValue(), Long::sum));
        return counts;
    }
}
