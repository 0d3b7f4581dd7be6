package vn.partybloc.contracts.replica;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;
import vn.partybloc.contracts.OrganizationTypes;
import vn.partybloc.platform.security.Caller;
import vn.partybloc.platform.web.ProblemException;
import vn.partybloc.platform.web.ProblemType;

/**
 * Organizations as the replica knows them, seen through the caller's scope (a secretary's own subtree, by the
 * {@code org_id} claim). A service makes it a CDI bean with a subclass that names its replica entity.
 */
public abstract class OrganizationScopeBase<R extends OrganizationReplicaBase> {

    private final Class<R> replicaType;

    @Inject
    EntityManager entityManager;

    @Inject
    Caller caller;

    protected OrganizationScopeBase(Class<R> replicaType) {
        this.replicaType = replicaType;
    }

    /** The organization if it exists and the caller may see it; 404 otherwise. */
    public R visible(UUID id) {
        R org = find(id).orElseThrow(() -> ProblemException.notFound("organization", id));
        if (!inScope(org)) {
            throw ProblemException.notFound("organization", id);
        }
        return org;
    }

    /**
     * The organization that holds a thing asked for by its id, if the caller may see it. Otherwise the 404 is the
     * thing's own, word for word the answer to an id that does not exist, so that it tells a secretary neither that
     * the thing exists elsewhere nor where. Only a caller who sees the whole Bloc learns that the replica lacks the
     * organization.
     */
    public R holding(String noun, UUID id, UUID organizationId) {
        Optional<R> org = find(organizationId);
        if (org.isPresent() && inScope(org.get())) {
            return org.get();
        }
        if (org.isEmpty() && scopePath().isEmpty()) {
            throw ProblemException.notFound("organization", organizationId);
        }
        throw ProblemException.notFound(noun, id);
    }

    /**
     * The root of the subtree a report or list is asked for: the organization named, else the caller's own (a
     * secretary's), else the Bloc committee, the root.
     */
    public UUID subtreeRoot(UUID requested) {
        if (requested != null) {
            return requested;
        }
        return caller.scope().orElseGet(this::blocRoot);
    }

    private UUID blocRoot() {
        String entity = entityManager.getMetamodel().entity(replicaType).getName();
        return entityManager
                .createQuery(
                        "select o.id from " + entity + " o where o.parentId is null and o.type = :bloc"
                                + " and o.status = 'ACTIVE' order by o.id",
                        UUID.class)
                .setParameter("bloc", OrganizationTypes.BLOC_COMMITTEE)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "replica.bloc-unknown"));
    }

    /**
     * The path prefix of the subtree a list or export is asked for: the organization named, if the caller may see it
     * (404 otherwise), else the caller's own subtree, else the whole Bloc.
     */
    public String subtreePath(UUID requested) {
        return requested != null ? visible(requested).path : scopePath().orElse("/");
    }

    /** Whether the caller may see what {@code organizationId}'s organization holds: always, unless they are confined. */
    public boolean sees(UUID organizationId) {
        if (scopePath().isEmpty()) {
            return true;
        }
        return find(organizationId).map(this::inScope).orElse(false);
    }

    public boolean inScope(OrganizationReplicaBase org) {
        return scopePath().map(org.path::startsWith).orElse(true);
    }

    /** The path prefix of a confined caller's subtree; empty for callers who see the whole Bloc. */
    public Optional<String> scopePath() {
        Optional<UUID> scope = caller.scope();
        if (scope.isEmpty()) {
            return Optional.empty();
        }
        // A secretary whose organization the replica does not know (yet) sees nothing.
        return Optional.of(find(scope.get()).map(o -> o.path).orElse("/" + scope.get() + "/"));
    }

    protected Optional<R> find(UUID id) {
        return Optional.ofNullable(entityManager.find(replicaType, id));
    }
}
