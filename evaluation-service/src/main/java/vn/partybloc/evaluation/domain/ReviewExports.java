package vn.partybloc.evaluation.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import vn.partybloc.evaluation.repository.ReviewRepository;
import vn.partybloc.platform.exports.ExportJob;
import vn.partybloc.platform.exports.Exports;

/**
 * Exports of the ratings (xếp loại) in force on a day, for an HR system's first sync of who was rated how in which
 * year; the decisions, publications and re-ratings after it follow in the evaluations' changes feed.
 */
@ApplicationScoped
public class ReviewExports {

    public static final String FAMILY = "reviews";

    private final Exports exports;
    private final ReviewRepository reviews;
    private final OrganizationScope scope;
    private final Clock clock;

    public ReviewExports(Exports exports, ReviewRepository reviews, OrganizationScope scope, Clock clock) {
        this.exports = exports;
        this.reviews = reviews;
        this.scope = scope;
        this.clock = clock;
    }

    /**
     * Queues an export of the ratings in force at the end of {@code asOf} (today when null), of the
     * units in the subtree of {@code organizationId} (everything the caller may read when null), of the cycles of
     * {@code year} (all when null) and these subject kinds (all when empty), each written as {@code view} shows it.
     */
    public ExportJob start(
            UUID organizationId, LocalDate asOf, Integer year, Set<SubjectKind> kinds, Function<Review, Object> view) {
        String subtree = scope.subtreePath(organizationId);
        LocalDate day = asOf != null ? asOf : LocalDate.now(clock);
        return exports.submit(
                FAMILY,
                organizationId,
                asOf,
                sink -> reviews.eachRating(subtree, day, year, kinds, review -> sink.accept(view.apply(review))));
    }

    /** The caller's exports (an admin's: everyone's), of the subtree of {@code organizationId} if named. */
    public List<ExportJob> list(UUID organizationId) {
        if (organizationId != null) {
            scope.visible(organizationId);
        }
        return exports.list(FAMILY, organizationId);
    }
}
