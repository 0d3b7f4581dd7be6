package vn.partybloc.training.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.partybloc.platform.search.TextSearch;
import vn.partybloc.training.domain.Course;
import vn.partybloc.training.domain.CourseFilter;

@ApplicationScoped
public class CourseRepository implements PanacheRepositoryBase<Course, UUID> {

    /** The course, locked for the rest of the transaction: enrolments of one course queue up behind each other (capacity). */
    public Optional<Course> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    @SuppressWarnings("unchecked")
    public List<Course> search(CourseFilter filter, String orderBy, int offset, int limit) {
        Query query = getEntityManager()
                .createNativeQuery(
                        "select c.* from courses c join organizations o on o.id = c.organization_id where "
                                + where(filter) + " order by " + orderBy + ", c.id limit :limit offset :offset",
                        Course.class);
        bind(query, filter);
        return query.setParameter("limit", limit).setParameter("offset", offset).getResultList();
    }

    public long count(CourseFilter filter) {
        Query query = getEntityManager()
                .createNativeQuery(
                        "select count(*) from courses c join organizations o on o.id = c.organization_id where "
                                + where(filter));
        bind(query, filter);
        return ((Number) query.getSingleResult()).longValue();
    }

    private static String where(CourseFilter f) {
        StringBuilder sql = new StringBuilder("true");
        if (f.q() != null && !f.q().isBlank()) {
            sql.append(" and ").append(TextSearch.condition("c.title", ":q"));
        }
        if (f.topic() != null) {
            sql.append(" and c.topic = :topic");
        }
        if (f.status() != null) {
            sql.append(" and c.status = :status");
        }
        if (f.subtreePath() != null) {
            sql.append(" and o.path like :subtree");
        }
        if (f.from() != null) {
            sql.append(" and c.starts_on >= :from");
        }
        if (f.to() != null) {
            sql.append(" and c.starts_on <= :to");
        }
        return sql.toString();
    }

    private static void bind(Query query, CourseFilter f) {
        if (f.q() != null && !f.q().isBlank()) {
            query.setParameter("q", TextSearch.escape(f.q()));
        }
        if (f.topic() != null) {
            query.setParameter("topic", f.topic().name());
        }
        if (f.status() != null) {
            query.setParameter("status", f.status().name());
        }
        if (f.subtreePath() != null) {
            query.setParameter("subtree", TextSearch.escape(f.subtreePath()) + "%");
        }
        if (f.from() != null) {
            query.setParameter("from", f.from());
        }
        if (f.to() != null) {
            query.setParameter("to", f.to());
        }
    }
}
