package vn.partybloc.evaluation.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import vn.partybloc.evaluation.repository.OrganizationReplicaRepository;
import vn.partybloc.platform.security.Caller;
import vn.partybloc.platform.web.ProblemException;

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

    /** The path prefix of a confined caller's subtree; empty for callers who see the whole Bloc. */
    public Optional<String> scopePath() {
        Optional<UUID> scope = caller.scope();
        if (scope.isEmpty()) {
            return Optional.empty();
        }
        // A secretary whose organization the replica does not know (yet) sees nothing.
        return Optional.of(organizations.findByIdOptional(scope.get()).map(o -> o.path).orElse("/" + scope.get() + "/"));
    }

    /**
     * Domain rule 9: the body directly superior to the unit (its parent) decides. A confined caller speaks for the root
     * of their subtree, so they may decide only for units strictly below it, never for their own organization.
     */
    public void checkMayDecide(OrganizationReplica unit) {
        scopePath().ifPresent(scope -> {
            if (unit.path.equals(scope)) {
                throw ProblemException.rule(Rules.SUPERIOR_DECIDES, "The rating of " + unit.code
                        + " is decided by its superior body, not by the organization itself");
            }
        });
        if (unit.parentId == null) {
            throw ProblemException.rule(Rules.SUPERIOR_DECIDES, unit.code + " has no superior body in this system");
        }
    }
}
