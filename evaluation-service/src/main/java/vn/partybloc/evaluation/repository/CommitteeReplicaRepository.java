package vn.partybloc.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import vn.partybloc.evaluation.domain.CommitteeReplica;

@ApplicationScoped
public class CommitteeReplicaRepository implements PanacheRepositoryBase<CommitteeReplica, UUID> {

    /** Stores a committee's state from an event unless the replica holds a newer version (ADR 0006). */
    public boolean upsert(CommitteeReplica s) {
        return getEntityManager()
                        .createNativeQuery("""
                insert into committees (id, organization_id, kind, term_start_year, term_end_year, version, updated_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                on conflict (id) do update set organization_id = excluded.organization_id, kind = excluded.kind,
                    term_start_year = excluded.term_start_year, term_end_year = excluded.term_end_year,
                    version = excluded.version, updated_at = excluded.updated_at
                where committees.version < excluded.version""")
                        .setParameter(1, s.id)
                        .setParameter(2, s.organizationId)
                        .setParameter(3, s.kind)
                        .setParameter(4, s.termStartYear)
                        .setParameter(5, s.termEndYear)
                        .setParameter(6, s.version)
                        .setParameter(7, Timestamp.from(Instant.now()))
                        .executeUpdate()
                > 0;
    }
}
