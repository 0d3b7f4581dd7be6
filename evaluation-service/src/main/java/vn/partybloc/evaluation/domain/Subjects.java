package vn.partybloc.evaluation.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.partybloc.evaluation.repository.CommitteeReplicaRepository;
import vn.partybloc.evaluation.repository.MemberReplicaRepository;
import vn.partybloc.evaluation.repository.OrganizationReplicaRepository;
import vn.partybloc.evaluation.repository.PositionReplicaRepository;
import vn.partybloc.platform.web.ProblemException;
import vn.partybloc.platform.web.ProblemMessage;

/**
 * Finds the unit a review subject belongs to, from the replicas: the organization itself, a committee's organization,
 * a member's cell, or the organization whose committee a committee member sat on during the cycle. A member or an
 * organization is rated for a cycle only if it was part of the Bloc during it: one that has left since is still rated
 * for the cycles it was there. A subject outside a secretary's subtree reads for them exactly like one that does not
 * exist: the 404 of a subject, before any rule could tell that it exists.
 */
@ApplicationScoped
public class Subjects {

    private final OrganizationReplicaRepository organizations;
    private final CommitteeReplicaRepository committees;
    private final MemberReplicaRepository members;
    private final PositionReplicaRepository positions;
    private final OrganizationScope scope;

    public Subjects(
            OrganizationReplicaRepository organizations,
            CommitteeReplicaRepository committees,
            MemberReplicaRepository members,
            PositionReplicaRepository positions,
            OrganizationScope scope) {
        this.organizations = organizations;
        this.committees = committees;
        this.members = members;
        this.positions = positions;
        this.scope = scope;
    }

    /**
     * The unit of the subject; 422 {@code REV-SUBJECT} when the replicas know no such subject, active or gone on a
     * known date, and {@code REV-SUBJECT-IN-PERIOD} when it joined the Bloc after the cycle or left it before; for a
     * secretary, 404 when no such subject is in their subtree.
     */
    public OrganizationReplica unitOf(SubjectKind kind, UUID subjectId, ReviewCycle cycle) {
        return unitOf(
                kind,
                subjectId,
                cycle,
                seatsOf(kind == SubjectKind.COMMITTEE_MEMBER ? Set.of(subjectId) : Set.of(), cycle));
    }

    /** As {@link #unitOf(SubjectKind, UUID, ReviewCycle)}, a committee member's seats taken from {@code seats}. */
    public OrganizationReplica unitOf(SubjectKind kind, UUID subjectId, ReviewCycle cycle, Seats seats) {
        return switch (kind) {
            case GRASSROOTS_ORGANIZATION, SUBORDINATE_ORGANIZATION, HOST_UNIT -> {
                OrganizationReplica org = organizations.findById(subjectId);
                if (org == null
                        || (!org.isActive() && org.endedOn == null)
                        || !kind.organizationTypes().contains(org.type)) {
                    throw unknown(
                            kind,
                            subjectId,
                            new ProblemMessage(
                                    "subject.expected-organization",
                                    kind.organizationTypes().stream()
                                            .map(t -> ProblemMessage.code("OrganizationType", t))
                                            .toList()));
                }
                requireVisible(subjectId, org);
                requirePresent(kind, subjectId, org.presenceDuring(cycle.startsOn, cycle.endsOn), cycle);
                yield org;
            }
            case COLLECTIVE_COMMITTEE -> {
                CommitteeReplica committee = committees.findById(subjectId);
                if (committee == null) {
                    throw unknown(kind, subjectId, new ProblemMessage("subject.expected-committee"));
                }
                OrganizationReplica org = activeOrganization(kind, subjectId, committee.organizationId);
                requireVisible(subjectId, org);
                requirePresent(kind, subjectId, org.presenceDuring(cycle.startsOn, cycle.endsOn), cycle);
                yield org;
            }
            case MEMBER -> {
                MemberReplica member = members.findById(subjectId);
                if (member == null || (!member.isActive() && member.leftOn == null)) {
                    throw unknown(kind, subjectId, new ProblemMessage("subject.expected-member"));
                }
                OrganizationReplica cell = activeOrganization(kind, subjectId, member.organizationId);
                requireVisible(subjectId, cell);
                requirePresent(kind, subjectId, member.presenceDuring(cycle.startsOn, cycle.endsOn), cycle);
                yield cell;
            }
            case COMMITTEE_MEMBER -> seatedUnit(kind, subjectId, cycle, seats);
        };
    }

