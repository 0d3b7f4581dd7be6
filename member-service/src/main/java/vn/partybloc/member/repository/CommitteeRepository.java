package vn.partybloc.member.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.partybloc.member.domain.Committee;
import vn.partybloc.member.domain.CommitteeKind;

@ApplicationScoped
public class CommitteeRepository implements PanacheRepositoryBase<Committee, UUID> {

    public List<Committee> ofOrganization(UUID organizationId) {
        return list("organizationId = ?1 order by termStartYear desc, kind", organizationId);
    }

    public List<Committee> ofOrganizations(Collection<UUID> organizationIds) {
        return organizationIds.isEmpty() ? List.of() : list("organizationId in ?1", organizationIds);
    }

    public Optional<Committee> find(UUID organizationId, CommitteeKind kind, int termStartYear) {
        return find("organizationId = ?1 and kind = ?2 and termStartYear = ?3", organizationId, kind, termStartYear)
                .firstResultOptional();
    }

    /**
     * The committees, each locked until the transaction ends, taken in id order: two transactions that lock
     * overlapping sets this way wait for each other rather than deadlock. A query of the entity (not {@code ManyIds}'
     * native one) so that the session knows them locked and a later {@code findById} with the lock needs no statement;
     * its {@code in} list gets no generic plan, as every connection plans each execution (the platform's
     * {@code plan_cache_mode}).
     */
    public List<Committee> lockedInIdOrder(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return find("id in ?1 order by id", ids)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }
}
