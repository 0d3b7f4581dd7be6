package vn.partybloc.member.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import vn.partybloc.member.domain.IdentityNumber;
import vn.partybloc.member.domain.Member;
import vn.partybloc.member.domain.MemberFilter;
import vn.partybloc.member.domain.MemberStatus;
import vn.partybloc.member.domain.MembershipKind;
import vn.partybloc.member.domain.Probation;
import vn.partybloc.platform.persistence.Counting;
import vn.partybloc.platform.persistence.ManyIds;
import vn.partybloc.platform.persistence.Scroll;
import vn.partybloc.platform.search.TextSearch;

@ApplicationScoped
public class MemberRepository implements PanacheRepositoryBase<Member, UUID> {

    @Inject
    Clock clock;

    public boolean existsByNationalId(String nationalId) {
        return Counting.any(getEntityManager(), "from Member where nationalId = ?1", nationalId);
    }

    /** A page of the members a filter takes, and how many it takes. */
    public record Found(List<Member> members, long total) {}

    /**
     * A page of the members the filter takes in {@code orderBy}, and their number. A name search of today's register
     * reads its matches once for both, their ids and sort keys only, and then the page's members whole: a common family
     * name is a sixteenth of the register, every match is read for the total anyway, and reading them twice (page, then
     * count) took twice as long (docs/measurements.md, MemberSearchBenchmark). Any other list is a page that stops
     * early along an index and a count.
     */
    @SuppressWarnings("unchecked")
    public Found page(MemberFilter filter, String orderBy, int offset, int limit) {
        if (filter.q() == null || filter.q().isBlank() || filter.asOf() != null) {
            return new Found(search(filter, orderBy, offset, limit), count(filter));
        }
        Query query = getEntityManager().createNativeQuery("""
                with matched as materialized (
                    select m.id, m.full_name, m.date_of_birth, m.admitted_on
                    from %s)
                select m.id, (select count(*) from matched) from matched m
                order by %s, m.id limit :limit offset :offset""".formatted(taken(filter), orderBy));
        bind(query, filter);
        List<Object[]> rows = query.setParameter("limit", limit)
                .setParameter("offset", offset)
                .getResultList();
        if (rows.isEmpty()) {
            return new Found(List.of(), offset == 0 ? 0 : count(filter));
        }
        List<UUID> ids = rows.stream().map(row -> (UUID) row[0]).toList();
        Map<UUID, Member> byId = ManyIds.load(getEntityManager(), Member.class, "members", ids).stream()
                .collect(Collectors.toMap(m -> m.id, m -> m));
        return new Found(
                ids.stream().map(byId::get).filter(Objects::nonNull).toList(), ((Number) rows.get(0)[1]).longValue());
    }

    @SuppressWarnings("unchecked")
    private List<Member> search(MemberFilter filter, String orderBy, int offset, int limit) {
        Query query = getEntityManager()
                .createNativeQuery(
                        "select m.* from " + taken(filter) + " order by " + orderBy
                                + ", m.id limit :limit offset :offset",
                        Member.class);
        bind(query, filter);
        return query.setParameter("limit", limit).setParameter("offset", offset).getResultList();
    }

    /**
     * Hands every member the filter takes to {@code each}, by id, fetched through a cursor a few hundred at a time and
     * let go of after each batch: memory holds one batch, whatever the register.
     */
    public void each(MemberFilter filter, Consumer<Member> each) {
        Query query = getEntityManager()
                .createNativeQuery("select m.* from " + taken(filter) + " order by m.id", Member.class);
        bind(query, filter);
        Scroll.each(getEntityManager(), query, Member.class::cast, each);
    }

    private long count(MemberFilter filter) {
        Query query = getEntityManager().createNativeQuery("select count(*) from " + taken(filter));
        bind(query, filter);
        return ((Number) query.getSingleResult()).longValue();
    }

    /** The members the filter takes ({@code m}) with their organizations ({@code o}): a query's from and where. */
    private static String taken(MemberFilter filter) {
        return source(filter) + " m join organizations o on o.id = m.organization_id where " + where(filter);
    }

    /** The register as it stands now, or as it stood at the end of {@code asOf} (see V6__members_as_of.sql). */
    static String source(LocalDate asOf) {
        return asOf == null ? "members" : "members_as_of(cast(:asOf as date))";
    }

    private static String source(MemberFilter f) {
        return source(f.asOf());
    }

    /** The member as registered at the end of {@code asOf}; empty before their admission. */
    public Optional<Member> asOf(UUID id, LocalDate asOf) {
        @SuppressWarnings("unchecked")
        List<Member> found = getEntityManager()
                .createNativeQuery("select * from members_as_of(cast(:asOf as date)) where id = :id", Member.class)
                .setParameter("asOf", asOf)
                .setParameter("id", id)
                .getResultList();
        found.forEach(getEntityManager()::detach);
        return found.stream().findFirst();
    }

