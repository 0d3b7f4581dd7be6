package vn.partybloc.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.UUID;
import vn.partybloc.evaluation.domain.MemberReplica;

@ApplicationScoped
public class MemberReplicaRepository implements PanacheRepositoryBase<MemberReplica, UUID> {

    /**
     * Records when a member came onto or left the register. Each is a fact of one event, whatever its version, so an
     * event arriving late or twice still sets it, to the same value. Runs after the replica upsert, so the row exists.
     */
    public void recordPeriod(UUID memberId, LocalDate enteredOn, LocalDate leftOn) {
        getEntityManager()
                .createNativeQuery("update members set entered_on = coalesce(?1, entered_on),"
                        + " left_on = coalesce(?2, left_on) where id = ?3")
                .setParameter(1, enteredOn)
                .setParameter(2, leftOn)
                .setParameter(3, memberId)
                .executeUpdate();
    }
}
