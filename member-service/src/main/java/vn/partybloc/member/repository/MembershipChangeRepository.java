package vn.partybloc.member.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.partybloc.member.domain.MembershipChange;
import vn.partybloc.member.domain.MembershipChangeKind;

@ApplicationScoped
public class MembershipChangeRepository implements PanacheRepositoryBase<MembershipChange, UUID> {

    public List<MembershipChange> history(UUID memberId) {
        return list("memberId = ?1 order by occurredOn, recordedAt", memberId);
    }

    /** The member's latest change that is not an edit of their details, or null. */
    public MembershipChange lastOf(UUID memberId) {
        return find(
                        "memberId = ?1 and kind not in ?2 order by occurredOn desc, recordedAt desc",
                        memberId,
                        List.of(MembershipChangeKind.UPDATED, MembershipChangeKind.RECOGNISED_FULL))
                .firstResult();
    }

    /** What an organization-service change did to members, in the order it was recorded. */
    public List<MembershipChange> ofOrganizationChange(UUID changeId) {
        return list("organizationChangeId = ?1 order by recordedAt, memberId", changeId);
    }

    public boolean carried(UUID changeId, UUID memberId) {
        return count("organizationChangeId = ?1 and memberId = ?2", changeId, memberId) > 0;
    }
}
