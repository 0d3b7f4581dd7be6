package vn.partybloc.member.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.partybloc.member.events.MemberEvents;
import vn.partybloc.member.repository.CommitteeRepository;
import vn.partybloc.member.repository.MemberRepository;
import vn.partybloc.member.repository.OrganizationReplicaRepository;
import vn.partybloc.member.repository.PositionRepository;
import vn.partybloc.member.repository.ResponsibilityRepository;
import vn.partybloc.platform.security.Caller;
import vn.partybloc.platform.web.ETags;
import vn.partybloc.platform.web.ProblemException;
import vn.partybloc.platform.web.ProblemMessage;

/** Committees per organization and term, and the positions members hold on them, under domain rules 4–7. */
@ApplicationScoped
@Transactional
public class CommitteeService {

    static final Set<PositionKind> INSPECTION_POSITIONS =
            EnumSet.of(PositionKind.CHAIR, PositionKind.VICE_CHAIR, PositionKind.MEMBER);
    static final Set<PositionKind> LEADERSHIP_POSITIONS =
            EnumSet.of(PositionKind.SECRETARY, PositionKind.DEPUTY_SECRETARY, PositionKind.MEMBER);

    private final CommitteeRepository committees;
    private final PositionRepository positions;
    private final ResponsibilityRepository responsibilities;
    private final MemberRepository members;
    private final OrganizationReplicaRepository organizations;
    private final OrganizationScope scope;
    private final MemberEvents events;
    private final Caller caller;
    private final CommitteeSizes sizes;

    public CommitteeService(
            CommitteeRepository committees,
            PositionRepository positions,
            ResponsibilityRepository responsibilities,
            MemberRepository members,
            OrganizationReplicaRepository organizations,
            OrganizationScope scope,
            MemberEvents events,
            Caller caller,
            CommitteeSizes sizes) {
        this.committees = committees;
        this.positions = positions;
        this.responsibilities = responsibilities;
        this.members = members;
        this.organizations = organizations;
        this.scope = scope;
        this.events = events;
        this.caller = caller;
        this.sizes = sizes;
    }

    public Committee form(UUID organizationId, CommitteeKind kind, int startYear, int endYear) {
        OrganizationReplica org = scope.visible(organizationId);
        requireFormable(org, kind);
        if (committees.find(organizationId, kind, startYear).isPresent()) {
            throw ProblemException.conflict("committee.exists", kind, startYear);
        }
        Committee c = Committee.formed(organizationId, kind, startYear, endYear, caller.name(), Instant.now());
        committees.persist(c);
        committees.flush();
        events.committee("CommitteeFormed", c);
        return c;
    }

    /** Domain rules 4–6: an active organization, and a kind of committee its type has. */
    static void requireFormable(OrganizationReplica org, CommitteeKind kind) {
        if (!org.isActive()) {
            throw ProblemException.rule(
                    Rules.COMMITTEE_KIND,
                    "organization.not-active",
                    org.code,
                    ProblemMessage.code("OrganizationStatus", org.status));
        }
        if (!allowedKinds(org.type).contains(kind)) {
            throw ProblemException.rule(
                    Rules.COMMITTEE_KIND,
                    "committee.kind-not-allowed",
                    ProblemMessage.code("OrganizationType", org.type),
                    kind,
                    allowedKinds(org.type));
        }
    }

    /** Domain rules 4–6: cells have a cell committee; inspection committees exist from grassroots-committee level up. */
    static Set<CommitteeKind> allowedKinds(String organizationType) {
        return switch (organizationType) {
            case "GRASSROOTS_CELL", "SUBORDINATE_CELL" -> EnumSet.of(CommitteeKind.CELL_COMMITTEE);
            case "SUB_COMMITTEE" -> EnumSet.of(CommitteeKind.EXECUTIVE_COMMITTEE);
            default ->
                EnumSet.of(
                        CommitteeKind.EXECUTIVE_COMMITTEE,
                        CommitteeKind.STANDING_COMMITTEE,
                        CommitteeKind.INSPECTION_COMMITTEE);
        };
    }

