package vn.partybloc.member.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.partybloc.member.domain.AcademicTitle;
import vn.partybloc.member.domain.CommitteeMemberCounts;
import vn.partybloc.member.domain.Degree;
import vn.partybloc.member.domain.Gender;
import vn.partybloc.member.domain.GrassrootsSeat;
import vn.partybloc.member.domain.PoliticalTheory;
import vn.partybloc.member.domain.PositionKind;
import vn.partybloc.member.domain.QualificationKind;
import vn.partybloc.member.domain.RecordedQualification;
import vn.partybloc.member.domain.RegisterCounts;
import vn.partybloc.platform.persistence.SqlValues;
import vn.partybloc.platform.search.TextSearch;

/** Counts over a subtree (by organization path prefix), now or at the end of a given day. */
@ApplicationScoped
public class StatisticsRepository {

    /** Active or exempt: the Bloc's own members, those its figures count. */
    private static final String ON_THE_REGISTER = "m.status in ('ACTIVE', 'EXEMPT')";

    private final EntityManager em;
    private final Clock clock;

    public StatisticsRepository(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /**
     * The register of the subtree counted in one pass over its members ({@code asOf} null for now): all of them by
     * status, and those still on the register (active or exempt, the Bloc's own members) by kind and by the text they
     * recorded for each qualification with the code it names. One scan, not one per figure: at national size the
     * Bloc's subtree holds hundreds of thousands of members.
     */
    public RegisterCounts register(String path, LocalDate asOf) {
        List<QualificationKind> kinds = List.of(QualificationKind.values());
        String groupings =
                kinds.stream().map(k -> "grouping(m.%s)".formatted(k.column())).collect(Collectors.joining(", "));
        String texts = kinds.stream()
                .map(k -> "m.%1$s, m.%1$s_code".formatted(k.column()))
                .collect(Collectors.joining(", "));
        String qualificationSets = kinds.stream()
                .map(k -> ", (%1$s, m.%2$s, m.%2$s_code)".formatted(ON_THE_REGISTER, k.column()))
                .collect(Collectors.joining());
        Query query = em.createNativeQuery("""
                select grouping(m.status), grouping(m.membership_kind), %s, %s, m.status, m.membership_kind, %s, count(*)
                from %s m join organizations o on o.id = m.organization_id
                where o.path like ?1
                group by grouping sets ((m.status), (%s, m.membership_kind)%s)""".formatted(
                                groupings,
                                ON_THE_REGISTER,
                                texts,
                                asOf == null ? "members" : "members_as_of(cast(?2 as date))",
                                ON_THE_REGISTER,
                                qualificationSets))
                .setParameter(1, TextSearch.escape(path) + "%");
        if (asOf != null) {
            query.setParameter(2, asOf);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return registerCounts(rows, kinds);
    }

    /**
     * Reads the rows of {@link #register}: the grouping flags (0 where the column is grouped), whether on the register,
     * the status, the kind, each qualification's text and code, the count.
     */
    private static RegisterCounts registerCounts(List<Object[]> rows, List<QualificationKind> kinds) {
        int n = kinds.size();
        Map<String, Long> byStatus = new TreeMap<>();
        Map<String, Long> byKind = new TreeMap<>();
        Map<QualificationKind, List<RecordedQualification>> qualifications = new EnumMap<>(QualificationKind.class);
        kinds.forEach(k -> qualifications.put(k, new ArrayList<>()));
        for (Object[] r : rows) {
            long count = ((Number) r[r.length - 1]).longValue();
            boolean onTheRegister = Boolean.TRUE.equals(r[2 + n]);
            if (grouped(r[0])) {
                byStatus.merge(valueOrUnknown(r[3 + n]), count, Long::sum);
            } else if (grouped(r[1]) && onTheRegister) {
                byKind.merge(valueOrUnknown(r[4 + n]), count, Long::sum);
            } else if (onTheRegister) {
                for (int k = 0; k < n; k++) {
                    if (grouped(r[2 + k])) {
                        qualifications
                                .get(kinds.get(k))
                                .add(new RecordedQualification(
                                        (String) r[5 + n + 2 * k], (String) r[6 + n + 2 * k], count));
                    }
                }
            }
        }
        return new RegisterCounts(byStatus, byKind, qualifications);
    }

    private static boolean grouped(Object flag) {
        return ((Number) flag).intValue() == 0;
    }

    /**
     * Distinct members holding a position on {@code asOf} (null: today) on a committee of the subtree, by degree, by
     * academic title and by political theory, counted in one pass.
     */
    public CommitteeMemberCounts committeeMembers(String path, LocalDate asOf) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select grouping(x.degree), grouping(x.academic_title), x.degree, x.academic_title, x.political_theory, count(*)
                        from (select distinct m.id, m.degree, m.academic_title, m.political_theory from positions p
                              join committees c on c.id = p.committee_id join organizations o on o.id = c.organization_id
                              join members m on m.id = p.member_id
                              where o.path like ?1 and p.starts_on <= ?2 and (p.ends_on is null or p.ends_on >= ?2)) x
                        group by grouping sets ((x.degree), (x.academic_title), (x.political_theory))""")
                .setParameter(1, TextSearch.escape(path) + "%")
                .setParameter(2, day(asOf))
                .getResultList();
        Map<String, Long> byDegree = new TreeMap<>();
        Map<String, Long> byAcademicTitle = new TreeMap<>();
        Map<String, Long> byPoliticalTheory = new TreeMap<>();
        for (Object[] r : rows) {
            long count = ((Number) r[5]).longValue();
            if (grouped(r[0])) {
                byDegree.merge(valueOrUnknown(r[2]), count, Long::sum);
            } else if (grouped(r[1])) {
                byAcademicTitle.merge(valueOrUnknown(r[3]), count, Long::sum);
            } else {
                byPoliticalTheory.merge(valueOrUnknown(r[4]), count, Long::sum);
            }
        }
        return new CommitteeMemberCounts(byDegree, byAcademicTitle, byPoliticalTheory);
    }

    private static String valueOrUnknown(Object value) {
        return value == null ? "UNKNOWN" : value.toString().strip();
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
                        SqlValues.localDate(r[3]),
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
