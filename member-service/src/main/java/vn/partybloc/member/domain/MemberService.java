package vn.partybloc.member.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import vn.partybloc.member.events.MemberEvents;
import vn.partybloc.member.repository.CommitteeRepository;
import vn.partybloc.member.repository.MemberRepository;
import vn.partybloc.member.repository.MembershipChangeRepository;
import vn.partybloc.member.repository.PositionRepository;
import vn.partybloc.platform.security.Caller;
import vn.partybloc.platform.web.ETags;
import vn.partybloc.platform.web.ProblemException;

/** The member lifecycle: each change is recorded as a membership change and published, in one transaction. */
@ApplicationScoped
@Transactional
public class MemberService {

    /** The ways a member leaves the Bloc's register, with the status each leaves behind. */
    public static final Set<MembershipChangeKind> DEPARTURES = EnumSet.of(
            MembershipChangeKind.TRANSFERRED_OUT,
            MembershipChangeKind.DIED,
            MembershipChangeKind.STRUCK_OFF,
            MembershipChangeKind.EXPELLED);

    /** Who records the changes that follow an organization's own (the audit columns' actor). */
    static final String ORGANIZATION_SERVICE = "organization-service";

    /** Who records a departure or the end of a seat decided in evaluation-service (a screening, a discipline case). */
    static final String EVALUATION_SERVICE = "evaluation-service";

    private final MemberRepository members;
    private final MembershipChangeRepository history;
    private final PositionRepository positions;
    private final CommitteeRepository committees;
    private final OrganizationScope scope;
    private final MemberEvents events;
    private final QualificationMatcher qualifications;
    private final Caller caller;

    public MemberService(
            MemberRepository members,
            MembershipChangeRepository history,
            PositionRepository positions,
            CommitteeRepository committees,
            OrganizationScope scope,
            MemberEvents events,
            QualificationMatcher qualifications,
            Caller caller) {
        this.qualifications = qualifications;
        this.members = members;
        this.history = history;
        this.positions = positions;
        this.committees = committees;
        this.scope = scope;
        this.events = events;
        this.caller = caller;
    }

    public record Admitted(Member member, List<String> warnings) {}

    /** Admits a member (kết nạp) or receives one from outside the Bloc, as {@code entry} says. */
    public Admitted admit(NewMember spec, String decisionNumber, Entry entry) {
        if (!NationalIds.isWellFormed(spec.nationalId())) {
            throw ProblemException.rule(Rules.NATIONAL_ID, "member.national-id-digits");
        }
        if (members.existsByNationalId(spec.nationalId())) {
            // Only roles cleared to read national ids learn that this one is registered (no membership oracle).
            if (NationalIdReaders.includes(caller)) {
                throw ProblemException.conflict("member.national-id-taken");
            }
            throw ProblemException.conflict("member.cannot-register-here");
        }
        requireEntryAfterAdmission(spec, entry);
        OrganizationReplica cell = scope.activeCell(spec.organizationId());
        Member m = Member.admitted(spec, cell.id, caller.name(), Instant.now());
        qualifications.assign(List.of(m));
        members.persist(m);
        MembershipChange change = record(
                MembershipChange.of(m.id, entry.kind(), entry.on(), decisionNumber, null, cell.id, caller.name()),
                entry.origin());
        members.flush();
        events.member(entry.eventType(), m, change);
        return new Admitted(m, NationalIds.warnings(spec.nationalId(), spec.gender(), spec.dateOfBirth()));
    }

    /** A member is received after their admission elsewhere, never before it. */
    static void requireEntryAfterAdmission(NewMember spec, Entry entry) {
        if (entry.on().isBefore(spec.admittedOn())) {
            throw ProblemException.rule(Rules.MEMBER_ACTIVE, "member.before-admission", spec.admittedOn());
        }
    }

    public Member update(UUID id, String ifMatch, NewMember changes) {
        Member m = editable(id);
        ETags.checkIfMatch(ifMatch, m.version);
        m.apply(changes);
        qualifications.assign(List.of(m));
        m.touch(caller.name(), Instant.now());
        members.flush();
        events.member("MemberUpdated", m, null);
        return m;
    }

