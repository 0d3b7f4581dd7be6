package vn.partybloc.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import vn.partybloc.evaluation.domain.MemberReplica;

@ApplicationScoped
public class MemberReplicaRepository implements PanacheRepositoryBase<MemberReplica, UUID> {

    /** Stores a member's state from an event unless the replica holds a newer version (ADR 0006). */
    public boolean upsert(MemberReplica s) {
        return getEntityManager().createNativeQuery("""
                insert into members (id, full_name, organization_id, membership_kind, status, version, updated_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                on conflict (id) do update set full_name = excluded.full_name, organization_id = excluded.organization_id,
                    membership_kind = excluded.membership_kind, status = excluded.status, version = excluded.version,
                    updated_at = excluded.updated_at
                where members.version < excluded.version""")
                .setParameter(1, s.id).setParameter(2, s.fullName).setParameter(3, s.organizationId)
                .setParameter(4, s.membershipKind).setParameter(5, s.status).setParameter(6, s.version)
                .setParameter(7, Timestamp.from(Instant.now()))
                .executeUpdate() > 0;
    }
}
