package vn.partybloc.member.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import vn.partybloc.member.domain.Responsibility;

@ApplicationScoped
public class ResponsibilityRepository implements PanacheRepositoryBase<Responsibility, UUID> {

    public List<Responsibility> ofPosition(UUID positionId) {
        return list("positionId = ?1 order by createdAt, id", positionId);
    }

    /** The responsibilities of these positions, each position's in the order they were assigned. */
    public List<Responsibility> ofPositions(Collection<UUID> positionIds) {
        return list("positionId in ?1 order by createdAt, id", positionIds);
    }
}
