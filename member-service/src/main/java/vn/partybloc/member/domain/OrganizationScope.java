package vn.partybloc.member.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.partybloc.contracts.replica.OrganizationScopeBase;
import vn.partybloc.platform.web.ProblemException;
import vn.partybloc.platform.web.ProblemMessage;

/** Organizations as the replica knows them, seen through the caller's scope (a secretary's own subtree). */
@ApplicationScoped
public class OrganizationScope extends OrganizationScopeBase<OrganizationReplica> {

    public OrganizationScope() {
        super(OrganizationReplica.class);
    }

    public OrganizationReplica activeCell(UUID id) {
        OrganizationReplica org = visible(id);
        if (!org.isActive() || !org.isCell()) {
            throw ProblemException.rule(
                    Rules.MEMBER_CELL,
                    "member.cell-required",
                    org.code,
                    ProblemMessage.code("OrganizationType", org.type),
                    ProblemMessage.code("OrganizationStatus", org.status));
        }
        return org;
    }
}
