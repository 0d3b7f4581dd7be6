package vn.partybloc.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.partybloc.evaluation.domain.ReviewAction;

@ApplicationScoped
public class ReviewActionRepository implements PanacheRepositoryBase<ReviewAction, UUID> {

    public List<ReviewAction> of(UUID reviewId) {
        return list("reviewId = ?1 order by actedAt, action", reviewId);
    }
}