    /** Recognises a probationary member as a full member (công nhận đảng viên chính thức). */
    public Member recognise(UUID id, String ifMatch, LocalDate on, String decisionNumber) {
        Member m = editable(id);
        ETags.checkIfMatch(ifMatch, m.version);
        if (m.membershipKind == MembershipKind.FULL) {
            throw ProblemException.conflict("member.already-full", m.fullMemberSince);
        }
        requireAfterAdmission(m, on);
        m.membershipKind = MembershipKind.FULL;
        m.fullMemberSince = on;
        m.touch(caller.name(), Instant.now());
        MembershipChange change = record(
                MembershipChange.of(
                        m.id,
                        MembershipChangeKind.RECOGNISED_FULL,
                        on,
                        decisionNumber,
                        m.organizationId,
                        m.organizationId,
                        caller.name()),
                null);
        members.flush();
        events.member("MemberRecognisedFull", m, change);
        return m;
    }

    /** Moves a member to another cell of the Bloc (chuyển sinh hoạt nội bộ). */
    public Member move(UUID id, String ifMatch, UUID toOrganizationId, LocalDate on, String decisionNumber) {
        Member m = editable(id);
        ETags.checkIfMatch(ifMatch, m.version);
        OrganizationReplica target = scope.activeCell(toOrganizationId);
        if (target.id.equals(m.organizationId)) {
            throw ProblemException.conflict("member.already-in", target.code);
        }
        requireAfterAdmission(m, on);
        moveTo(m, target.id, on, decisionNumber, caller.name(), null);
        return m;
    }

    /** Exempts an active member from party activities (miễn sinh hoạt): they stay on the register and in their cell. */
    public Member exempt(UUID id, String ifMatch, LocalDate on, String decisionNumber, String note) {
        Member m = editable(id);
        ETags.checkIfMatch(ifMatch, m.version);
        if (m.status == MemberStatus.EXEMPT) {
            throw ProblemException.conflict("member.already-exempt");
        }
        requireAfterAdmission(m, on);
        m.status = MemberStatus.EXEMPT;
        m.touch(caller.name(), Instant.now());
        MembershipChange change = record(
                MembershipChange.of(
                        m.id,
                        MembershipChangeKind.EXEMPTED,
                        on,
                        decisionNumber,
                        m.organizationId,
                        m.organizationId,
                        caller.name()),
                note);
        members.flush();
        events.member("MemberExempted", m, change);
        return m;
    }

    /** Transfer out, death, striking off or expulsion: the member leaves the register and their positions end. */
    public Member depart(
            UUID id, String ifMatch, MembershipChangeKind kind, LocalDate on, String decisionNumber, String note) {
        if (!DEPARTURES.contains(kind)) {
            throw ProblemException.invalid("kind", "member.departure-kinds", DEPARTURES.toString());
        }
        Member m = editable(id);
        ETags.checkIfMatch(ifMatch, m.version);
        requireAfterAdmission(m, on);
        leave(m, kind, on, decisionNumber, note, caller.name());
        return m;
    }

    /**
     * Every member still on the register in the subtree of an organization that left the Bloc leaves with it, by the
     * same decision and on the same day; idempotent, since a member who has left is no longer on the register.
     */
    public int leaveWithOrganization(
            UUID changeId, String subtreePath, LocalDate on, String decisionNumber, String destination) {
        List<Member> leaving = members.onTheRegisterInSubtree(subtreePath);
        for (Member m : leaving) {
            MembershipChange change = MembershipChange.of(
                    m.id,
                    MembershipChangeKind.TRANSFERRED_OUT,
                    notBeforeAdmission(m, on),
                    decisionNumber,
                    m.organizationId,
                    null,
                    ORGANIZATION_SERVICE);
            change.organizationChangeId = changeId;
            leave(m, change, destination);
        }
        return leaving.size();
    }

