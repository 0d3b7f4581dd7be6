package vn.partybloc.member.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.partybloc.member.domain.PoliticalVetting;

@ApplicationScoped
public class PoliticalVettingRepository implements PanacheRepositoryBase<PoliticalVetting, UUID> {

    public List<PoliticalVetting> ofMember(UUID memberId) {
        return list("memberId = ?1 order by concludedOn", memberId);
    }
}
