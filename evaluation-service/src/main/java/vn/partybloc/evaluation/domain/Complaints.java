package vn.partybloc.evaluation.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.partybloc.evaluation.repository.ComplaintRepository;
import vn.partybloc.evaluation.repository.MemberReplicaRepository;
import vn.partybloc.kernel.Roles;
import vn.partybloc.platform.security.Caller;
import vn.partybloc.platform.web.ETags;
import vn.partybloc.platform.web.ProblemException;
import vn.partybloc.platform.web.ProblemMessage;

/**
 * Complaints and denunciations (issue 20): received about a member or an organization, assigned to the inspection
 * committee of an organization at or above the subject's, acknowledged and resolved within the terms' times. A
 * secretary reads the complaints of their subtree but no denunciation; a denouncer's identity is read only by an
 * inspector of the committee it is assigned to. Nothing here is published: no event carries a complaint.
 */
@ApplicationScoped
@Transactional
public class Complaints {

    private final ComplaintRepository complaints;
    private final MemberReplicaRepository members;
    private final OrganizationScope scope;
    private final Caller caller;

    public Complaints(
            ComplaintRepository complaints, MemberReplicaRepository members, OrganizationScope scope, Caller caller) {
        this.complaints = complaints;
        this.members = members;
        this.scope = scope;
        this.caller = caller;
    }

    public record Intake(
            ComplaintKind kind,
            LocalDate receivedOn,
            ComplaintChannel channel,
            UUID subjectMemberId,
            UUID subjectOrganizationId,
            String content,
            String complainantName,
            String complainantContact,
            UUID assignedOrganizationId) {}

    public record Resolution(
            ComplaintOutcome outcome, String conclusion, String decisionNumber, LocalDate resolvedOn) {}

    public record Terms(Integer acknowledgeWithinDays, Integer resolveWithinDays, String source, String note) {}

    public Complaint receive(Intake in) {
        if ((in.subjectMemberId() == null) == (in.subjectOrganizationId() == null)) {
            throw ProblemException.invalid("subjectMemberId", "complaint.one-subject");
        }
        OrganizationReplica subject = scope.visible(subjectOrganization(in));
        OrganizationReplica assigned = scope.visible(in.assignedOrganizationId());
        if (!assigned.hasInspectionCommittee()) {
            throw ProblemException.rule(
                    Rules.COMPLAINT_ASSIGNEE,
                    "inspection.no-committee",
                    ProblemMessage.code("OrganizationType", assigned.type));
        }
        if (!assigned.contains(subject)) {
            throw ProblemException.rule(
                    Rules.COMPLAINT_ASSIGNEE, "complaint.assignee-not-above", assigned.code, subject.code);
        }
        Complaint c = new Complaint();
        c.id = UUID.randomUUID();
        c.kind = in.kind();
        c.receivedOn = in.receivedOn();
        c.channel = in.channel();
        c.subjectMemberId = in.subjectMemberId();
        c.subjectOrganizationId = in.subjectOrganizationId();
        c.organizationId = subject.id;
        c.content = in.content();
        c.complainantName = in.complainantName();
        c.complainantContact = in.complainantName() == null ? null : in.complainantContact();
        c.assignedOrganizationId = assigned.id;
        c.status = ComplaintStatus.RECEIVED;
        if (!isUnresolvable(c)) {
            ComplaintTerms terms = terms(c.kind);
            c.acknowledgeBy = terms.acknowledgeBy(c.receivedOn);
            c.resolveBy = terms.resolveBy(c.receivedOn);
        }
        c.created(caller.name(), Instant.now());
        complaints.persist(c);
        return c;
    }

    /** A member is known to the replica whether or not still on the register (QĐ 22-QĐ/TW, Điều 19). */
    private UUID subjectOrganization(Intake in) {
        if (in.subjectOrganizationId() != null) {
            return in.subjectOrganizationId();
        }
        MemberReplica member = members.findById(in.subjectMemberId());
        if (member == null) {
            throw ProblemException.rule(Rules.COMPLAINT_SUBJECT, "complaint.member-unknown", in.subjectMemberId());
        }
        return member.organizationId;
    }

    /** QĐ 22-QĐ/TW, Điều 20: an anonymous denunciation is not resolved; it is recorded and not accepted. */
    private static boolean isUnresolvable(Complaint c) {
        return c.kind == ComplaintKind.DENUNCIATION && c.isAnonymous();
    }

    public Complaint acknowledge(UUID id, String ifMatch, LocalDate acknowledgedOn) {
        Complaint c = locked(id, ifMatch);
        if (c.status != ComplaintStatus.RECEIVED) {
            throw ProblemException.rule(Rules.COMPLAINT_FLOW, "complaint.not-received", c.status);
        }
        if (acknowledgedOn.isBefore(c.receivedOn)) {
            throw ProblemException.rule(Rules.COMPLAINT_FLOW, "complaint.before-received", c.receivedOn);
        }
        if (isUnresolvable(c)) {
            throw ProblemException.rule(Rules.COMPLAINT_ANONYMOUS, "complaint.anonymous");
        }
        c.status = ComplaintStatus.ACKNOWLEDGED;
        c.acknowledgedOn = acknowledgedOn;
        c.touch(caller.name(), Instant.now());
        complaints.flush();
        return c;
    }

