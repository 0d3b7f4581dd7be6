package vn.partybloc.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import vn.partybloc.evaluation.domain.OrganizationReplica;

@ApplicationScoped
public class OrganizationReplicaRepository implements PanacheRepositoryBase<OrganizationReplica, UUID> {

    /** Stores an organization's state from an event unless the replica holds a newer version (ADR 0006). */
    public boolean upsert(OrganizationReplica s) {
        return getEntityManager().createNativeQuery("""
                insert into organizations (id, code, name, type, parent_id, path, status, host_unit_name, version, updated_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                on conflict (id) do update set code = excluded.code, name = excluded.name, type = excluded.type,
                    parent_id = excluded.parent_id, path = excluded.path, status = excluded.status,
                    host_unit_name = excluded.host_unit_name, version = excluded.version, updated_at = excluded.updated_at
                where organizations.version < excluded.version""")
                .setParameter(1, s.id).setParameter(2, s.code).setParameter(3, s.name).setParameter(4, s.type)
                .setParameter(5, s.parentId).setParameter(6, s.path).setParameter(7, s.status)
                .setParameter(8, s.hostUnitName).setParameter(9, s.version)
                .setParameter(10, Timestamp.from(Instant.now()))
                .executeUpdate() > 0;
    }
}
