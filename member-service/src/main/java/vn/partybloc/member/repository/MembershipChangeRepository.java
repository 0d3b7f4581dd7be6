package vn.partybloc.member.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.partybloc.member.domain.MembershipChange;

@ApplicationScoped
public class MembershipChangeRepository implements PanacheRepositoryBase<MembershipChange, UUID> {

    public List<MembershipChange> history(UUID memberId) {
        return list("memberId = ?1 order by occurredOn, recordedAt", memberId);
    }
}
