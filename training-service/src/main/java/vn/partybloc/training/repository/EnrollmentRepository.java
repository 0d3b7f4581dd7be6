package vn.partybloc.training.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.partybloc.platform.persistence.Counting;
import vn.partybloc.platform.persistence.ManyIds;
import vn.partybloc.platform.search.TextSearch;
import vn.partybloc.training.domain.CourseTopic;
import vn.partybloc.training.domain.Enrollment;

@ApplicationScoped
public class EnrollmentRepository implements PanacheRepositoryBase<Enrollment, UUID> {

    public long countOfCourse(UUID courseId) {
        return Counting.count(getEntityManager(), "from Enrollment where courseId = ?1", courseId);
    }

    /** Enrollments of the course, by member. */
    public Map<UUID, Enrollment> ofCourse(UUID courseId, Collection<UUID> memberIds) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        return list("courseId = ?1 and memberId in ?2", courseId, memberIds).stream()
                .collect(Collectors.toMap(e -> e.memberId, e -> e));
    }

    /** The course's enrollments, optionally only of members whose cell (when enrolled) is inside a subtree. */
    @SuppressWarnings("unchecked")
    public List<Enrollment> ofCourse(UUID courseId, String scopePath, int offset, int limit) {
        return getEntityManager()
                .createNativeQuery("""
                select e.* from enrollments e join organizations o on o.id = e.organization_id
                where e.course_id = :course and o.path like :scope order by e.created_at, e.id limit :limit offset :offset""", Enrollment.class)
                .setParameter("course", courseId)
                .setParameter("scope", scope(scopePath))
                .setParameter("limit", limit)
                .setParameter("offset", offset)
                .getResultList();
    }

    public long countOfCourse(UUID courseId, String scopePath) {
        return ((Number) getEntityManager()
                        .createNativeQuery("""
                select count(*) from enrollments e join organizations o on o.id = e.organization_id
                where e.course_id = :course and o.path like :scope""")
                        .setParameter("course", courseId)
                        .setParameter("scope", scope(scopePath))
                        .getSingleResult())
                .longValue();
    }

    /** The enrollments of these members, each member's oldest first. */
    public List<Enrollment> ofMembers(Collection<UUID> memberIds) {
        return list("memberId in ?1 order by memberId, createdAt", memberIds);
    }

    /**
     * The completions by these members of courses of these topics on or after {@code from}, each member's earliest
     * first (by completion date, then id).
     */
    @SuppressWarnings("unchecked")
    public List<Enrollment> completionsOf(Collection<UUID> memberIds, Collection<CourseTopic> topics, LocalDate from) {
        if (memberIds.isEmpty() || topics.isEmpty()) {
            return List.of();
        }
        return getEntityManager()
                .createNativeQuery("""
                select e.* from enrollments e join courses c on c.id = e.course_id
                where e.member_id = any(cast(?1 as uuid[])) and e.status = 'COMPLETED' and e.completed_on >= ?2
                and c.topic = any(cast(?3 as text[]))
                order by e.member_id, e.completed_on, e.id""", Enrollment.class)
                .setParameter(1, ManyIds.array(memberIds))
                .setParameter(2, from)
                .setParameter(3, topics.stream().map(Enum::name).toArray(String[]::new))
                .getResultList();
    }

    /** Records presence at one session for each enrollment; a session recorded again is replaced. */
    public void recordAttendance(Map<UUID, Boolean> presenceByEnrollment, LocalDate sessionOn, String by) {
        Timestamp now = Timestamp.from(Instant.now());
        presenceByEnrollment.forEach((enrollment, present) -> getEntityManager()
                .createNativeQuery("""
                insert into attendance (enrollment_id, session_on, present, recorded_at, recorded_by) values (?1, ?2, ?3, ?4, ?5)
                on conflict (enrollment_id, session_on) do update set present = excluded.present,
                    recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by""")
                .setParameter(1, enrollment)
                .setParameter(2, sessionOn)
                .setParameter(3, present)
                .setParameter(4, now)
                .setParameter(5, by)
                .executeUpdate());
    }

    /** Sessions attended, by enrollment. */
    @SuppressWarnings("unchecked")
    public Map<UUID, Integer> sessionsAttended(Collection<UUID> enrollmentIds) {
        if (enrollmentIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("""
                select enrollment_id, count(*) from attendance where present and enrollment_id in (:ids) group by enrollment_id""")
                .setParameter("ids", enrollmentIds)
                .getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (UUID) r[0], r -> ((Number) r[1]).intValue()));
    }

    private static String scope(String scopePath) {
        return scopePath == null ? "%" : TextSearch.escape(scopePath) + "%";
    }
}