    public Complaint resolve(UUID id, String ifMatch, Resolution r) {
        Complaint c = locked(id, ifMatch);
        if (c.status == ComplaintStatus.RESOLVED) {
            throw ProblemException.rule(Rules.COMPLAINT_FLOW, "complaint.resolved", c.outcome);
        }
        LocalDate since = c.acknowledgedOn == null ? c.receivedOn : c.acknowledgedOn;
        if (r.resolvedOn().isBefore(since)) {
            throw ProblemException.rule(Rules.COMPLAINT_FLOW, "complaint.before-received", since);
        }
        if (r.outcome() != ComplaintOutcome.NOT_ACCEPTED) {
            if (isUnresolvable(c)) {
                throw ProblemException.rule(Rules.COMPLAINT_ANONYMOUS, "complaint.anonymous");
            }
            if (c.status == ComplaintStatus.RECEIVED) {
                throw ProblemException.rule(Rules.COMPLAINT_FLOW, "complaint.not-acknowledged", r.outcome());
            }
        }
        c.status = ComplaintStatus.RESOLVED;
        c.outcome = r.outcome();
        c.conclusion = r.conclusion();
        c.decisionNumber = r.decisionNumber();
        c.resolvedOn = r.resolvedOn();
        c.touch(caller.name(), Instant.now());
        complaints.flush();
        return c;
    }

    private Complaint locked(UUID id, String ifMatch) {
        Complaint c = complaints
                .findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("complaint", id));
        scope.holding("complaint", id, c.organizationId);
        ETags.checkIfMatch(ifMatch, c.version);
        return c;
    }

    /** The complaint if the caller may read it: a secretary reads no denunciation (404, as for an unknown id). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Complaint get(UUID id) {
        Complaint c = complaints.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("complaint", id));
        scope.holding("complaint", id, c.organizationId);
        if (c.kind == ComplaintKind.DENUNCIATION && scope.scopePath().isPresent()) {
            throw ProblemException.notFound("complaint", id);
        }
        return c;
    }

    /** The complaints about the subtree the caller may read, of {@code kind} if given, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Complaint> of(UUID organizationId, ComplaintKind kind) {
        OrganizationReplica root = scope.visible(organizationId);
        if (scope.scopePath().isPresent()) {
            if (kind == ComplaintKind.DENUNCIATION) {
                return List.of();
            }
            return complaints.under(root.path, ComplaintKind.COMPLAINT);
        }
        return complaints.under(root.path, kind);
    }

    /** The subtree's complaints the caller may read that are overdue on {@code on}, the earliest due first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Complaint> overdue(UUID organizationId, LocalDate on) {
        return of(organizationId, null).stream()
                .filter(c -> c.isOverdueOn(on))
                .sorted(Comparator.comparing(
                                (Complaint c) -> c.resolveBy, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(c -> c.receivedOn))
                .toList();
    }

    /** Complaints and denunciations about a subtree in a period, by kind: for reports, which name no one. */
    public record Counted(
            Map<ComplaintKind, Long> received,
            Map<ComplaintKind, Long> resolved,
            Map<ComplaintKind, Long> overdueAtEnd) {}

    /**
     * Every complaint about the subtree, denunciations too, counted: received in [{@code from}, {@code to}], resolved
     * in it, and overdue at its end.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Counted counted(UUID organizationId, LocalDate from, LocalDate to) {
        List<Complaint> received = complaints.under(scope.visible(organizationId).path, null).stream()
                .filter(c -> !c.receivedOn.isAfter(to))
                .toList();
        return new Counted(
                Counts.by(
                        received.stream()
                                .filter(c -> Counts.within(c.receivedOn, from, to))
                                .toList(),
                        c -> c.kind,
                        ComplaintKind.class),
                Counts.by(
                        received.stream()
                                .filter(c -> Counts.within(c.resolvedOn, from, to))
                                .toList(),
                        c -> c.kind,
                        ComplaintKind.class),
                Counts.by(
                        received.stream()
                                .filter(c -> c.isOverdueOn(to.plusDays(1)))
                                .toList(),
                        c -> c.kind,
                        ComplaintKind.class));
    }

    /**
     * Whether the caller reads who complained: anyone who reads a complaint; for a denunciation only an inspector of
     * the inspection committee it is assigned to (claim {@code org_id} naming its organization).
     */
    public boolean mayReadComplainant(Complaint c) {
        return c.kind != ComplaintKind.DENUNCIATION
                || (caller.hasRole(Roles.INSPECTOR)
                        && caller.organizationClaim()
                                .filter(c.assignedOrganizationId::equals)
                                .isPresent());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ComplaintTerms> terms() {
        return complaints.terms();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ComplaintTerms terms(ComplaintKind kind) {
        return complaints.terms(kind).orElseThrow(() -> ProblemException.notFound("complaint-terms", kind));
    }

    /** New times apply to complaints received from now on; those received keep the deadlines they were given. */
    public ComplaintTerms setTerms(ComplaintKind kind, String ifMatch, Terms t) {
        ComplaintTerms terms = terms(kind);
        ETags.checkIfMatch(ifMatch, terms.version);
        terms.acknowledgeWithinDays = t.acknowledgeWithinDays();
        terms.resolveWithinDays = t.resolveWithinDays();
        terms.source = t.source();
        terms.note = t.note();
        terms.touch(caller.name(), Instant.now());
        complaints.flush();
        return terms;
    }
}