    private static String where(MemberFilter f) {
        StringBuilder sql = new StringBuilder("true");
        if (f.q() != null && !f.q().isBlank()) {
            sql.append(" and ").append(TextSearch.foldedCondition("m.name_folded", ":q"));
        }
        if (f.organizationPath() != null) {
            sql.append(f.includeDescendants() ? " and o.path like :subtree" : " and o.path = :orgPath");
        }
        if (f.scopePath() != null) {
            sql.append(" and o.path like :scope");
        }
        if (!f.statuses().isEmpty()) {
            sql.append(" and m.status in (:statuses)");
        }
        if (!f.kinds().isEmpty()) {
            sql.append(" and m.membership_kind in (:kinds)");
        }
        if (!f.degrees().isEmpty()) {
            sql.append(" and m.degree in (:degrees)");
        }
        if (f.probationEndingWithinDays() != null) {
            sql.append(" and m.membership_kind = 'PROBATIONARY' and m.status in ('ACTIVE', 'EXEMPT')"
                    + " and m.admitted_on <= cast(:probationAdmittedBy as date)");
        }
        if (f.holdingPositions()) {
            sql.append(
                            " and exists (select 1 from positions p join committees c on c.id = p.committee_id where p.member_id = m.id"
                                    + " and p.starts_on <= cast(:day as date) and (p.ends_on is null or p.ends_on >= cast(:day as date))")
                    .append(f.committeeKinds().isEmpty() ? "" : " and c.kind in (:committeeKinds)")
                    .append(f.positions().isEmpty() ? "" : " and p.position in (:positions)")
                    .append(')');
        }
        return sql.toString();
    }

    private void bind(Query query, MemberFilter f) {
        if (f.asOf() != null) {
            query.setParameter("asOf", f.asOf());
        }
        if (f.q() != null && !f.q().isBlank()) {
            query.setParameter("q", TextSearch.escape(f.q()));
        }
        if (f.organizationPath() != null) {
            if (f.includeDescendants()) {
                query.setParameter("subtree", TextSearch.escape(f.organizationPath()) + "%");
            } else {
                query.setParameter("orgPath", f.organizationPath());
            }
        }
        if (f.scopePath() != null) {
            query.setParameter("scope", TextSearch.escape(f.scopePath()) + "%");
        }
        if (!f.statuses().isEmpty()) {
            query.setParameter("statuses", f.statuses().stream().map(Enum::name).collect(Collectors.toList()));
        }
        if (!f.kinds().isEmpty()) {
            query.setParameter("kinds", f.kinds().stream().map(Enum::name).collect(Collectors.toList()));
        }
        if (!f.degrees().isEmpty()) {
            query.setParameter("degrees", f.degrees().stream().map(Enum::name).collect(Collectors.toList()));
        }
        if (f.probationEndingWithinDays() != null) {
            LocalDate day = f.asOf() == null ? LocalDate.now(clock) : f.asOf();
            query.setParameter(
                    "probationAdmittedBy", Probation.admittedBy(day.plusDays(f.probationEndingWithinDays())));
        }
        if (f.holdingPositions()) {
            query.setParameter("day", f.asOf() == null ? LocalDate.now(clock) : f.asOf());
        }
        if (!f.committeeKinds().isEmpty()) {
            query.setParameter(
                    "committeeKinds",
                    f.committeeKinds().stream().map(Enum::name).collect(Collectors.toList()));
        }
        if (!f.positions().isEmpty()) {
            query.setParameter(
                    "positions", f.positions().stream().map(Enum::name).collect(Collectors.toList()));
        }
    }

    /**
     * The members with these national ids, by national id. One array parameter, not an {@code in} list of one parameter
     * per id: once the driver prepares the statement on the server, PostgreSQL's generic plan builds that list for every
     * row it reads (measured: 230-470 ms for 500 ids among 20,000 members, against 2.5-6 ms for the array).
     */
    @SuppressWarnings("unchecked")
    public Map<String, Member> byNationalIds(Collection<String> nationalIds) {
        List<Member> found = getEntityManager()
                .createNativeQuery("select * from members where national_id = any(cast(?1 as varchar[]))", Member.class)
                .setParameter(1, nationalIds.toArray(String[]::new))
                .getResultList();
        return found.stream().collect(Collectors.toMap(m -> m.nationalId, m -> m));
    }

    public List<Member> byIds(Collection<UUID> ids) {
        return ManyIds.load(getEntityManager(), Member.class, "members", ids);
    }

    /** Up to {@code limit} members carrying the number (several only where the register holds a number twice). */
    public List<Member> byIdentityNumber(IdentityNumber number, int limit) {
        return find(number.kind().field(), number.value()).range(0, limit - 1).list();
    }

    /** Full members of the cell on the register who were full members on {@code day}. */
    public long fullMembersOf(UUID cellId, LocalDate day) {
        return Counting.count(
                getEntityManager(),
                "from Member where organizationId = ?1 and status in (?2, ?3) and membershipKind = ?4 and fullMemberSince <= ?5",
                cellId,
                MemberStatus.ACTIVE,
                MemberStatus.EXEMPT,
                MembershipKind.FULL,
                day);
    }

    /** Members still on the register (active or exempt) in the organization itself, locked for the change. */
    public List<Member> onTheRegisterIn(UUID organizationId) {
        return find(
                        "organizationId = ?1 and status in ?2 order by id",
                        organizationId,
                        List.of(MemberStatus.ACTIVE, MemberStatus.EXEMPT))
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    /** Members still on the register (active or exempt) in the subtree at {@code path}, locked for the change. */
    @SuppressWarnings("unchecked")
    public List<Member> onTheRegisterInSubtree(String path) {
        return getEntityManager()
                .createNativeQuery("""
                        select m.* from members m join organizations o on o.id = m.organization_id
                        where o.path like :subtree and m.status in ('ACTIVE', 'EXEMPT')
                        order by m.id for update of m""", Member.class)
                .setParameter("subtree", TextSearch.escape(path) + "%")
                .getResultList();
    }
}
