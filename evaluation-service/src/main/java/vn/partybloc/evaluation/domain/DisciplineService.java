package vn.partybloc.evaluation.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partybloc.evaluation.events.EvaluationEvents;
import vn.partybloc.evaluation.repository.DisciplineAppealRepository;
import vn.partybloc.evaluation.repository.DisciplineCaseRepository;
import vn.partybloc.evaluation.repository.DisciplineCompetenceRepository;
import vn.partybloc.evaluation.repository.MemberReplicaRepository;
import vn.partybloc.evaluation.repository.PositionReplicaRepository;
import vn.partybloc.platform.security.Caller;
import vn.partybloc.platform.web.ETags;
import vn.partybloc.platform.web.Periods;
import vn.partybloc.platform.web.ProblemException;

/**
 * Discipline of party members (issue 20): a case is opened against a member on the register, handled by their cell or
 * a committee above it, and decided in a form the body may decide at its level ({@link DisciplineCompetence}, as
 * data). The decision is published; member-service carries an expulsion or a removal from post into the register.
 */
@ApplicationScoped
@Transactional
public class DisciplineService {

    private static final String NOUN = "discipline-case";

    private final DisciplineCaseRepository cases;
    private final DisciplineCases disciplineCases;
    private final DisciplineCompetenceRepository competences;
    private final DisciplineAppealRepository appeals;
    private final MemberReplicaRepository members;
    private final PositionReplicaRepository positions;
    private final OrganizationScope scope;
    private final Complaints complaints;
    private final EvaluationEvents events;
    private final OrganizationDisciplineService organizationCases;
    private final Caller caller;

    public DisciplineService(
            DisciplineCaseRepository cases,
            DisciplineCases disciplineCases,
            DisciplineCompetenceRepository competences,
            DisciplineAppealRepository appeals,
            MemberReplicaRepository members,
            PositionReplicaRepository positions,
            OrganizationScope scope,
            Complaints complaints,
            EvaluationEvents events,
            OrganizationDisciplineService organizationCases,
            Caller caller) {
        this.cases = cases;
        this.disciplineCases = disciplineCases;
        this.competences = competences;
        this.appeals = appeals;
        this.members = members;
        this.positions = positions;
        this.scope = scope;
        this.complaints = complaints;
        this.events = events;
        this.organizationCases = organizationCases;
        this.caller = caller;
    }

    public record Decision(
            DisciplineForm form, UUID positionId, String decisionNumber, LocalDate decidedOn, boolean selfRemedied) {}

    public DisciplineCase open(DisciplineCaseBase.Opening o) {
        OrganizationReplica body = scope.visible(o.bodyOrganizationId());
        MemberReplica member = members.findById(o.subjectId());
        if (member == null || !member.isOnRegister()) {
            throw ProblemException.rule(Rules.DISCIPLINE_SUBJECT, "discipline.member-not-on-register", o.subjectId());
        }
        OrganizationReplica cell = scope.visible(member.organizationId);
        boolean ownCell = body.id.equals(cell.id);
        if (o.bodyKind() == DisciplineBody.CELL ? !ownCell : ownCell || !body.contains(cell)) {
            throw ProblemException.rule(
                    Rules.DISCIPLINE_BODY, "discipline.body-not-over-member", o.bodyKind(), body.code, o.subjectId());
        }
        DisciplineCase c = new DisciplineCase();
        c.open(o, cell.id, body, caller.name());
        c.memberId = member.id;
        cases.persist(c);
        return c;
    }

