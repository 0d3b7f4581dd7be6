package vn.partybloc.member.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import vn.partybloc.member.domain.CommitteeKind;
import vn.partybloc.member.domain.Position;
import vn.partybloc.member.domain.PositionKind;
import vn.partybloc.platform.persistence.Counting;
import vn.partybloc.platform.persistence.ManyIds;
import vn.partybloc.platform.persistence.Scroll;
import vn.partybloc.platform.search.TextSearch;

@ApplicationScoped
public class PositionRepository implements PanacheRepositoryBase<Position, UUID> {

    public List<Position> ofCommittee(UUID committeeId) {
        return list("committeeId = ?1 order by startsOn", committeeId);
    }

    public List<Position> ofMember(UUID memberId) {
        return list("memberId = ?1 order by startsOn", memberId);
    }

    /** Positions of this kind in the committee whose period overlaps [from, to] (to null = open-ended). */
    public boolean overlapping(UUID committeeId, PositionKind kind, LocalDate from, LocalDate to) {
        return Counting.any(
                getEntityManager(),
                "from Position where committeeId = ?1 and position = ?2 and (endsOn is null or endsOn >= ?3) and (?4 is null or startsOn <= ?4)",
                committeeId,
                kind,
                from,
                to);
    }

    /** Whether the member holds a position in the committee on some day from {@code from} on. */
    public boolean seatedFrom(UUID committeeId, UUID memberId, LocalDate from) {
        return Counting.any(
                getEntityManager(),
                "from Position where committeeId = ?1 and memberId = ?2 and (endsOn is null or endsOn >= ?3)",
                committeeId,
                memberId,
                from);
    }

    /** Seats of the committee held on {@code day}. */
    public long seatsOn(UUID committeeId, LocalDate day) {
        return Counting.count(
                getEntityManager(),
                "from Position where committeeId = ?1 and startsOn <= ?2 and (endsOn is null or endsOn >= ?2)",
                committeeId,
                day);
    }

    /** Seats of {@code kind} in the committee held on {@code day}. */
    public long seatsOn(UUID committeeId, PositionKind kind, LocalDate day) {
        return Counting.count(
                getEntityManager(),
                "from Position where committeeId = ?1 and position = ?2 and startsOn <= ?3 and (endsOn is null or endsOn >= ?3)",
                committeeId,
                kind,
                day);
    }

    public boolean holdsAnyOn(UUID committeeId, UUID memberId, LocalDate day) {
        return Counting.any(
                getEntityManager(),
                "from Position where committeeId = ?1 and memberId = ?2 and startsOn <= ?3 and (endsOn is null or endsOn >= ?3)",
                committeeId,
                memberId,
                day);
    }

    public List<Position> activeOfMember(UUID memberId) {
        return list("memberId = ?1 and endsOn is null", memberId);
    }

    /** The positions that any of {@code memberIds} holds or held on any of {@code committeeIds}. */
    @SuppressWarnings("unchecked")
    public List<Position> of(Collection<UUID> committeeIds, Collection<UUID> memberIds) {
        if (committeeIds.isEmpty() || memberIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager()
                .createNativeQuery(
                        "select * from positions where committee_id = any(cast(?1 as uuid[])) and member_id = any(cast(?2 as uuid[]))",
                        Position.class)
                .setParameter(1, ManyIds.array(committeeIds))
                .setParameter(2, ManyIds.array(memberIds))
                .getResultList();
    }

    /**
     * Whether the member held a seat starting on or before {@code day} on a committee of {@code organizationId} of
     * one of {@code kinds}, in any term. The kinds go as one array parameter: bound to an HQL {@code in}, a collection
     * makes Hibernate translate the query again on every call.
     */
    public boolean heldOn(UUID organizationId, Set<CommitteeKind> kinds, UUID memberId, LocalDate day) {
        return !getEntityManager()
                .createNativeQuery("""
                        select 1 from positions p join committees c on c.id = p.committee_id
                        where c.organization_id = ?1 and c.kind = any(cast(?2 as text[]))
                        and p.member_id = ?3 and p.starts_on <= ?4 limit 1""")
                .setParameter(1, organizationId)
                .setParameter(2, kinds.stream().map(Enum::name).toArray(String[]::new))
                .setParameter(3, memberId)
                .setParameter(4, day)
                .getResultList()
                .isEmpty();
    }

    /**
     * Each position held at the end of {@code day} on a committee of an organization whose path starts with {@code
     * subtreePath}, of these committee kinds and positions (all when empty), by id, a batch at a time.
     */
    public void eachHeld(
            String subtreePath,
            LocalDate day,
            Set<CommitteeKind> kinds,
            Set<PositionKind> positions,
            Consumer<Position> each) {
        Query query = getEntityManager()
                .createNativeQuery(
                        "select p.* from positions p join committees c on c.id = p.committee_id"
                                + " join organizations o on o.id = c.organization_id"
                                + " where o.path like :path and p.starts_on <= :day"
                                + " and (p.ends_on is null or p.ends_on >= :day)"
                                + (kinds.isEmpty() ? "" : " and c.kind in (:kinds)")
                                + (positions.isEmpty() ? "" : " and p.position in (:positions)")
                                + " order by p.id",
                        Position.class)
                .setParameter("path", TextSearch.escape(subtreePath) + "%")
                .setParameter("day", day);
        if (!kinds.isEmpty()) {
            query.setParameter("kinds", kinds.stream().map(Enum::name).toList());
        }
        if (!positions.isEmpty()) {
            query.setParameter("positions", positions.stream().map(Enum::name).toList());
        }
        Scroll.each(getEntityManager(), query, Position.class::cast, each);
    }
}
