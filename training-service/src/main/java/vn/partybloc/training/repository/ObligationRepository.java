package vn.partybloc.training.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.partybloc.platform.persistence.ManyIds;
import vn.partybloc.platform.search.TextSearch;
import vn.partybloc.training.domain.ObligationStatus;
import vn.partybloc.training.domain.TrainingObligation;

@ApplicationScoped
public class ObligationRepository implements PanacheRepositoryBase<TrainingObligation, UUID> {

    /** First key of the two-key advisory locks per member (the outbox uses one-key locks, so they never collide). */
    private static final int MEMBER_LOCK_SPACE = 7104;

    /**
     * Serializes, per member, opening an obligation and recording a completion: whichever commits second sees the
     * other, so a completion never misses an obligation opened at the same moment. Locks are taken in id order.
     */
    public void lockMembers(Collection<UUID> memberIds) {
        if (memberIds.isEmpty()) {
            return;
        }
        // One statement; the ordinality keeps the array's order, in which the function runs row by row.
        getEntityManager()
                .createNativeQuery("""
                        select count(pg_advisory_xact_lock(?1, hashtext(member_id)))
                        from (select member_id from unnest(cast(?2 as text[])) with ordinality as m(member_id, n)
                              order by n) members""")
                .setParameter(1, MEMBER_LOCK_SPACE)
                .setParameter(
                        2,
                        memberIds.stream()
                                .distinct()
                                .sorted()
                                .map(UUID::toString)
                                .toArray(String[]::new))
                .getSingleResult();
    }

    /** Which of these positions have an obligation. */
    @SuppressWarnings("unchecked")
    public Set<UUID> withObligation(Collection<UUID> positionIds) {
        if (positionIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(getEntityManager()
                .createNativeQuery(
                        "select position_id from training_obligations where position_id = any(cast(?1 as uuid[]))",
                        UUID.class)
                .setParameter(1, ManyIds.array(positionIds))
                .getResultList());
    }

    /**
     * The pending obligations of these positions that their position's end closes (the replica's position ended before
     * the obligation was due), locked in id order: the overdue check may be changing them. Only those are read, so a
     * run of started positions reads none.
     */
    @SuppressWarnings("unchecked")
    public List<TrainingObligation> closingOfPositionsForUpdate(Collection<UUID> positionIds) {
        if (positionIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager()
                .createNativeQuery("""
                        select o.* from training_obligations o join positions p on p.id = o.position_id
                        where o.position_id = any(cast(?1 as uuid[])) and o.status in (?2, ?3) and p.ends_on < o.due_on
                        order by o.id for update of o""", TrainingObligation.class)
                .setParameter(1, ManyIds.array(positionIds))
                .setParameter(2, ObligationStatus.OPEN.name())
                .setParameter(3, ObligationStatus.OVERDUE.name())
                .getResultList();
    }

    /** The obligations of these members, each member's by start date. */
    public List<TrainingObligation> ofMembers(Collection<UUID> memberIds) {
        return list("memberId in ?1 order by memberId, startsOn", memberIds);
    }

    /** Obligations still waiting for training of these members whose position started on or before {@code day}. */
    @SuppressWarnings("unchecked")
    public List<TrainingObligation> pendingOf(Collection<UUID> memberIds, LocalDate day) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        // Locked: the overdue check may be changing the same rows; waiting beats failing on the version.
        return getEntityManager()
                .createNativeQuery("""
                        select * from training_obligations
                        where member_id = any(cast(?1 as uuid[])) and status in (?2, ?3) and starts_on <= ?4
                        for update""", TrainingObligation.class)
                .setParameter(1, ManyIds.array(memberIds))
                .setParameter(2, ObligationStatus.OPEN.name())
                .setParameter(3, ObligationStatus.OVERDUE.name())
                .setParameter(4, day)
                .getResultList();
    }

    /** Open obligations due before {@code today}, locked so that two checks never report one twice. */
    @SuppressWarnings("unchecked")
    public List<TrainingObligation> openDueBefore(LocalDate today) {
        return getEntityManager()
                .createNativeQuery("""
                select * from training_obligations where status = 'OPEN' and due_on < ?1 order by due_on, id
                for update skip locked""", TrainingObligation.class)
                .setParameter(1, today)
                .getResultList();
    }

    @SuppressWarnings("unchecked")
    public List<TrainingObligation> search(String subtreePath, ObligationStatus status, int offset, int limit) {
        return getEntityManager()
                .createNativeQuery("""
                select t.* from training_obligations t join organizations o on o.id = t.organization_id
                where o.path like :subtree and (:anyStatus or t.status = :status)
                order by t.due_on, t.id limit :limit offset :offset""", TrainingObligation.class)
                .setParameter("subtree", TextSearch.escape(subtreePath) + "%")
                .setParameter("anyStatus", status == null)
                .setParameter("status", status == null ? "" : status.name())
                .setParameter("limit", limit)
                .setParameter("offset", offset)
                .getResultList();
    }

    public long count(String subtreePath, ObligationStatus status) {
        return ((Number) getEntityManager()
                        .createNativeQuery("""
                select count(*) from training_obligations t join organizations o on o.id = t.organization_id
                where o.path like :subtree and (:anyStatus or t.status = :status)""")
                        .setParameter("subtree", TextSearch.escape(subtreePath) + "%")
                        .setParameter("anyStatus", status == null)
                        .setParameter("status", status == null ? "" : status.name())
                        .getSingleResult())
                .longValue();
    }
}
