package vn.partybloc.member.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.partybloc.member.domain.UnappliedMove;
import vn.partybloc.platform.persistence.Counting;

@ApplicationScoped
public class UnappliedMoveRepository implements PanacheRepositoryBase<UnappliedMove, UUID> {

    public List<UnappliedMove> ofOrganizationChange(UUID changeId) {
        return list("organizationChangeId = ?1 order by recordedAt, memberId", changeId);
    }

    public boolean recorded(UUID changeId, UUID memberId) {
        return Counting.any(
                getEntityManager(),
                "from UnappliedMove where organizationChangeId = ?1 and memberId = ?2",
                changeId,
                memberId);
    }
}
