package vn.partybloc.training.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.partybloc.platform.web.ProblemException;
import vn.partybloc.training.repository.EnrollmentRepository;
import vn.partybloc.training.repository.MemberReplicaRepository;
import vn.partybloc.training.repository.OrganizationReplicaRepository;

/** Reading the enrollments of a course as the caller manages them: a secretary those of members of their subtree. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EnrollmentQueries {

    private final CourseService courses;
    private final EnrollmentRepository enrollments;
    private final MemberReplicaRepository members;
    private final OrganizationReplicaRepository organizations;
    private final OrganizationScope scope;

    public EnrollmentQueries(
            CourseService courses,
            EnrollmentRepository enrollments,
            MemberReplicaRepository members,
            OrganizationReplicaRepository organizations,
            OrganizationScope scope) {
        this.courses = courses;
        this.enrollments = enrollments;
        this.members = members;
        this.organizations = organizations;
        this.scope = scope;
    }

    public List<Enrollment> ofCourse(UUID courseId, int offset, int limit) {
        courses.get(courseId);
        return enrollments.ofCourse(courseId, scope.scopePath().orElse(null), offset, limit);
    }

    public long countOfCourse(UUID courseId) {
        return enrollments.countOfCourse(courseId, scope.scopePath().orElse(null));
    }

    /** 404 unless the enrollment belongs to the course and, for a secretary, to a member of their subtree. */
    public Enrollment get(UUID courseId, UUID enrollmentId) {
        Enrollment e = enrollments
                .findByIdOptional(enrollmentId)
                .filter(found -> found.courseId.equals(courseId))
                .orElseThrow(() -> ProblemException.notFound("enrollment", enrollmentId));
        if (!scope.inScope(e.organizationId)) {
            throw ProblemException.notFound("enrollment", enrollmentId);
        }
        return e;
    }

    public Map<UUID, Integer> sessionsAttended(List<Enrollment> of) {
        return enrollments.sessionsAttended(of.stream().map(e -> e.id).toList());
    }

    public Map<UUID, String> names(List<UUID> memberIds) {
        return members.byIds(memberIds).stream().collect(Collectors.toMap(m -> m.id, m -> m.fullName));
    }

    /** Every enrollment of the course that the caller manages. */
    List<Enrollment> allManaged(UUID courseId) {
        return enrollments.ofCourse(courseId, scope.scopePath().orElse(null), 0, Integer.MAX_VALUE);
    }

    /** The enrollments of these members that the caller manages; any other member is refused (nothing is written). */
    Map<UUID, Enrollment> managed(UUID courseId, List<UUID> memberIds) {
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
                    "enrollment.not-enrolled",
                    refused.size(),
                    refused.stream().limit(10).map(UUID::toString).collect(Collectors.joining(", ")));
        }
        return found;
    }
}
