package vn.partybloc.training.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.partybloc.platform.security.Caller;
import vn.partybloc.platform.web.ProblemException;
import vn.partybloc.training.events.TrainingEvents;
import vn.partybloc.training.repository.EnrollmentRepository;
import vn.partybloc.training.repository.MemberReplicaRepository;
import vn.partybloc.training.repository.OrganizationReplicaRepository;

/** Enrolling members in courses: one by one, or in bulk by list, subtree or committee position. */
@ApplicationScoped
@Transactional
public class EnrollmentService {

    private final CourseService courses;
    private final EnrollmentRepository enrollments;
    private final MemberReplicaRepository members;
    private final OrganizationReplicaRepository organizations;
    private final OrganizationScope scope;
    private final TrainingEvents events;
    private final Caller caller;
    private final Clock clock;

    public EnrollmentService(
            CourseService courses,
            EnrollmentRepository enrollments,
            MemberReplicaRepository members,
            OrganizationReplicaRepository organizations,
            OrganizationScope scope,
            TrainingEvents events,
            Caller caller,
            Clock clock) {
        this.courses = courses;
        this.enrollments = enrollments;
        this.members = members;
        this.organizations = organizations;
        this.scope = scope;
        this.events = events;
        this.caller = caller;
        this.clock = clock;
    }

    public record Enrolled(List<Enrollment> enrolled, int alreadyEnrolled) {}

    public Enrollment enrolOne(UUID courseId, UUID memberId) {
        Course course = courses.lockedForEnrollment(courseId);
        if (!enrollments.ofCourse(courseId, List.of(memberId)).isEmpty()) {
            throw ProblemException.rule(Rules.ALREADY_ENROLLED, "enrollment.already-enrolled");
        }
        return enrol(course, List.of(memberId)).get(0);
    }

    /** Enrols the selected members not enrolled yet; all or nothing when the capacity would be exceeded. */
    public Enrolled enrolMany(UUID courseId, MemberSelection selection) {
        Course course = courses.lockedForEnrollment(courseId);
        List<UUID> selected = select(selection);
        Map<UUID, Enrollment> existing = enrollments.ofCourse(courseId, selected);
        List<UUID> fresh =
                selected.stream().filter(id -> !existing.containsKey(id)).toList();
        return new Enrolled(enrol(course, fresh), existing.size());
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
                    "enrollment.members-refused",
                    refused.size(),
                    refused.stream().limit(10).map(UUID::toString).collect(Collectors.joining(", ")));
        }
        long taken = enrollments.countOfCourse(course.id);
        if (taken + memberIds.size() > course.capacity) {
            throw ProblemException.rule(
                    Rules.CAPACITY, "enrollment.capacity", course.capacity, taken, memberIds.size());
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
}
