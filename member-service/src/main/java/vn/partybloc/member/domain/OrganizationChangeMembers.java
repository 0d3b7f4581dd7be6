package vn.partybloc.member.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.partybloc.member.repository.MembershipChangeRepository;
import vn.partybloc.member.repository.OrganizationReplicaRepository;
import vn.partybloc.member.repository.UnappliedMoveRepository;
import vn.partybloc.platform.web.ProblemException;

/**
 * What one organization-service change did to members: the members it carried (moved by a merge or split, transferred
 * out with their organization) and those it named but could not move. A secretary sees the rows of their subtree.
 */
@ApplicationScoped
public class OrganizationChangeMembers {

    public record Carried(List<MembershipChange> changes, List<UnappliedMove> unapplied) {}

    private final MembershipChangeRepository history;
    private final UnappliedMoveRepository unapplied;
    private final OrganizationReplicaRepository organizations;
    private final OrganizationScope scope;

    public OrganizationChangeMembers(
            MembershipChangeRepository history,
            UnappliedMoveRepository unapplied,
            OrganizationReplicaRepository organizations,
            OrganizationScope scope) {
        this.history = history;
        this.unapplied = unapplied;
        this.organizations = organizations;
        this.scope = scope;
    }

    /**
     * Empty while the change's events have not arrived. A secretary sees the part of their subtree, and where that is
     * nothing, the 404 of a change that does not exist, whether it carried others or has not arrived: so that a change
     * elsewhere does not show through.
     */
    public Carried of(UUID changeId) {
        List<MembershipChange> changes = history.ofOrganizationChange(changeId);
        List<UnappliedMove> moves = unapplied.ofOrganizationChange(changeId);
        Carried visible = new Carried(
                changes.stream()
                        .filter(c -> visible(c.fromOrganizationId) || visible(c.toOrganizationId))
                        .toList(),
                moves.stream().filter(u -> visible(u.organizationId)).toList());
        if (scope.scopePath().isPresent()
                && visible.changes().isEmpty()
                && visible.unapplied().isEmpty()) {
            throw ProblemException.notFound("organization-change", changeId);
        }
        return visible;
    }

    private boolean visible(UUID organizationId) {
        if (scope.scopePath().isEmpty()) {
            return true;
        }
        return organizationId != null
                && organizations
                        .findByIdOptional(organizationId)
                        .map(scope::inScope)
                        .orElse(false);
    }
}