    /** The seats these committee members held during the cycle, read in one statement. */
    public Seats seatsOf(Collection<UUID> memberIds, ReviewCycle cycle) {
        return new Seats(positions.heldByEach(memberIds, cycle.startsOn, cycle.endsOn));
    }

    /** Committee members' seats during a cycle, earliest first, read once for as many ratings as name them. */
    public record Seats(Map<UUID, List<PositionReplica>> byMember) {

        List<PositionReplica> of(UUID memberId) {
            return byMember.getOrDefault(memberId, List.of());
        }

        /** The organizations of the seats, for reading them with the batch's other organizations. */
        public Set<UUID> organizationIds() {
            return byMember.values().stream()
                    .flatMap(List::stream)
                    .map(p -> p.organizationId)
                    .collect(Collectors.toSet());
        }
    }

    /**
     * The organization of the latest seat held during the cycle in an organization that was part of the Bloc during it:
     * a committee elected outside the Bloc before its organization was received does not make a committee member of
     * the Bloc's for the years before.
     */
    private OrganizationReplica seatedUnit(SubjectKind kind, UUID subjectId, ReviewCycle cycle, Seats seats) {
        List<PositionReplica> held = seats.of(subjectId).stream()
                .filter(p -> scope.scopePath().isEmpty() || visible(p.organizationId))
                .toList();
        if (held.isEmpty()) {
            throw unknown(kind, subjectId, new ProblemMessage("subject.expected-committee-member", cycle.year));
        }
        Period.Presence latest = null;
        for (int i = held.size() - 1; i >= 0; i--) {
            OrganizationReplica org = activeOrganization(kind, subjectId, held.get(i).organizationId);
            Period.Presence presence = org.presenceDuring(cycle.startsOn, cycle.endsOn);
            if (presence == Period.Presence.PRESENT) {
                return org;
            }
            latest = latest == null ? presence : latest;
        }
        throw notPresent(kind, subjectId, latest, cycle);
    }

    private OrganizationReplica activeOrganization(SubjectKind kind, UUID subjectId, UUID organizationId) {
        OrganizationReplica org = organizations.findById(organizationId);
        if (org == null) {
            throw unknown(kind, subjectId, new ProblemMessage("subject.expected-known-organization"));
        }
        return org;
    }

    private boolean visible(UUID organizationId) {
        OrganizationReplica org = organizations.findById(organizationId);
        return org != null && scope.inScope(org);
    }

    private void requireVisible(UUID subjectId, OrganizationReplica unit) {
        if (!scope.inScope(unit)) {
            throw ProblemException.notFound("subject", subjectId);
        }
    }

    private static void requirePresent(SubjectKind kind, UUID subjectId, Period.Presence presence, ReviewCycle cycle) {
        if (presence != Period.Presence.PRESENT) {
            throw notPresent(kind, subjectId, presence, cycle);
        }
    }

    private static ProblemException notPresent(
            SubjectKind kind, UUID subjectId, Period.Presence presence, ReviewCycle cycle) {
        if (presence == Period.Presence.NOT_YET) {
            return ProblemException.rule(
                    Rules.SUBJECT_IN_PERIOD, "subject.not-yet-in-cycle", subjectId, kind, cycle.year, cycle.endsOn);
        }
        return ProblemException.rule(
                Rules.SUBJECT_IN_PERIOD, "subject.gone-before-cycle", subjectId, kind, cycle.year, cycle.startsOn);
    }

    /** For a secretary, what is not there reads like what is not theirs to see. */
    private ProblemException unknown(SubjectKind kind, UUID id, ProblemMessage expected) {
        if (scope.scopePath().isPresent()) {
            return ProblemException.notFound("subject", id);
        }
        return ProblemException.rule(Rules.SUBJECT, "subject.unknown", id, kind, expected);
    }
}
