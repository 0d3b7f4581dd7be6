package vn.partybloc.evaluation.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import vn.partybloc.evaluation.domain.SubjectKind;

/** The native reads behind the attainment report: who should be rated in a subtree, and who was. */
@ApplicationScoped
public class AttainmentRepository {

    /** A subject that should be rated: id, display name and unit. */
    public record Subject(UUID id, String name, UUID organizationId) {}

    private final EntityManager em;

    public AttainmentRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Part of the Bloc during {@code [from, to]}: active, or ended after the first day; founded and received by the
     * last day. An unknown date does not keep an organization out (Subjects checks a review the same way).
     */
    private static final String ORGANIZATION_IN_CYCLE =
            "(o.status = 'ACTIVE' or o.ended_on > :from) and coalesce(greatest(o.founded_on, o.received_on), :to) <= :to";

    /**
     * The subjects that should be rated for the cycle {@code [from, to]}: those that were part of the Bloc during it
     * (members on the register, organizations founded and not yet ended), also when they have left since. A committee
     * is one when someone sat on it during the cycle: the replica knows its term, not the day it was formed, and a cell
     * committee formed in 2022 for the 2020–2025 term did not exist in 2020.
     */
    private static String expectedSql(SubjectKind kind) {
        return switch (kind) {
            case GRASSROOTS_ORGANIZATION, SUBORDINATE_ORGANIZATION -> """
                    select o.id, o.name, o.id from organizations o
                    where o.path like :path and %s and o.type in (:t1, :t2)""".formatted(ORGANIZATION_IN_CYCLE);
            case HOST_UNIT -> """
                    select o.id, o.host_unit_name, o.id from organizations o
                    where o.path like :path and %s and o.type in (:t1, :t2) and o.host_unit_name is not null""".formatted(ORGANIZATION_IN_CYCLE);
            case COLLECTIVE_COMMITTEE -> """
                    select c.id, o.name, o.id from committees c join organizations o on o.id = c.organization_id
                    where o.path like :path and %s and c.kind in ('EXECUTIVE_COMMITTEE', 'CELL_COMMITTEE')
                      and c.term_start_year <= extract(year from cast(:from as date)) and c.term_end_year > extract(year from cast(:from as date))
                      and exists (select 1 from positions p where p.organization_id = c.organization_id and p.committee_id = c.id
                                  and p.starts_on <= :to and (p.ends_on is null or p.ends_on >= :from))""".formatted(ORGANIZATION_IN_CYCLE);
            case MEMBER -> """
                    select m.id, m.full_name, m.organization_id from members m join organizations o on o.id = m.organization_id
                    where o.path like :path and (m.status = 'ACTIVE' or m.left_on > :from)
                      and (m.entered_on is null or m.entered_on <= :to)""";
            case COMMITTEE_MEMBER -> """
                    select distinct on (p.member_id) p.member_id, coalesce(m.full_name, ''), p.organization_id
                    from positions p join organizations o on o.id = p.organization_id left join members m on m.id = p.member_id
                    where o.path like :path and p.starts_on <= :to and (p.ends_on is null or p.ends_on >= :from) and %s
                    order by p.member_id, p.starts_on desc""".formatted(ORGANIZATION_IN_CYCLE);
        };
    }

    /**
     * The ratings of the cycle in the subtree in force at the end of {@code asOf} (a rating re-rated later with its
     * first level, before the re-rating's decision): the reviews {@link #rated} counts and {@link #unrated} looks for.
     */
    private static final String RATED = " from reviews r join organizations ro on ro.id = r.organization_id"
            + " where r.cycle_id = :cycle and ro.path like :path and " + ReviewRepository.IN_FORCE_AT_AS_OF;

