package vn.partybloc.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partybloc.evaluation.domain.PositionReplica;

@ApplicationScoped
public class PositionReplicaRepository implements PanacheRepositoryBase<PositionReplica, UUID> {

    /** Positions the member held at some time between the two dates, earliest first. */
    public List<PositionReplica> heldBy(UUID memberId, LocalDate from, LocalDate to) {
        return list(
                "memberId = ?1 and startsOn <= ?3 and (endsOn is null or endsOn >= ?2) order by startsOn",
                memberId,
                from,
                to);
    }
}
