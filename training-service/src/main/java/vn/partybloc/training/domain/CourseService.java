package vn.partybloc.training.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.partybloc.kernel.Roles;
import vn.partybloc.platform.security.Caller;
import vn.partybloc.platform.web.ETags;
import vn.partybloc.platform.web.ProblemException;
import vn.partybloc.platform.web.ProblemMessage;
import vn.partybloc.training.events.TrainingEvents;
import vn.partybloc.training.repository.CourseRepository;
import vn.partybloc.training.repository.EnrollmentRepository;

/** Scheduling courses and moving them through their statuses. */
@ApplicationScoped
@Transactional
public class CourseService {

    private static final Map<CourseStatus, Set<CourseStatus>> NEXT = Map.of(
            CourseStatus.PLANNED, EnumSet.of(CourseStatus.OPEN, CourseStatus.RUNNING, CourseStatus.CANCELLED),
            CourseStatus.OPEN, EnumSet.of(CourseStatus.RUNNING, CourseStatus.CANCELLED),
            CourseStatus.RUNNING, EnumSet.of(CourseStatus.FINISHED, CourseStatus.CANCELLED),
            CourseStatus.FINISHED, EnumSet.noneOf(CourseStatus.class),
            CourseStatus.CANCELLED, EnumSet.noneOf(CourseStatus.class));

    private final CourseRepository courses;
    private final EnrollmentRepository enrollments;
    private final OrganizationScope scope;
    private final TrainingEvents events;
    private final Caller caller;

    public CourseService(
            CourseRepository courses,
            EnrollmentRepository enrollments,
            OrganizationScope scope,
            TrainingEvents events,
            Caller caller) {
        this.courses = courses;
        this.enrollments = enrollments;
        this.scope = scope;
        this.events = events;
        this.caller = caller;
    }

    public Course schedule(CourseDetails details) {
        Course c = new Course();
        c.id = UUID.randomUUID();
        c.status = CourseStatus.PLANNED;
        apply(c, details);
        c.created(caller.name(), Instant.now());
        courses.persist(c);
        courses.flush();
        events.course(TrainingEvents.COURSE_SCHEDULED, c);
        return c;
    }

    public Course update(UUID id, String ifMatch, CourseDetails details) {
        Course c = writable(id, ifMatch);
        if (details.capacity() < enrollments.countOfCourse(id)) {
            throw ProblemException.rule(
                    Rules.CAPACITY,
                    "course.capacity-below-enrolled",
                    enrollments.countOfCourse(id),
                    details.capacity());
        }
        apply(c, details);
        c.touch(caller.name(), Instant.now());
        courses.flush();
        events.course(TrainingEvents.COURSE_UPDATED, c);
        return c;
    }

    public Course changeStatus(UUID id, String ifMatch, CourseStatus status) {
        Course c = writable(id, ifMatch);
        if (!NEXT.get(c.status).contains(status)) {
            throw ProblemException.rule(
                    Rules.COURSE_STATUS, "course.status-change", c.status, status, NEXT.get(c.status));
        }
        c.status = status;
        c.touch(caller.name(), Instant.now());
        courses.flush();
        events.course(TrainingEvents.COURSE_STATUS_CHANGED, c);
        return c;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Course get(UUID id) {
        return courses.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("course", id));
    }

    /**
     * The course, locked, if the caller may change it: a secretary only courses organized inside their subtree; nobody
     * a cancelled course; only an admin a finished one.
     */
    Course writable(UUID id, String ifMatch) {
        Course c = courses.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("course", id));
        ETags.checkIfMatch(ifMatch, c.version);
        if (!scope.inScope(c.organizationId)) {
            throw ProblemException.forbidden("course.outside-subtree");
        }
        checkOpenForChanges(c);
        return c;
    }

    /** The course, locked against concurrent enrolments (capacity), open for them: not cancelled, finished only for an admin. */
    Course lockedForEnrollment(UUID id) {
        Course c = courses.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("course", id));
        checkOpenForChanges(c);
        return c;
    }

    /** The course, locked, for attendance and completions: it has started (RUNNING), or has finished and the caller is an admin. */
    Course lockedRunning(UUID id) {
        Course c = lockedForEnrollment(id);
        if (c.status == CourseStatus.PLANNED || c.status == CourseStatus.OPEN) {
            throw ProblemException.rule(Rules.COURSE_STATUS, "course.not-running", c.status);
        }
        return c;
    }

    /** A cancelled course takes no change; a finished one only an admin's. */
    void checkOpenForChanges(Course c) {
        if (c.status == CourseStatus.CANCELLED) {
            throw ProblemException.rule(Rules.COURSE_STATUS, "course.cancelled");
        }
        if (c.status == CourseStatus.FINISHED && !caller.hasRole(Roles.ADMIN)) {
            throw ProblemException.rule(Rules.FINISHED_READ_ONLY, "course.finished");
        }
    }

    private void apply(Course c, CourseDetails d) {
        if (!d.organizationId().equals(c.organizationId)) {
            OrganizationReplica organizer = scope.visible(d.organizationId());
            if (!organizer.isActive()) {
                throw ProblemException.rule(
                        Rules.ORGANIZER,
                        "organization.not-active",
                        organizer.code,
                        ProblemMessage.code("OrganizationStatus", organizer.status));
            }
        }
        c.title = d.title();
        c.topic = d.topic();
        c.organizationId = d.organizationId();
        c.format = d.format();
        c.startsOn = d.startsOn();
        c.endsOn = d.endsOn();
        c.place = d.place();
        c.capacity = d.capacity();
    }
}
