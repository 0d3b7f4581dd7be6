package vn.partybloc.member.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.partybloc.member.repository.MemberRepository;
import vn.partybloc.member.repository.MembershipChangeRepository;
import vn.partybloc.member.repository.OrganizationReplicaRepository;
import vn.partybloc.member.repository.UnappliedMoveRepository;

/**
 * No member is left in a cell that merged or split: its members follow the decision into the cells that continue it.
 * Applied from organization-service's events, so every step is idempotent (a member already moved is no longer in the
 * old cell, an allocation already recorded is not recorded again).
 */
@ApplicationScoped
public class StructuralMoves {

    private final MemberRepository members;
    private final MemberService service;
    private final MembershipChangeRepository history;
    private final UnappliedMoveRepository unapplied;
    private final OrganizationReplicaRepository organizations;

    public StructuralMoves(
            MemberRepository members,
            MemberService service,
            MembershipChangeRepository history,
            UnappliedMoveRepository unapplied,
            OrganizationReplicaRepository organizations) {
        this.members = members;
        this.service = service;
        this.history = history;
        this.unapplied = unapplied;
        this.organizations = organizations;
    }

    /**
     * Every member on the register of a merged cell moves to the target. A target known not to be a cell cannot hold
     * members: they stay and are listed as unapplied. (A target not yet known to the replica is taken as a cell.)
     */
    public void followMerge(UUID changeId, UUID source, UUID target, LocalDate on, String decisionNumber) {
        boolean targetHoldsMembers = organizations
                .findByIdOptional(target)
                .map(OrganizationReplica::isCell)
                .orElse(true);
        for (Member m : members.onTheRegisterIn(source)) {
            if (targetHoldsMembers) {
                service.moveWithOrganization(m, target, on, decisionNumber, changeId);
            } else {
                keepUnapplied(changeId, source, m.id, UnappliedMove.Reason.TARGET_NOT_A_CELL);
            }
        }
    }

    /**
     * Every member on the register of a split cell moves to the part the command listed them in, or to the first part.
     * A listed member who is not in the split cell is kept as unapplied rather than dropped.
     */
    public void followSplit(
            UUID changeId,
            UUID source,
            List<UUID> parts,
            Map<UUID, UUID> partByMember,
            LocalDate on,
            String decisionNumber) {
        Set<UUID> moved = new HashSet<>();
        for (Member m : members.onTheRegisterIn(source)) {
            service.moveWithOrganization(
                    m, partByMember.getOrDefault(m.id, parts.get(0)), on, decisionNumber, changeId);
            moved.add(m.id);
        }
        for (UUID listed : partByMember.keySet()) {
            if (!moved.contains(listed) && !history.carried(changeId, listed)) {
                keepUnapplied(changeId, source, listed, UnappliedMove.Reason.NOT_IN_THE_ORGANIZATION);
            }
        }
    }

    private void keepUnapplied(UUID changeId, UUID organization, UUID member, UnappliedMove.Reason reason) {
        if (!unapplied.recorded(changeId, member)) {
            unapplied.persist(UnappliedMove.of(changeId, organization, member, reason));
        }
    }
}
