package vn.partybloc.training.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import vn.partybloc.platform.security.Caller;
import vn.partybloc.platform.web.ProblemException;
import vn.partybloc.training.repository.OrganizationReplicaRepository;

/** Organizations as the replica knows them, seen through the caller's scope (a secretary's own subtree). */
@ApplicationScoped
public class OrganizationScope {

    private final OrganizationReplicaRepository organizations;
    private final Caller caller;

    public OrganizationScope(OrganizationReplicaRepository organizations, Caller caller) {
        this.organizations = organizations;
        this.caller = caller;
    }

    /** The organization if it exists and the caller may see it; 404 otherwise. */
    public OrganizationReplica visible(UUID id) {
        OrganizationReplica org = organizations.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Organization", id));
        if (!inScope(org)) {
            throw ProblemException.notFound("Organization", id);
        }
        return org;
    }

    public boolean inScope(OrganizationReplica org) {
        return scopePath().map(org.path::startsWith).orElse(true);
    }

    public boolean inScope(UUID organizationId) {
        return organizations.findByIdOptional(organizationId).map(this::inScope).orElse(scopePath().isEmpty());
    }

    /** The path prefix of a confined caller's subtree; empty for callers who see the whole Bloc. */
    public Optional<String> scopePath() {
        Optional<UUID> scope = caller.scope();
        if (scope.isEmpty()) {
            return Optional.empty();
        }
        // A secretary whose organization the replica does not know (yet) sees nothing.
        return Optional.of(organizations.findByIdOptional(scope.get()).map(o -> o.path).orElse("/" + scope.get() + "/"));
    }
}
