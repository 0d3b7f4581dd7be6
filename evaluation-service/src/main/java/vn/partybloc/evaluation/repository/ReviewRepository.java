package vn.partybloc.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import vn.partybloc.evaluation.domain.Review;
import vn.partybloc.evaluation.domain.ReviewStatus;
import vn.partybloc.evaluation.domain.SubjectKind;
import vn.partybloc.platform.persistence.ManyIds;
import vn.partybloc.platform.persistence.Scroll;
import vn.partybloc.platform.search.TextSearch;

@ApplicationScoped
public class ReviewRepository implements PanacheRepositoryBase<Review, UUID> {

    /**
     * SQL: the review {@code r} was in force at the end of {@code :asOf}: decided by then and not yet replaced by a
     * re-rating decided by then. A rating re-rated later still was: as of a day before its replacement it counts.
     */
    public static final String IN_FORCE_AT_AS_OF = "r.decided_on <= :asOf and not exists (select 1 from reviews s"
            + " where s.replaces_review_id = r.id and s.decided_on <= :asOf)";

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

    /**
     * Each rating {@link #IN_FORCE_AT_AS_OF in force} at the end of {@code asOf} on the subtree whose path starts with
     * {@code subtreePath}, of the cycles of {@code year} (every year when null) and of these subject kinds (all when
     * empty); by cycle, subject kind and subject, a batch at a time.
     */
    public void eachRating(
            String subtreePath, LocalDate asOf, Integer year, Set<SubjectKind> kinds, Consumer<Review> each) {
        Query query = getEntityManager()
                .createNativeQuery(
                        "select r.* from reviews r join organizations o on o.id = r.organization_id"
                                + " join review_cycles c on c.id = r.cycle_id"
                                + " where o.path like :path and " + IN_FORCE_AT_AS_OF
                                + (year == null ? "" : " and c.year = :year")
                                + (kinds.isEmpty() ? "" : " and r.subject_kind in (:kinds)")
                                + " order by c.starts_on, c.id, r.subject_kind, r.subject_id",
                        Review.class)
                .setParameter("path", TextSearch.escape(subtreePath) + "%")
                .setParameter("asOf", asOf);
        if (year != null) {
            query.setParameter("year", year);
        }
        if (!kinds.isEmpty()) {
            query.setParameter("kinds", kinds.stream().map(Enum::name).toList());
        }
        Scroll.each(getEntityManager(), query, Review.class::cast, each);
    }
}
