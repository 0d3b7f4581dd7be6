package vn.partybloc.evaluation.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.partybloc.evaluation.repository.CommitteeReplicaRepository;
import vn.partybloc.evaluation.repository.MemberReplicaRepository;
import vn.partybloc.evaluation.repository.OrganizationReplicaRepository;
import vn.partybloc.evaluation.repository.PositionReplicaRepository;
import vn.partybloc.platform.web.ProblemException;
import vn.partybloc.platform.web.ProblemMessage;

/**
 * Finds the unit a review subject belongs to, from the replicas: the organization itself, a committee's organization,
 * a member's cell, or the organization whose committee a committee member sat on during the cycle.
 */
@ApplicationScoped
public class Subjects {

    private final OrganizationReplicaRepository organizations;
    private final CommitteeReplicaRepository committees;
    private final MemberReplicaRepository members;
    private final PositionReplicaRepository positions;

    public Subjects(
            OrganizationReplicaRepository organizations,
            CommitteeReplicaRepository committees,
            MemberReplicaRepository members,
            PositionReplicaRepository positions) {
        this.organizations = organizations;
        this.committees = committees;
        this.members = members;
        this.positions = positions;
    }

    /** The unit of the subject; 422 {@code REV-SUBJECT} when the replicas know no such active subject. */
    public OrganizationReplica unitOf(SubjectKind kind, UUID subjectId, ReviewCycle cycle) {
        return switch (kind) {
            case GRASSROOTS_ORGANIZATION, SUBORDINATE_ORGANIZATION, HOST_UNIT -> {
                OrganizationReplica org = organizations.findById(subjectId);
                if (org == null || !org.isActive() || !kind.organizationTypes().contains(org.type)) {
                    throw unknown(
                            kind,
                            subjectId,
                            new ProblemMessage(
                                    "subject.expected-organization",
                                    kind.organizationTypes().stream()
                                            .map(t -> ProblemMessage.code("OrganizationType", t))
                                            .toList()));
                }
                yield org;
            }
            case COLLECTIVE_COMMITTEE -> {
                CommitteeReplica committee = committees.findById(subjectId);
                if (committee == null) {
                    throw unknown(kind, subjectId, new ProblemMessage("subject.expected-committee"));
                }
                yield activeOrganization(kind, subjectId, committee.organizationId);
            }
            case MEMBER -> {
                MemberReplica member = members.findById(subjectId);
                if (member == null || !member.isActive()) {
                    throw unknown(kind, subjectId, new ProblemMessage("subject.expected-member"));
                }
                yield activeOrganization(kind, subjectId, member.organizationId);
            }
            case COMMITTEE_MEMBER -> {
                List<PositionReplica> held = positions.heldBy(subjectId, cycle.startsOn, cycle.endsOn);
                if (held.isEmpty()) {
                    throw unknown(kind, subjectId, new ProblemMessage("subject.expected-committee-member", cycle.year));
                }
                yield activeOrganization(kind, subjectId, held.get(held.size() - 1).organizationId);
            }
        };
    }

    private OrganizationReplica activeOrganization(SubjectKind kind, UUID subjectId, UUID organizationId) {
        OrganizationReplica org = organizations.findById(organizationId);
        if (org == null) {
            throw unknown(kind, subjectId, new ProblemMessage("subject.expected-known-organization"));
        }
        return org;
    }

    private static ProblemException unknown(SubjectKind kind, UUID id, ProblemMessage expected) {
        return ProblemException.rule(Rules.SUBJECT, "subject.unknown", id, kind, expected);
    }
}
