package vn.partybloc.training.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.partybloc.training.domain.PositionReplica;

@ApplicationScoped
public class PositionReplicaRepository implements PanacheRepositoryBase<PositionReplica, UUID> {}
