package vn.partybloc.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.UUID;
import vn.partybloc.evaluation.domain.OrganizationReplica;

/** Reads of the organization replica; {@code OrganizationEventsHandler} writes it. */
@ApplicationScoped
public class OrganizationReplicaRepository implements PanacheRepositoryBase<OrganizationReplica, UUID> {

    /**
     * Records when an organization was founded, received into the Bloc or ended. Each is a fact no later change
     * undoes (a founding date is never edited, an ended organization takes no change), so an event arriving late or
     * twice still sets it, to the same value. Runs after the replica upsert, so the row exists.
     */
    public void recordPeriod(UUID organizationId, LocalDate foundedOn, LocalDate receivedOn, LocalDate endedOn) {
        getEntityManager()
                .createNativeQuery("update organizations set founded_on = coalesce(?1, founded_on),"
                        + " received_on = coalesce(?2, received_on), ended_on = coalesce(?3, ended_on) where id = ?4")
                .setParameter(1, foundedOn)
                .setParameter(2, receivedOn)
                .setParameter(3, endedOn)
                .setParameter(4, organizationId)
                .executeUpdate();
    }
}