    public Position start(
            UUID committeeId,
            UUID memberId,
            PositionKind kind,
            Appointment appointment,
            String decisionNumber,
            LocalDate decisionDate,
            LocalDate startsOn) {
        Committee committee = lockedCommittee(committeeId);
        OrganizationReplica org = scope.holding("committee", committeeId, committee.organizationId);
        Member member =
                members.findByIdOptional(memberId).orElseThrow(() -> ProblemException.notFound("member", memberId));
        OrganizationReplica memberCell = scope.holding("member", memberId, member.organizationId);
        if (!member.isActive()
                || member.membershipKind != MembershipKind.FULL
                || member.fullMemberSince.isAfter(startsOn)) {
            throw ProblemException.rule(
                    Rules.FULL_MEMBER,
                    "position.full-member-only",
                    member.fullName,
                    member.membershipKind,
                    member.status,
                    startsOn);
        }
        if (!org.contains(memberCell)) {
            throw ProblemException.rule(
                    Rules.MEMBER_OF_ORGANIZATION, "position.not-member-of-organization", member.fullName, org.code);
        }
        Set<PositionKind> allowed =
                committee.kind == CommitteeKind.INSPECTION_COMMITTEE ? INSPECTION_POSITIONS : LEADERSHIP_POSITIONS;
        if (!allowed.contains(kind)) {
            throw ProblemException.rule(
                    Rules.POSITION_KIND, "position.kind-not-allowed", committee.kind, kind, allowed);
        }
        sizes.checkSeat(committee, kind, startsOn);
        if ((kind == PositionKind.SECRETARY || kind == PositionKind.CHAIR)
                && positions.overlapping(committeeId, kind, startsOn, null)) {
            throw ProblemException.rule(Rules.ONE_SECRETARY, "position.one-secretary", kind, startsOn);
        }
        if (positions.seatedFrom(committeeId, memberId, startsOn)) {
            throw ProblemException.rule(Rules.ONE_SEAT, "position.one-seat", member.fullName, startsOn);
        }
        if (committee.kind == CommitteeKind.STANDING_COMMITTEE) {
            boolean onExecutive = committees
                    .find(committee.organizationId, CommitteeKind.EXECUTIVE_COMMITTEE, committee.termStartYear)
                    .map(executive -> positions.holdsAnyOn(executive.id, memberId, startsOn))
                    .orElse(false);
            if (!onExecutive) {
                throw ProblemException.rule(Rules.STANDING_ON_EXECUTIVE, "position.standing-on-executive");
            }
        }
        // Newly added (bổ sung cấp ủy), which opens a training obligation: re-elected members and second seats are not.
        boolean newToCommittee =
                !positions.heldOn(committee.organizationId, committee.kind.family(), memberId, startsOn);
        Position p = new Position();
        p.id = UUID.randomUUID();
        p.committeeId = committeeId;
        p.memberId = memberId;
        p.position = kind;
        p.appointment = appointment;
        p.decisionNumber = decisionNumber;
        p.decisionDate = decisionDate;
        p.startsOn = startsOn;
        p.created(caller.name(), Instant.now());
        positions.persist(p);
        positions.flush();
        events.positionStarted(p, committee, newToCommittee);
        return p;
    }

    public Position end(UUID positionId, String ifMatch, LocalDate endsOn, EndReason reason) {
        Position p = positions
                .findByIdOptional(positionId)
                .orElseThrow(() -> ProblemException.notFound("position", positionId));
        Committee committee = committee(p.committeeId);
        scope.holding("position", positionId, committee.organizationId);
        ETags.checkIfMatch(ifMatch, p.version);
        if (p.endsOn != null) {
            throw ProblemException.conflict("position.already-ended", p.endsOn);
        }
        if (endsOn.isBefore(p.startsOn)) {
            throw ProblemException.invalid("endsOn", "position.ends-before-start", p.startsOn);
        }
        p.endsOn = endsOn;
        p.endReason = reason;
        p.touch(caller.name(), Instant.now());
        positions.flush();
        events.positionEnded(p, committee);
        return p;
    }

