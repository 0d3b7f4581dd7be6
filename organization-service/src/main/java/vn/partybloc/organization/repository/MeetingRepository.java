package vn.partybloc.organization.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Hibernate;
import org.hibernate.query.NativeQuery;
import vn.partybloc.organization.domain.FollowerSeat;
import vn.partybloc.organization.domain.Meeting;

@ApplicationScoped
public class MeetingRepository implements PanacheRepositoryBase<Meeting, UUID> {

    public List<Meeting> ofMonth(UUID monthId) {
        return list("monthId = ?1 order by position", monthId);
    }

    /** As {@link #ofMonth}, with every collection loaded, for an answer written after the transaction. */
    public List<Meeting> ofMonthLoaded(UUID monthId) {
        List<Meeting> meetings = ofMonth(monthId);
        meetings.forEach(m -> {
            Hibernate.initialize(m.agenda);
            Hibernate.initialize(m.resolutions);
            Hibernate.initialize(m.guests);
            Hibernate.initialize(m.attendance);
            Hibernate.initialize(m.superiorAttendance);
        });
        return meetings;
    }

    /** The meetings of an organization held in [from, to], in date order. */
    public List<Meeting> heldBetween(UUID organizationId, LocalDate from, LocalDate to) {
        return list(
                "organizationId = ?1 and heldOn >= ?2 and heldOn <= ?3 order by heldOn, position",
                organizationId,
                from,
                to);
    }

    /** Removes a month's meetings; the database removes their attendance, agenda, resolutions and guests with them. */
    public void deleteOfMonth(UUID monthId) {
        getEntityManager()
                .createNativeQuery("delete from meetings where month_id = ?1")
                .setParameter(1, monthId)
                .executeUpdate();
    }

    /** Which of these member ids the members replica knows. */
    public Set<UUID> knownMembers(Collection<UUID> memberIds) {
        if (memberIds.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<UUID> known = getEntityManager()
                .createNativeQuery("select id from members where id in (:ids)", UUID.class)
                .setParameter("ids", memberIds)
                .getResultList();
        return new HashSet<>(known);
    }

    /**
     * The committee seats, past and present, whose holders were given {@code organizationId} to follow (the positions
     * replica): one read for every meeting of a request, each checked against its own day.
     */
    @SuppressWarnings("unchecked")
    public List<FollowerSeat> followerSeats(UUID organizationId) {
        return getEntityManager()
                .createNativeQuery("""
                        select distinct p.member_id, p.starts_on, p.ends_on from positions p
                        join position_responsibilities r on r.position_id = p.id
                        where r.followed_organization_id = :organization""")
                .unwrap(NativeQuery.class)
                .addScalar("member_id", UUID.class)
                .addScalar("starts_on", LocalDate.class)
                .addScalar("ends_on", LocalDate.class)
                .setTupleTransformer(
                        (row, aliases) -> new FollowerSeat((UUID) row[0], (LocalDate) row[1], (LocalDate) row[2]))
                .setParameter("organization", organizationId)
                .getResultList();
    }
}
