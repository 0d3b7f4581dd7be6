package vn.partybloc.training.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import vn.partybloc.training.domain.PositionReplica;

@ApplicationScoped
public class PositionReplicaRepository implements PanacheRepositoryBase<PositionReplica, UUID> {

    /** Stores the position's state unless the replica already holds a newer version (ADR 0006). */
    public boolean upsert(PositionReplica state) {
        return getEntityManager()
                        .createNativeQuery("""
                insert into positions (id, member_id, committee_id, organization_id, committee_kind, position, starts_on,
                    ends_on, end_reason, version, updated_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
                on conflict (id) do update set member_id = excluded.member_id, committee_id = excluded.committee_id,
                    organization_id = excluded.organization_id, committee_kind = excluded.committee_kind,
                    position = excluded.position, starts_on = excluded.starts_on, ends_on = excluded.ends_on,
                    end_reason = excluded.end_reason, version = excluded.version, updated_at = excluded.updated_at
                where positions.version < excluded.version""")
                        .setParameter(1, state.id)
                        .setParameter(2, state.memberId)
                        .setParameter(3, state.committeeId)
                        .setParameter(4, state.organizationId)
                        .setParameter(5, state.committeeKind)
                        .setParameter(6, state.position)
                        .setParameter(7, state.startsOn)
                        .setParameter(8, state.endsOn)
                        .setParameter(9, state.endReason)
                        .setParameter(10, state.version)
                        .setParameter(11, Timestamp.from(Instant.now()))
                        .executeUpdate()
                > 0;
    }
}
