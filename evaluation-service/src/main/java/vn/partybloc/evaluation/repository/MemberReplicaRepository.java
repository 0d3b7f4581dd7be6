package vn.partybloc.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.partybloc.evaluation.domain.MemberReplica;
import vn.partybloc.platform.replica.MemberReplicaBase;

@ApplicationScoped
public class MemberReplicaRepository implements PanacheRepositoryBase<MemberReplica, UUID> {

    /** Stores a member's state from an event unless the replica holds a newer version (ADR 0006). */
    public boolean upsert(MemberReplica s) {
        return MemberReplicaBase.upsert(getEntityManager(), s);
    }
}
