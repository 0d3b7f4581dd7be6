package vn.partybloc.training.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import vn.partybloc.training.domain.OrganizationReplica;

@ApplicationScoped
public class OrganizationReplicaRepository implements PanacheRepositoryBase<OrganizationReplica, UUID> {

    /** Stores the organization's state unless the replica already holds a newer version (ADR 0006). */
    public boolean upsert(OrganizationReplica state) {
        return getEntityManager().createNativeQuery("""
                insert into organizations (id, code, name, type, parent_id, path, status, version, updated_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                on conflict (id) do update set code = excluded.code, name = excluded.name, type = excluded.type,
                    parent_id = excluded.parent_id, path = excluded.path, status = excluded.status,
                    version = excluded.version, updated_at = excluded.updated_at
                where organizations.version < excluded.version""")
                .setParameter(1, state.id).setParameter(2, state.code).setParameter(3, state.name)
                .setParameter(4, state.type).setParameter(5, state.parentId).setParameter(6, state.path)
                .setParameter(7, state.status).setParameter(8, state.version)
                .setParameter(9, Timestamp.from(Instant.now()))
                .executeUpdate() > 0;
    }
}