    /**
     * A discipline decision removed the member from this post (evaluation-service's {@code DisciplineDecided}, form
     * {@code REMOVAL_FROM_POST}): it ends on the decision's date with reason {@code DISCIPLINE}. A post that has
     * already ended, or is not the member's, stays as it is: redelivered and late events change nothing.
     *
     * @return whether the post ended by this decision
     */
    public boolean endByDiscipline(UUID positionId, UUID memberId, LocalDate on, UUID disciplineCaseId) {
        Position p = positions
                .findByIdOptional(positionId, LockModeType.PESSIMISTIC_WRITE)
                .orElse(null);
        if (p == null || !p.memberId.equals(memberId) || p.endsOn != null) {
            return false;
        }
        p.endsOn = on.isBefore(p.startsOn) ? p.startsOn : on;
        p.endReason = EndReason.DISCIPLINE;
        p.disciplineCaseId = disciplineCaseId;
        p.touch(MemberService.EVALUATION_SERVICE, Instant.now());
        positions.flush();
        events.positionEnded(p, committee(p.committeeId));
        return true;
    }

    /** Assigns a field of work to a committee member, optionally with a cell of the committee's subtree to follow. */
    public Responsibility assign(UUID positionId, String field, UUID followedOrganizationId, boolean attendsMeetings) {
        Position p = positions
                .findByIdOptional(positionId)
                .orElseThrow(() -> ProblemException.notFound("position", positionId));
        Committee committee = committee(p.committeeId);
        OrganizationReplica org = scope.holding("position", positionId, committee.organizationId);
        Responsibility.requireHeld(p);
        if (followedOrganizationId != null) {
            Responsibility.requireFollowable(
                    org,
                    organizations
                            .findByIdOptional(followedOrganizationId)
                            .filter(scope::inScope)
                            .orElseThrow(() -> ProblemException.notFound("organization", followedOrganizationId)));
        }
        Responsibility r = Responsibility.of(
                positionId, field, followedOrganizationId, attendsMeetings, caller.name(), Instant.now());
        responsibilities.persist(r);
        // The responsibility is part of the position's published state: a new version of the position.
        p.touch(caller.name(), Instant.now());
        positions.flush();
        events.responsibilityAssigned(p, committee);
        return r;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Responsibility> responsibilitiesOf(UUID positionId) {
        positionOf(positionId);
        return responsibilities.ofPosition(positionId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Committee committeeOf(UUID committeeId) {
        Committee committee = committee(committeeId);
        scope.holding("committee", committeeId, committee.organizationId);
        return committee;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Position positionOf(UUID positionId) {
        Position p = positions
                .findByIdOptional(positionId)
                .orElseThrow(() -> ProblemException.notFound("position", positionId));
        scope.holding("position", positionId, committee(p.committeeId).organizationId);
        return p;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Responsibility responsibilityOf(UUID positionId, UUID responsibilityId) {
        positionOf(positionId);
        return responsibilities
                .findByIdOptional(responsibilityId)
                .filter(r -> r.positionId.equals(positionId))
                .orElseThrow(() -> ProblemException.notFound("responsibility", responsibilityId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Committee> ofOrganization(UUID organizationId) {
        scope.visible(organizationId);
        return committees.ofOrganization(organizationId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Position> positionsOf(UUID committeeId) {
        scope.holding("committee", committeeId, committee(committeeId).organizationId);
        return positions.ofCommittee(committeeId);
    }

    private Committee committee(UUID id) {
        return committees.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("committee", id));
    }

    /**
     * Seats of one committee are started one at a time: two racing inserts against the exclusion constraints can
     * deadlock each other (PostgreSQL then aborts one with a 409 "retry"), while under the lock the second request sees
     * the first's seat and gets the same 422 as it would have a moment later.
     */
    private Committee lockedCommittee(UUID id) {
        return committees
                .findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("committee", id));
    }
}
