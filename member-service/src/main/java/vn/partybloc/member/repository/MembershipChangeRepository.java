package vn.partybloc.member.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.partybloc.member.domain.MembershipChange;
import vn.partybloc.platform.persistence.Counting;

@ApplicationScoped
public class MembershipChangeRepository implements PanacheRepositoryBase<MembershipChange, UUID> {

    public List<MembershipChange> history(UUID memberId) {
        return list("memberId = ?1 order by occurredOn, recordedAt", memberId);
    }

    /** What an organization-service change did to members, in the order it was recorded. */
    public List<MembershipChange> ofOrganizationChange(UUID changeId) {
        return list("organizationChangeId = ?1 order by recordedAt, memberId", changeId);
    }

    public boolean carried(UUID changeId, UUID memberId) {
        return Counting.any(
                getEntityManager(),
                "from MembershipChange where organizationChangeId = ?1 and memberId = ?2",
                changeId,
                memberId);
    }
}