    public DisciplineCase decide(UUID id, String ifMatch, Decision d) {
        DisciplineCase c = locked(id);
        ETags.checkIfMatch(ifMatch, c.version);
        c.checkDecidable(d.decidedOn());
        MemberReplica member = members.findById(c.memberId);
        if (member == null || !member.isOnRegister()) {
            throw ProblemException.rule(Rules.DISCIPLINE_SUBJECT, "discipline.member-not-on-register", c.memberId);
        }
        DisciplineCompetenceBase.requireCompetent(competences.all(), c, d.form());
        checkForm(c, d.form(), d.positionId(), d.decidedOn());
        c.status = DisciplineStatus.DECIDED;
        c.form = d.form();
        c.positionId = d.positionId();
        c.decisionNumber = d.decisionNumber();
        c.decidedOn = d.decidedOn();
        c.selfRemedied = d.selfRemedied();
        c.touch(caller.name(), Instant.now());
        cases.flush();
        events.disciplineDecided(c);
        return c;
    }

    /**
     * QĐ 69-QĐ/TW, Điều 7: a probationary member is only reprimanded or warned; a removal names a post held {@code on}
     * the day it takes effect. Also checks a form an appeal changes a decision to.
     */
    void checkForm(DisciplineCase c, DisciplineForm form, UUID positionId, LocalDate on) {
        MemberReplica member = members.findById(c.memberId);
        if ("PROBATIONARY".equals(member.membershipKind) && !DisciplineForm.FOR_PROBATIONARY.contains(form)) {
            throw ProblemException.rule(Rules.DISCIPLINE_FORM, "discipline.probationary-form", form);
        }
        if (form != DisciplineForm.REMOVAL_FROM_POST) {
            if (positionId != null) {
                throw ProblemException.invalid("positionId", "discipline.position-only-for-removal");
            }
            return;
        }
        if (positionId == null) {
            throw ProblemException.invalid("positionId", "discipline.position-required");
        }
        PositionReplica post = positions.findById(positionId);
        if (post == null || !post.memberId.equals(c.memberId) || !post.heldDuring(on, on)) {
            throw ProblemException.rule(Rules.DISCIPLINE_FORM, "discipline.position-not-held", positionId, on);
        }
    }

    /** The case, locked until the transaction ends: its decision and appeals change one at a time. */
    DisciplineCase locked(UUID id) {
        return disciplineCases.locked(DisciplineCase.class, NOUN, id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DisciplineCase get(UUID id) {
        return disciplineCases.get(DisciplineCase.class, NOUN, id);
    }

    /** The cases of members of the subtree, opened in {@code year} if given, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DisciplineCase> of(UUID organizationId, Integer year) {
        return disciplineCases.of(DisciplineCase.class, organizationId, year);
    }

    /**
     * The subtree's cases in [{@code from}, {@code to}], counted: opened, decided by the form in force, level and
     * category (an annulled decision is not counted), the appeals lodged and resolved in it by outcome, and the
     * complaints received, resolved and overdue at its end by kind, and the cases against organizations of the subtree
     * counted the same way.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DisciplineReport report(UUID organizationId, LocalDate from, LocalDate to) {
        Periods.requireOrdered(from, to);
        List<DisciplineCase> all = of(organizationId, null);
        List<DisciplineCase> decided =
                all.stream().filter(c -> c.decidedWithin(from, to)).toList();
        List<DisciplineAppeal> caseAppeals =
                appeals.ofCases(all.stream().map(c -> c.id).toList());
        Complaints.Counted complaintCounts = complaints.counted(organizationId, from, to);
        return new DisciplineReport(
                organizationId,
                from,
                to,
                all.stream().filter(c -> c.openedWithin(from, to)).count(),
                decided.size(),
                all.stream().filter(c -> c.openOn(to)).count(),
                Counts.by(decided, c -> c.form, DisciplineForm.class),
                Counts.by(decided, c -> c.bodyLevel, DisciplineLevel.class),
                Counts.by(decided, c -> c.category, DisciplineCategory.class),
                Counts.lodgedWithin(caseAppeals, from, to),
                Counts.resolvedWithin(caseAppeals, from, to),
                complaintCounts.received(),
                complaintCounts.resolved(),
                complaintCounts.overdueAtEnd(),
                organizationCases.counted(organizationId, from, to));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DisciplineCompetence> competences() {
        return competences.all();
    }
}
