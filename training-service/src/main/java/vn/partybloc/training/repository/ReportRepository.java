package vn.partybloc.training.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import vn.partybloc.platform.search.TextSearch;

/** The aggregate queries behind the reports; every figure is computed from dates, so {@code asOf} needs no history tables. */
@ApplicationScoped
public class ReportRepository {

    /** Courses that count for a subtree: organized in it, or with a member of it trained there. */
    private static final String COURSES = """
            select c.id, c.topic from courses c join organizations o on o.id = c.organization_id
            where c.status <> 'CANCELLED' and c.starts_on between :from and :to and c.starts_on <= :asOf
              and (o.path like :subtree or exists (
                select 1 from enrollments e join organizations eo on eo.id = e.organization_id
                where e.course_id = c.id and e.status = 'COMPLETED' and e.completed_on <= :asOf and eo.path like :subtree))""";

    /** Completed enrollments of the subtree's members (their cell when enrolled) in those courses. */
    private static final String TRAINED = """
            select e.member_id, sc.topic from enrollments e join (%s) sc on sc.id = e.course_id
            join organizations eo on eo.id = e.organization_id
            where e.status = 'COMPLETED' and e.completed_on <= :asOf and eo.path like :subtree""".formatted(COURSES);

    private final EntityManager em;

    public ReportRepository(EntityManager em) {
        this.em = em;
    }

    public record TopicRow(String topic, long courses, long attendees, long completions) {}

    @SuppressWarnings("unchecked")
    public List<TopicRow> topics(String subtreePath, LocalDate from, LocalDate to, LocalDate asOf) {
        List<Object[]> rows = em.createNativeQuery("""
                with scoped as (%s), trained as (%s)
                select t.topic,
                       (select count(*) from scoped s where s.topic = t.topic),
                       (select count(distinct member_id) from trained r where r.topic = t.topic),
                       (select count(*) from trained r where r.topic = t.topic)
                from (select distinct topic from scoped) t order by t.topic""".formatted(COURSES, TRAINED))
                .setParameter("subtree", subtree(subtreePath))
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("asOf", asOf)
                .getResultList();
        return rows.stream()
                .map(r -> new TopicRow((String) r[0], number(r[1]), number(r[2]), number(r[3])))
                .toList();
    }

    /** Distinct members trained across every topic. */
    public long distinctAttendees(String subtreePath, LocalDate from, LocalDate to, LocalDate asOf) {
        return number(em.createNativeQuery("select count(distinct member_id) from (" + TRAINED + ") t")
                .setParameter("subtree", subtree(subtreePath))
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("asOf", asOf)
                .getSingleResult());
    }

    public record ObligationRow(
            long total, long closed, long fulfilled, long fulfilledOnTime, long overdue, long open, long due) {}

    /** Obligations of positions started in [from, to] and by {@code asOf}, as they stood at the end of that day. */
    public ObligationRow obligations(String subtreePath, LocalDate from, LocalDate to, LocalDate asOf) {
        Object[] r = (Object[]) em.createNativeQuery("""
                with base as (
                    select t.due_on, coalesce(t.fulfilled_on <= :asOf, false) as fulfilled,
                           coalesce(t.fulfilled_on <= least(t.due_on, :asOf), false) as on_time,
                           coalesce(t.closed_on <= :asOf, false) and t.status = 'CLOSED' as closed
                    from training_obligations t join organizations o on o.id = t.organization_id
                    where o.path like :subtree and t.starts_on between :from and :to and t.starts_on <= :asOf)
                select count(*), count(*) filter (where closed), count(*) filter (where fulfilled),
                       count(*) filter (where on_time),
                       count(*) filter (where not fulfilled and not closed and due_on < :asOf),
                       count(*) filter (where not fulfilled and not closed and due_on >= :asOf),
                       count(*) filter (where not closed and due_on <= :asOf)
                from base""")
                .setParameter("subtree", subtree(subtreePath))
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("asOf", asOf)
                .getSingleResult();
        return new ObligationRow(
                number(r[0]), number(r[1]), number(r[2]), number(r[3]), number(r[4]), number(r[5]), number(r[6]));
    }

    private static String subtree(String path) {
        return TextSearch.escape(path) + "%";
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
