package vn.partybloc.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partybloc.evaluation.domain.PositionReplica;

@ApplicationScoped
public class PositionReplicaRepository implements PanacheRepositoryBase<PositionReplica, UUID> {

    /** Stores a position's state from an event unless the replica holds a newer version (ADR 0006). */
    public boolean upsert(PositionReplica s) {
        return getEntityManager()
                        .createNativeQuery("""
                insert into positions (id, member_id, committee_id, organization_id, committee_kind, position, starts_on,
                                       ends_on, version, updated_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                on conflict (id) do update set member_id = excluded.member_id, committee_id = excluded.committee_id,
                    organization_id = excluded.organization_id, committee_kind = excluded.committee_kind,
                    position = excluded.position, starts_on = excluded.starts_on, ends_on = excluded.ends_on,
                    version = excluded.version, updated_at = excluded.updated_at
                where positions.version < excluded.version""")
                        .setParameter(1, s.id)
                        .setParameter(2, s.memberId)
                        .setParameter(3, s.committeeId)
                        .setParameter(4, s.organizationId)
                        .setParameter(5, s.committeeKind)
                        .setParameter(6, s.position)
                        .setParameter(7, s.startsOn)
                        .setParameter(8, s.endsOn)
                        .setParameter(9, s.version)
                        .setParameter(10, Timestamp.from(Instant.now()))
                        .executeUpdate()
                > 0;
    }

    /** Positions the member held at some time between the two dates, earliest first. */
    public List<PositionReplica> heldBy(UUID memberId, LocalDate from, LocalDate to) {
        return list(
                "memberId = ?1 and startsOn <= ?3 and (endsOn is null or endsOn >= ?2) order by startsOn",
                memberId,
                from,
                to);
    }
}
