package vn.partybloc.training.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import vn.partybloc.platform.persistence.ManyIds;
import vn.partybloc.training.domain.PositionReplica;

@ApplicationScoped
public class PositionReplicaRepository implements PanacheRepositoryBase<PositionReplica, UUID> {

    public List<PositionReplica> byIds(Collection<UUID> ids) {
        return ManyIds.load(getEntityManager(), PositionReplica.class, "positions", ids);
    }
}
