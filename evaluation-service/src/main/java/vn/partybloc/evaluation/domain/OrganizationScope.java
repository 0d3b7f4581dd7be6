package vn.partybloc.evaluation.domain;

import jakarta.enterprise.context.ApplicationScoped;
import vn.partybloc.contracts.replica.OrganizationScopeBase;
import vn.partybloc.platform.web.ProblemException;

/** Organizations as the replica knows them, seen through the caller's scope (a secretary's own subtree). */
@ApplicationScoped
public class OrganizationScope extends OrganizationScopeBase<OrganizationReplica> {

    public OrganizationScope() {
        super(OrganizationReplica.class);
    }

    /**
     * Domain rule 9: the body directly superior to the unit (its parent) decides. A confined caller speaks for the root
     * of their subtree, so they may decide only for units strictly below it, never for their own organization.
     */
    public void checkMayDecide(OrganizationReplica unit) {
        scopePath().ifPresent(scope -> {
            if (unit.path.equals(scope)) {
                throw ProblemException.rule(Rules.SUPERIOR_DECIDES, "review.superior-decides", unit.code);
            }
        });
        if (unit.parentId == null) {
            throw ProblemException.rule(Rules.SUPERIOR_DECIDES, "review.no-superior", unit.code);
        }
    }
}
