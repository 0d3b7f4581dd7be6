package vn.partybloc.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.partybloc.evaluation.domain.Review;
import vn.partybloc.evaluation.domain.ReviewStatus;
import vn.partybloc.evaluation.domain.SubjectKind;
import vn.partybloc.platform.persistence.ManyIds;

@ApplicationScoped
public class ReviewRepository implements PanacheRepositoryBase<Review, UUID> {

    /** The subject's review in the cycle that is not cancelled, if any. */
    public Optional<Review> current(UUID cycleId, SubjectKind kind, UUID subjectId) {
        return find(
                        "cycleId = ?1 and subjectKind = ?2 and subjectId = ?3 and status <> ?4",
                        cycleId,
                        kind,
                        subjectId,
                        ReviewStatus.CANCELLED)
                .firstResultOptional();
    }

    /** Which of these subjects already have a current review in the cycle. */
    @SuppressWarnings("unchecked")
    public Set<UUID> alreadyReviewed(UUID cycleId, SubjectKind kind, Collection<UUID> subjectIds) {
        if (subjectIds.isEmpty()) {
            return Set.of();
        }
        List<UUID> found = getEntityManager()
                .createNativeQuery("""
                select subject_id from reviews where cycle_id = :cycle and subject_kind = :kind
                and subject_id = any(cast(:ids as uuid[])) and status <> :cancelled""", UUID.class)
                .setParameter("cycle", cycleId)
                .setParameter("kind", kind.name())
                .setParameter("ids", ManyIds.array(subjectIds))
                .setParameter("cancelled", ReviewStatus.CANCELLED.name())
                .getResultList();
        return new HashSet<>(found);
    }

    /** Every review of a subject, oldest first: cancelled ones and the ratings that replaced them. */
    public List<Review> ofSubject(UUID subjectId) {
        return list("subjectId = :s order by createdAt", Parameters.with("s", subjectId));
    }
}
