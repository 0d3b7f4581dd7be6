package vn.partybloc.training.domain;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Whom a bulk enrolment takes: the listed members, or the active members of an organization's subtree, or (with
 * {@code committeeMembersOnly}, {@code positions} or {@code committeeKinds}) the subtree's committee members holding
 * such positions today.
 */
public record MemberSelection(
        List<UUID> memberIds,
        UUID organizationId,
        boolean committeeMembersOnly,
        Set<String> positions,
        Set<String> committeeKinds) {

    public boolean byPosition() {
        return committeeMembersOnly || !positions.isEmpty() || !committeeKinds.isEmpty();
    }
}
