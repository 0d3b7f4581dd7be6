package vn.partybloc.training.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.partybloc.platform.security.Caller;
import vn.partybloc.platform.web.ProblemException;
import vn.partybloc.training.events.TrainingEvents;
import vn.partybloc.training.repository.EnrollmentRepository;

/** How a course ended for its members, recorded for up to thousands at once, and the obligations that fulfils. */
@ApplicationScoped
@Transactional
public class CompletionService {

    private final CourseService courses;
    private final EnrollmentQueries queries;
    private final EnrollmentRepository enrollments;
    private final ObligationService obligations;
    private final TrainingEvents events;
    private final Caller caller;
    private final Clock clock;

    public CompletionService(
            CourseService courses,
            EnrollmentQueries queries,
            EnrollmentRepository enrollments,
            ObligationService obligations,
            TrainingEvents events,
            Caller caller,
            Clock clock) {
        this.courses = courses;
        this.queries = queries;
        this.enrollments = enrollments;
        this.obligations = obligations;
        this.events = events;
        this.caller = caller;
        this.clock = clock;
    }

    public record Completed(List<Enrollment> enrollments, int obligationsFulfilled) {}

    /**
     * Records how the course ended for each listed member in one transaction; a completion recorded again replaces the
     * earlier one. Completions of a matching topic fulfil the members' pending training obligations.
     */
    public Completed complete(UUID courseId, List<Completion> completions) {
        Course course = courses.lockedRunning(courseId);
        LocalDate today = LocalDate.now(clock);
        for (Completion c : completions) {
            LocalDate on = c.completedOn() == null ? course.endsOn : c.completedOn();
            if (on.isBefore(course.startsOn) || on.isAfter(today)) {
                throw ProblemException.rule(Rules.DATES, "completion.dates", course.startsOn, c.memberId(), on);
            }
        }
        List<UUID> memberIds = completions.stream().map(Completion::memberId).toList();
        obligations.lockMembers(memberIds);
        Map<UUID, Enrollment> enrolled = queries.managed(courseId, memberIds);
        Instant now = Instant.now();
        List<Enrollment> changed = new ArrayList<>();
        for (Completion c : completions) {
            Enrollment e = enrolled.get(c.memberId());
            e.result = c.result();
            e.status =
                    c.result() == CompletionResult.FAILED ? EnrollmentStatus.NOT_COMPLETED : EnrollmentStatus.COMPLETED;
            e.completedOn = c.completedOn() == null ? course.endsOn : c.completedOn();
            e.certificateNumber = c.certificateNumber();
            e.touch(caller.name(), now);
            changed.add(e);
        }
        enrollments.flush();
        List<Enrollment> passed = changed.stream()
                .filter(e -> e.status == EnrollmentStatus.COMPLETED)
                .toList();
        List<TrainingObligation> fulfilled = obligations.completed(course, passed);
        changed.forEach(e -> events.enrollment(TrainingEvents.ENROLLMENT_COMPLETED, e, course));
        fulfilled.forEach(o -> events.obligation(TrainingEvents.OBLIGATION_FULFILLED, o));
        return new Completed(changed, fulfilled.size());
    }
}