    /**
     * An evaluation-service decision strikes the member off or expels them (a screening's {@code ScreeningDecided}, a
     * discipline case's {@code DisciplineDecided}): they leave the register on the decision's date, citing it and the
     * record that took it ({@code citing} names it on the history row), and their seats end. A member who has already
     * left, by this decision or another way, stays as they are: redelivered and late events change nothing.
     *
     * @return whether the member left by this decision
     */
    public boolean leaveByDecision(
            UUID memberId,
            MembershipChangeKind kind,
            LocalDate on,
            String decisionNumber,
            Consumer<MembershipChange> citing) {
        Member m = members.findByIdOptional(memberId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElse(null);
        if (m == null || !m.isActive()) {
            return false;
        }
        MembershipChange change = MembershipChange.of(
                m.id, kind, notBeforeAdmission(m, on), decisionNumber, m.organizationId, null, EVALUATION_SERVICE);
        citing.accept(change);
        leave(m, change, null);
        return true;
    }

    /**
     * A member of a cell that merged or split follows the decision into the cell that continues it (a MOVED change
     * naming the organization change); their seats on the old cell's committee end with it.
     */
    public void moveWithOrganization(Member m, UUID to, LocalDate on, String decisionNumber, UUID changeId) {
        moveTo(m, to, notBeforeAdmission(m, on), decisionNumber, ORGANIZATION_SERVICE, changeId);
    }

    /**
     * Records the move (naming the organization change that carried it, if any) and ends the member's seats on the
     * committee of the cell they leave: only that cell's members sit on it. Seats higher up stay.
     */
    private void moveTo(Member m, UUID to, LocalDate on, String decisionNumber, String actor, UUID changeId) {
        UUID from = m.organizationId;
        m.organizationId = to;
        m.touch(actor, Instant.now());
        MembershipChange change =
                MembershipChange.of(m.id, MembershipChangeKind.MOVED, on, decisionNumber, from, to, actor);
        change.organizationChangeId = changeId;
        record(change, null);
        for (Position p : positions.activeOfMember(m.id)) {
            if (committees.findById(p.committeeId).organizationId.equals(from)) {
                endSeat(p, on, EndReason.REASSIGNMENT, actor);
            }
        }
        members.flush();
        events.member("MemberMoved", m, change);
    }

    private static LocalDate notBeforeAdmission(Member m, LocalDate on) {
        return on.isBefore(m.admittedOn) ? m.admittedOn : on;
    }

    private void leave(
            Member m, MembershipChangeKind kind, LocalDate on, String decisionNumber, String note, String actor) {
        leave(m, MembershipChange.of(m.id, kind, on, decisionNumber, m.organizationId, null, actor), note);
    }

    private void leave(Member m, MembershipChange leaving, String note) {
        MembershipChangeKind kind = leaving.kind;
        LocalDate on = leaving.occurredOn;
        String actor = leaving.recordedBy;
        m.status = switch (kind) {
            case TRANSFERRED_OUT -> MemberStatus.TRANSFERRED_OUT;
            case DIED -> MemberStatus.DECEASED;
            case STRUCK_OFF -> MemberStatus.STRUCK_OFF;
            default -> MemberStatus.EXPELLED;
        };
        m.touch(actor, Instant.now());
        MembershipChange change = record(leaving, note);
        EndReason reason = switch (kind) {
            case DIED -> EndReason.DEATH;
            case TRANSFERRED_OUT -> EndReason.REASSIGNMENT;
            default -> EndReason.LEFT_THE_PARTY;
        };
        for (Position p : positions.activeOfMember(m.id)) {
            endSeat(p, on, reason, actor);
        }
        members.flush();
        events.member(
                switch (kind) {
                    case TRANSFERRED_OUT -> "MemberTransferredOut";
                    case DIED -> "MemberDied";
                    case STRUCK_OFF -> "MemberStruckOff";
                    default -> "MemberExpelled";
                },
                m,
                change);
    }

    private void endSeat(Position p, LocalDate on, EndReason reason, String actor) {
        p.endsOn = on.isBefore(p.startsOn) ? p.startsOn : on;
        p.endReason = reason;
        p.touch(actor, Instant.now());
        members.flush();
        events.positionEnded(p, committees.findById(p.committeeId));
    }

    private Member editable(UUID id) {
        Member m = members.findByIdOptional(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("member", id));
        scope.holding("member", id, m.organizationId);
        if (!m.isActive()) {
            throw ProblemException.rule(Rules.MEMBER_ACTIVE, "member.left", m.status);
        }
        return m;
    }

    private void requireAfterAdmission(Member m, LocalDate on) {
        if (on.isBefore(m.admittedOn)) {
            throw ProblemException.rule(Rules.MEMBER_ACTIVE, "member.before-admission", m.admittedOn);
        }
    }

    private MembershipChange record(MembershipChange change, String note) {
        change.note = note;
        history.persist(change);
        return change;
    }
}
