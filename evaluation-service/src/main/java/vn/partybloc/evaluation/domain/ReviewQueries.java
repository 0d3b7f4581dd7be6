package vn.partybloc.evaluation.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import vn.partybloc.evaluation.repository.OrganizationReplicaRepository;
import vn.partybloc.evaluation.repository.ReviewActionRepository;
import vn.partybloc.evaluation.repository.ReviewRepository;
import vn.partybloc.platform.web.Page;
import vn.partybloc.platform.web.ProblemException;

/** Reads of reviews, always within the caller's scope. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReviewQueries {

    private final ReviewRepository reviews;
    private final ReviewActionRepository actions;
    private final OrganizationReplicaRepository organizations;
    private final OrganizationScope scope;
    private final EntityManager em;

    public ReviewQueries(
            ReviewRepository reviews,
            ReviewActionRepository actions,
            OrganizationReplicaRepository organizations,
            OrganizationScope scope,
            EntityManager em) {
        this.reviews = reviews;
        this.actions = actions;
        this.organizations = organizations;
        this.scope = scope;
        this.em = em;
    }

    public record Filter(
            UUID cycleId,
            UUID organizationId,
            SubjectKind subjectKind,
            UUID subjectId,
            ReviewStatus status,
            Level level) {}

    public Review get(UUID id) {
        Review r = reviews.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("review", id));
        OrganizationReplica unit = organizations.findById(r.organizationId);
        if (unit == null || !scope.inScope(unit)) {
            throw ProblemException.notFound("review", id);
        }
        return r;
    }

    public List<ReviewAction> trail(UUID id) {
        return actions.of(get(id).id);
    }

    /** Reviews in the subtree of {@code organizationId} (or the caller's whole scope), newest first. */
    public Page<Review> search(Filter f, int page, int size) {
        String path = scope.subtreePath(f.organizationId());
        StringBuilder where = new StringBuilder(
                " from Review r, OrganizationReplica o where o.id = r.organizationId and o.path like :path");
        if (f.cycleId() != null) {
            where.append(" and r.cycleId = :cycle");
        }
        if (f.subjectKind() != null) {
            where.append(" and r.subjectKind = :kind");
        }
        if (f.subjectId() != null) {
            where.append(" and r.subjectId = :subject");
        }
        if (f.status() != null) {
            where.append(" and r.status = :status");
        }
        if (f.level() != null) {
            where.append(" and r.level = :level");
        }
        TypedQuery<Review> items =
                bind(em.createQuery("select r" + where + " order by r.createdAt desc, r.id", Review.class), f, path);
        TypedQuery<Long> total = bind(em.createQuery("select count(r)" + where, Long.class), f, path);
        return new Page<>(
                items.setFirstResult(page * size).setMaxResults(size).getResultList(),
                page,
                size,
                total.getSingleResult());
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> q, Filter f, String path) {
        q.setParameter("path", path + "%");
        if (f.cycleId() != null) {
            q.setParameter("cycle", f.cycleId());
        }
        if (f.subjectKind() != null) {
            q.setParameter("kind", f.subjectKind());
        }
        if (f.subjectId() != null) {
            q.setParameter("subject", f.subjectId());
        }
        if (f.status() != null) {
            q.setParameter("status", f.status());
        }
        if (f.level() != null) {
            q.setParameter("level", f.level());
        }
        return q;
    }
}
