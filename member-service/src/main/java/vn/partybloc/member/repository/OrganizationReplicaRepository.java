package vn.partybloc.member.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import vn.partybloc.member.domain.OrganizationReplica;
import vn.partybloc.platform.persistence.ManyIds;

/** Reads of the organization replica; {@code OrganizationEventsHandler} writes it. */
@ApplicationScoped
public class OrganizationReplicaRepository implements PanacheRepositoryBase<OrganizationReplica, UUID> {

    public List<OrganizationReplica> byIds(Collection<UUID> ids) {
        return ManyIds.load(getEntityManager(), OrganizationReplica.class, "organizations", ids);
    }
}
