package vn.partybloc.training.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.partybloc.contracts.replica.OrganizationScopeBase;

/** Organizations as the replica knows them, seen through the caller's scope (a secretary's own subtree). */
@ApplicationScoped
public class OrganizationScope extends OrganizationScopeBase<OrganizationReplica> {

    public OrganizationScope() {
        super(OrganizationReplica.class);
    }

    public boolean inScope(UUID organizationId) {
        return find(organizationId).map(this::inScope).orElse(scopePath().isEmpty());
    }
}
