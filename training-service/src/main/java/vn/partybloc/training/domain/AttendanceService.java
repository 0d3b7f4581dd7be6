package vn.partybloc.training.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.partybloc.platform.security.Caller;
import vn.partybloc.platform.web.ProblemException;
import vn.partybloc.training.repository.EnrollmentRepository;

/** Attendance at the sessions of a running course. */
@ApplicationScoped
@Transactional
public class AttendanceService {

    private final CourseService courses;
    private final EnrollmentQueries queries;
    private final EnrollmentRepository enrollments;
    private final Caller caller;

    public AttendanceService(
            CourseService courses, EnrollmentQueries queries, EnrollmentRepository enrollments, Caller caller) {
        this.courses = courses;
        this.queries = queries;
        this.enrollments = enrollments;
        this.caller = caller;
    }

    public record Session(int present, int absent) {}

    /** Records who was present at one session; every other enrollment the caller manages is recorded absent. */
    public Session recordSession(UUID courseId, LocalDate sessionOn, List<UUID> presentMemberIds) {
        Course course = courses.lockedRunning(courseId);
        if (sessionOn.isBefore(course.startsOn) || sessionOn.isAfter(course.endsOn)) {
            throw ProblemException.rule(Rules.DATES, "attendance.session-dates", course.startsOn, course.endsOn);
        }
        Map<UUID, Enrollment> listed = queries.managed(courseId, presentMemberIds);
        Map<UUID, Boolean> presence = new LinkedHashMap<>();
        queries.allManaged(courseId).forEach(e -> presence.put(e.id, false));
        listed.values().forEach(e -> presence.put(e.id, true));
        enrollments.recordAttendance(presence, sessionOn, caller.name());
        return new Session(listed.size(), presence.size() - listed.size());
    }
}
