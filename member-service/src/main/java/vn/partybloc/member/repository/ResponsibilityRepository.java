package vn.partybloc.member.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.partybloc.member.domain.Responsibility;

@ApplicationScoped
public class ResponsibilityRepository implements PanacheRepositoryBase<Responsibility, UUID> {

    public List<Responsibility> ofPosition(UUID positionId) {
        return list("positionId = ?1 order by createdAt", positionId);
    }
}
