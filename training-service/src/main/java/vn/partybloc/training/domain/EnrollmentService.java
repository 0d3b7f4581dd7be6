package vn.partybloc.training.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.partybloc.platform.security.Caller;
import vn.partybloc.platform.web.ProblemException;
import vn.partybloc.training.events.TrainingEvents;
import vn.partybloc.training.repository.CourseRepository;
import vn.partybloc.training.repository.EnrollmentRepository;
import vn.partybloc.training.repository.MemberReplicaRepository;
import vn.partybloc.training.repository.ObligationRepository;
import vn.partybloc.training.repository.OrganizationReplicaRepository;

/** Enrolling members in courses (one by one or in bulk), their attendance and how the course ended for them. */
@ApplicationScoped
@Transactional
public class EnrollmentService {

    private final CourseService courses;
    private final CourseRepository courseRepository;
    private final EnrollmentRepository enrollments;
    private final MemberReplicaRepository members;
    private final OrganizationReplicaRepository organizations;
    private final ObligationRepository obligationRepository;
    private final ObligationService obligations;
    private final OrganizationScope scope;
    private final TrainingEvents events;
    private final Clock clock;
    private final Caller caller;

    public EnrollmentService(
            CourseService courses,
            CourseRepository courseRepository,
            EnrollmentRepository enrollments,
            MemberReplicaRepository members,
            OrganizationReplicaRepository organizations,
            ObligationRepository obligationRepository,
            ObligationService obligations,
            OrganizationScope scope,
            TrainingEvents events,
            Caller caller,
            Clock clock) {
        this.courses = courses;
        this.courseRepository = courseRepository;
        this.enrollments = enrollments;
        this.members = members;
        this.organizations = organizations;
        this.obligationRepository = obligationRepository;
        this.obligations = obligations;
        this.scope = scope;
        this.events = events;
        this.caller = caller;
        this.clock = clock;
    }

    public record Enrolled(List<Enrollment> enrolled, int alreadyEnrolled) {}

    public Enrollment enrolOne(UUID courseId, UUID memberId) {
        Course course = lockedForEnrollment(courseId);
        if (!enrollments.ofCourse(courseId, List.of(memberId)).isEmpty()) {
            throw ProblemException.rule(Rules.ALREADY_ENROLLED, "The member is already enrolled in this course");
        }
        return enrol(course, List.of(memberId)).get(0);
    }

    /** Enrols the selected members not enrolled yet; all or nothing when the capacity would be exceeded. */
    public Enrolled enrolMany(UUID courseId, MemberSelection selection) {
        Course course = lockedForEnrollment(courseId);
        List<UUID> selected = select(selection);
        Map<UUID, Enrollment> existing = enrollments.ofCourse(courseId, selected);
        List<UUID> fresh =
                selected.stream().filter(id -> !existing.containsKey(id)).toList();
        return new Enrolled(enrol(course, fresh), existing.size());
    }

    public record Session(int present, int absent) {}

    /** Records who was present at one session; every other enrollment the caller manages is recorded absent. */
    public Session recordSession(UUID courseId, LocalDate sessionOn, List<UUID> presentMemberIds) {
        Course course = lockedRunning(courseId);
        if (sessionOn.isBefore(course.startsOn) || sessionOn.isAfter(course.endsOn)) {
            throw ProblemException.rule(
                    Rules.DATES, "Sessions lie within the course's dates, " + course.startsOn + " to " + course.endsOn);
        }
        Map<UUID, Enrollment> listed = managedEnrollments(courseId, presentMemberIds);
        String scopePath = scope.scopePath().orElse(null);
        Map<UUID, Boolean> presence = new LinkedHashMap<>();
        enrollments.ofCourse(courseId, scopePath, 0, Integer.MAX_VALUE).forEach(e -> presence.put(e.id, false));
        listed.values().forEach(e -> presence.put(e.id, true));
        enrollments.recordAttendance(presence, sessionOn, caller.name());
        return new Session(listed.size(), presence.size() - listed.size());
    }

    public record Completed(List<Enrollment> enrollments, int obligationsFulfilled) {}