    /**
     * How many of the subjects that should be rated are not ({@code cycleId} null: none is), and the first
     * {@code limit} of them. Counted in the database: at national size a subtree holds hundreds of thousands.
     */
    public Unrated unrated(
            SubjectKind kind,
            String pathPrefix,
            LocalDate from,
            LocalDate to,
            UUID cycleId,
            LocalDate asOf,
            int limit) {
        String missing = "from (" + expectedSql(kind) + ") as x (id, name, organization_id)"
                + (cycleId == null
                        ? ""
                        : " where not exists (select 1 " + RATED
                                + " and r.subject_kind = :kind and r.subject_id = x.id)");
        Function<String, Query> query =
                sql -> bindExpected(em.createNativeQuery(sql), kind, pathPrefix, from, to, cycleId, asOf);
        long count = ((Number) query.apply("select count(*) " + missing).getSingleResult()).longValue();
        List<Subject> first = List.of();
        if (count > 0 && limit > 0) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = query.apply("select x.id, x.name, x.organization_id " + missing + " limit :maxRows")
                    .setParameter("maxRows", limit)
                    .getResultList();
            first = rows.stream()
                    .map(r -> new Subject((UUID) r[0], (String) r[1], (UUID) r[2]))
                    .toList();
        }
        return new Unrated(count, first);
    }

    /** Subjects not rated: how many, and the first of them. */
    public record Unrated(long count, List<Subject> first) {}

    /**
     * How many ratings of each kind and level. A kind's ratings are also its rated subjects: one rating of a subject per
     * cycle is in force on a day (a re-rating replaces the one it cancels).
     */
    public Map<SubjectKind, Map<String, Long>> rated(UUID cycleId, String pathPrefix, LocalDate asOf) {
        Map<SubjectKind, Map<String, Long>> byLevel = new EnumMap<>(SubjectKind.class);
        for (Object[] r : rows(
                "select r.subject_kind, r.level, count(*) " + RATED + " group by 1, 2", cycleId, pathPrefix, asOf)) {
            byLevel.computeIfAbsent(SubjectKind.valueOf((String) r[0]), k -> new HashMap<>())
                    .put((String) r[1], ((Number) r[2]).longValue());
        }
        return byLevel;
    }

    /** Excellent and good ratings of members and of subordinate organizations, per grassroots organization (rule 10). */
    public record CapCounts(String grassrootsId, SubjectKind kind, int excellent, int good) {}

    public List<CapCounts> capCounts(UUID cycleId, String pathPrefix, LocalDate asOf) {
        return rows(
                        """
                        select split_part(ro.path, '/', 3), r.subject_kind,
                               count(*) filter (where r.level = 'EXCELLENT'), count(*) filter (where r.level = 'GOOD')
                        """
                                + RATED
                                + " and r.subject_kind in ('MEMBER', 'SUBORDINATE_ORGANIZATION')"
                                + " and split_part(ro.path, '/', 3) <> '' group by 1, 2",
                        cycleId,
                        pathPrefix,
                        asOf)
                .stream()
                .map(r -> new CapCounts(
                        (String) r[0],
                        SubjectKind.valueOf((String) r[1]),
                        ((Number) r[2]).intValue(),
                        ((Number) r[3]).intValue()))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, UUID cycleId, String pathPrefix, LocalDate asOf) {
        return em.createNativeQuery(sql)
                .setParameter("cycle", cycleId)
                .setParameter("path", like(pathPrefix))
                .setParameter("asOf", asOf)
                .getResultList();
    }

    private static Query bindExpected(
            Query query,
            SubjectKind kind,
            String pathPrefix,
            LocalDate from,
            LocalDate to,
            UUID cycleId,
            LocalDate asOf) {
        query.setParameter("path", like(pathPrefix));
        String sql = expectedSql(kind);
        if (sql.contains(":from")) {
            query.setParameter("from", from);
        }
        if (sql.contains(":to")) {
            query.setParameter("to", to);
        }
        if (kind.isOrganization()) {
            var types = kind.organizationTypes().stream().sorted().toList();
            query.setParameter("t1", types.get(0)).setParameter("t2", types.get(1));
        }
        if (cycleId != null) {
            query.setParameter("cycle", cycleId).setParameter("asOf", asOf).setParameter("kind", kind.name());
        }
        return query;
    }

    private static String like(String pathPrefix) {
        return pathPrefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
