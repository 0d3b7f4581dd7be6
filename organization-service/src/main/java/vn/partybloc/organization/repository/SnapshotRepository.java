package vn.partybloc.organization.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;
import vn.partybloc.platform.persistence.ManyIds;

/** Keeps {@code organization_snapshots}: the state of each organization over effective dates, for {@code asOf}. */
@ApplicationScoped
public class SnapshotRepository {

    private final EntityManager em;

    public SnapshotRepository(EntityManager em) {
        this.em = em;
    }

    /** Closes the open interval of each organization at {@code effective} and opens one with its current row. */
    public void record(Collection<UUID> organizationIds, LocalDate effective) {
        if (organizationIds.isEmpty()) {
            return;
        }
        em.flush();
        em.createNativeQuery("""
                update organization_snapshots set valid_to = :effective
                where organization_id = any(cast(:ids as uuid[])) and valid_to is null""")
                .setParameter("effective", effective)
                .setParameter("ids", ManyIds.array(organizationIds))
                .executeUpdate();
        em.createNativeQuery("""
                insert into organization_snapshots (organization_id, valid_from, code, name, type, parent_id, path, depth,
                    host_unit_name, host_unit_kind, founded_on, founding_decision, status, status_since, meets_online)
                select id, :effective, code, name, type, parent_id, path, depth, host_unit_name, host_unit_kind,
                    founded_on, founding_decision, status, status_since, meets_online
                from organizations where id = any(cast(:ids as uuid[]))""")
                .setParameter("effective", effective)
                .setParameter("ids", ManyIds.array(organizationIds))
                .executeUpdate();
    }
}
