package vn.partybloc.training.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.partybloc.platform.web.ProblemException;
import vn.partybloc.training.repository.ContestRepository;
import vn.partybloc.training.repository.CourseRepository;
import vn.partybloc.training.repository.EnrollmentRepository;
import vn.partybloc.training.repository.MemberReplicaRepository;
import vn.partybloc.training.repository.ObligationRepository;
import vn.partybloc.training.repository.OrganizationReplicaRepository;

/** A member's training record: courses taken, obligations, contests. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MemberRecordService {

    public record Record(
            MemberReplica member,
            List<Taken> courses,
            List<TrainingObligation> obligations,
            List<ContestParticipation> contests) {}

    public record Taken(Enrollment enrollment, Course course) {}

    private final MemberReplicaRepository members;
    private final OrganizationReplicaRepository organizations;
    private final EnrollmentRepository enrollments;
    private final CourseRepository courses;
    private final ObligationRepository obligations;
    private final ContestRepository contests;
    private final OrganizationScope scope;

    public MemberRecordService(
            MemberReplicaRepository members,
            OrganizationReplicaRepository organizations,
            EnrollmentRepository enrollments,
            CourseRepository courses,
            ObligationRepository obligations,
            ContestRepository contests,
            OrganizationScope scope) {
        this.members = members;
        this.organizations = organizations;
        this.enrollments = enrollments;
        this.courses = courses;
        this.obligations = obligations;
        this.contests = contests;
        this.scope = scope;
    }

    /** 404 for a member the replica does not know, or outside a secretary's subtree. */
    public Record of(UUID memberId) {
        MemberReplica m =
                members.findByIdOptional(memberId).orElseThrow(() -> ProblemException.notFound("member", memberId));
        boolean visible = organizations
                .findByIdOptional(m.organizationId)
                .map(scope::inScope)
                .orElse(scope.scopePath().isEmpty());
        if (!visible) {
            throw ProblemException.notFound("member", memberId);
        }
        return recordsOf(List.of(m)).get(0);
    }

    /** The records of these members, in their order, read in four queries however many they are. */
    public List<Record> recordsOf(List<MemberReplica> of) {
        List<UUID> ids = of.stream().map(m -> m.id).toList();
        Map<UUID, List<Enrollment>> taken =
                enrollments.ofMembers(ids).stream().collect(Collectors.groupingBy(e -> e.memberId));
        List<UUID> courseIds = taken.values().stream()
                .flatMap(List::stream)
                .map(e -> e.courseId)
                .distinct()
                .toList();
        Map<UUID, Course> byId = courseIds.isEmpty()
                ? Map.of()
                : courses.list("id in ?1", courseIds).stream()
                        .collect(Collectors.toMap(c -> c.id, Function.identity()));
        Map<UUID, List<TrainingObligation>> owed =
                obligations.ofMembers(ids).stream().collect(Collectors.groupingBy(o -> o.memberId));
        Map<UUID, List<ContestParticipation>> contested = contests.participationsOf(ids);
        return of.stream()
                .map(m -> new Record(
                        m,
                        taken.getOrDefault(m.id, List.of()).stream()
                                .map(e -> new Taken(e, byId.get(e.courseId)))
                                .sorted(Comparator.comparing(t -> t.course().startsOn))
                                .toList(),
                        owed.getOrDefault(m.id, List.of()),
                        contested.getOrDefault(m.id, List.of())))
                .toList();
    }
}