    /**
     * Records how the course ended for each listed member in one transaction; a completion recorded again replaces the
     * earlier one. Completions of a matching topic fulfil the members' pending training obligations.
     */
    public Completed complete(UUID courseId, List<Completion> completions) {
        Course course = lockedRunning(courseId);
        LocalDate today = LocalDate.now(clock);
        for (Completion c : completions) {
            LocalDate on = c.completedOn() == null ? course.endsOn : c.completedOn();
            if (on.isBefore(course.startsOn) || on.isAfter(today)) {
                throw ProblemException.rule(
                        Rules.DATES,
                        "A completion is dated from the course's start (" + course.startsOn + ") to today; "
                                + c.memberId() + " has " + on);
            }
        }
        List<UUID> memberIds = completions.stream().map(Completion::memberId).toList();
        obligationRepository.lockMembers(memberIds);
        Map<UUID, Enrollment> enrolled = managedEnrollments(courseId, memberIds);
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

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Enrollment> ofCourse(UUID courseId, int offset, int limit) {
        courses.get(courseId);
        return enrollments.ofCourse(courseId, scope.scopePath().orElse(null), offset, limit);
    }

    /** 404 unless the enrollment belongs to the course and, for a secretary, to a member of their subtree. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Enrollment get(UUID courseId, UUID enrollmentId) {
        Enrollment e = enrollments
                .findByIdOptional(enrollmentId)
                .filter(found -> found.courseId.equals(courseId))
                .orElseThrow(() -> ProblemException.notFound("Enrollment", enrollmentId));
        if (!scope.inScope(e.organizationId)) {
            throw ProblemException.notFound("Enrollment", enrollmentId);
        }
        return e;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long countOfCourse(UUID courseId) {
        return enrollments.countOfCourse(courseId, scope.scopePath().orElse(null));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, Integer> sessionsAttended(List<Enrollment> of) {
        return enrollments.sessionsAttended(of.stream().map(e -> e.id).toList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, String> names(List<UUID> memberIds) {
        return members.byIds(memberIds).stream().collect(Collectors.toMap(m -> m.id, m -> m.fullName));
    }

    private List<Enrollment> enrol(Course course, List<UUID> memberIds) {
        Map<UUID, MemberReplica> found =
                members.byIds(memberIds).stream().collect(Collectors.toMap(m -> m.id, Function.identity()));
        Map<UUID, OrganizationReplica> cells = new HashMap<>();
        List<UUID> refused = new ArrayList<>();
        for (UUID id : memberIds) {
            MemberReplica m = found.get(id);
            OrganizationReplica cell = m == null
                    ? null
                    : cells.computeIfAbsent(
                            m.organizationId,
                            org -> organizations.findByIdOptional(org).orElse(null));
            if (m == null || !m.isActive() || cell == null || !scope.inScope(cell)) {
                refused.add(id);
            }
        }
        if (!refused.isEmpty()) {
            throw ProblemException.rule(
                    Rules.MEMBER,
                    refused.size() + " member(s) are unknown, not active or outside your " + "subtree: "
                            + refused.stream().limit(10).map(UUID::toString).collect(Collectors.joining(", ")));
        }
        long taken = enrollments.countOfCourse(course.id);
        if (taken + memberIds.size() > course.capacity) {
            throw ProblemException.rule(
                    Rules.CAPACITY,
                    "The course holds " + course.capacity + "; it has " + taken + " enrollments and " + memberIds.size()
                            + " more were asked for. Nothing was enrolled.");
        }
        Instant now = Instant.now();
        List<Enrollment> created = new ArrayList<>();
        for (UUID id : memberIds) {
            Enrollment e = new Enrollment();
            e.id = UUID.randomUUID();
            e.courseId = course.id;
            e.memberId = id;
            e.organizationId = found.get(id).organizationId;
            e.status = EnrollmentStatus.ENROLLED;
            e.created(caller.name(), now);
            enrollments.persist(e);
            created.add(e);
        }
        enrollments.flush();
        created.forEach(e -> events.enrollment(TrainingEvents.MEMBER_ENROLLED, e, course));
        return created;
    }

    private List<UUID> select(MemberSelection selection) {
        if (selection.memberIds() != null) {
            return selection.memberIds().stream().distinct().toList();
        }
        String path = scope.visible(selection.organizationId()).path;
        List<MemberReplica> chosen = selection.byPosition()
                ? members.positionHoldersInSubtree(
                        path, selection.positions(), selection.committeeKinds(), LocalDate.now(clock))
                : members.activeInSubtree(path);
        return chosen.stream().map(m -> m.id).toList();
    }

    /** The enrollments of these members that the caller manages; any other member is refused (nothing is written). */
    private Map<UUID, Enrollment> managedEnrollments(UUID courseId, List<UUID> memberIds) {
        Map<UUID, Enrollment> found = enrollments.ofCourse(courseId, memberIds);
        Optional<String> scopePath = scope.scopePath();
        Map<UUID, OrganizationReplica> cells = new HashMap<>();
        List<UUID> refused = memberIds.stream()
                .filter(id -> {
                    Enrollment e = found.get(id);
                    if (e == null) {
                        return true;
                    }
                    OrganizationReplica cell = cells.computeIfAbsent(
                            e.organizationId,
                            org -> organizations.findByIdOptional(org).orElse(null));
                    return scopePath.isPresent() && (cell == null || !cell.path.startsWith(scopePath.get()));
                })
                .toList();
        if (!refused.isEmpty()) {
            throw ProblemException.rule(
                    Rules.ENROLLED,
                    refused.size() + " member(s) are not enrolled in this course (or not " + "in your subtree): "
                            + refused.stream().limit(10).map(UUID::toString).collect(Collectors.joining(", ")));
        }
        return found;
    }

    /** The course, locked against concurrent enrolments (capacity), open for them: not cancelled, finished only for an admin. */
    private Course lockedForEnrollment(UUID courseId) {
        Course course = courseRepository
                .findForUpdate(courseId)
                .orElseThrow(() -> ProblemException.notFound("Course", courseId));
        courses.checkOpenForChanges(course);
        return course;
    }

    /** Attendance and completions: the course has started (RUNNING), or has finished and the caller is an admin. */
    private Course lockedRunning(UUID courseId) {
        Course course = lockedForEnrollment(courseId);
        if (course.status == CourseStatus.PLANNED || course.status == CourseStatus.OPEN) {
            throw ProblemException.rule(
                    Rules.COURSE_STATUS,
                    "The course is " + course.status + "; attendance and completions "
                            + "are recorded once it is RUNNING");
        }
        return course;
    }
}
