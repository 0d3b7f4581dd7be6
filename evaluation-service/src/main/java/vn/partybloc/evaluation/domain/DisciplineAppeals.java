package vn.partybloc.evaluation.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partybloc.evaluation.events.EvaluationEvents;
import vn.partybloc.evaluation.repository.DisciplineAppealRepository;
import vn.partybloc.platform.security.Caller;
import vn.partybloc.platform.web.ETags;
import vn.partybloc.platform.web.ProblemException;

/**
 * Appeals against discipline decisions (issue 20): the disciplined member appeals the decision in force within the
 * time the Statute sets ({@link DisciplineAppealTerms}), to one body at a time above the one that decided it (QĐ
 * 22-QĐ/TW, Điều 22 and 23). The outcome upholds, changes or annuls it; the case then shows the decision in force,
 * and the outcome is published for member-service to carry into the register.
 */
@ApplicationScoped
@Transactional
public class DisciplineAppeals {

    private final DisciplineService discipline;
    private final DisciplineAppealRepository appeals;
    private final OrganizationScope scope;
    private final EvaluationEvents events;
    private final Caller caller;

    public DisciplineAppeals(
            DisciplineService discipline,
            DisciplineAppealRepository appeals,
            OrganizationScope scope,
            EvaluationEvents events,
            Caller caller) {
        this.discipline = discipline;
        this.appeals = appeals;
        this.scope = scope;
        this.events = events;
        this.caller = caller;
    }

    public record Lodging(LocalDate receivedOn, LocalDate lodgedOn, DisciplineBody bodyKind, UUID bodyOrganizationId) {}

    public record Resolution(
            AppealOutcome outcome, DisciplineForm form, UUID positionId, String decisionNumber, LocalDate resolvedOn) {}

    public DisciplineAppeal lodge(UUID caseId, Lodging l) {
        DisciplineCase c = discipline.locked(caseId);
        if (c.status != DisciplineStatus.DECIDED) {
            throw ProblemException.rule(Rules.APPEAL_FLOW, "appeal.case-not-decided", c.status);
        }
        List<DisciplineAppeal> earlier = appeals.ofCase(caseId);
        if (earlier.stream().anyMatch(DisciplineAppeal::isPending)) {
            throw ProblemException.rule(Rules.APPEAL_FLOW, "appeal.pending");
        }
        DisciplineAppeal last = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
        LocalDate decidedOn = last == null ? c.decidedOn : last.resolvedOn;
        LocalDate receivedOn = l.receivedOn() == null ? decidedOn : l.receivedOn();
        if (receivedOn.isBefore(decidedOn)) {
            throw ProblemException.invalid("receivedOn", "appeal.received-before-decision", decidedOn);
        }
        if (l.lodgedOn().isBefore(receivedOn)) {
            throw ProblemException.invalid("lodgedOn", "appeal.lodged-before-received", receivedOn);
        }
        DisciplineAppealTerms terms = appeals.terms();
        if (l.lodgedOn().isAfter(terms.lastDayFor(receivedOn))) {
            throw ProblemException.rule(
                    Rules.APPEAL_DEADLINE,
                    "appeal.too-late",
                    terms.withinMonths,
                    receivedOn,
                    terms.lastDayFor(receivedOn),
                    terms.source);
        }
        OrganizationReplica body = l.bodyOrganizationId() == null ? null : scope.visible(l.bodyOrganizationId());
        if (last == null) {
            checkAbove(body, l.bodyKind(), c.bodyKind, c.bodyOrganizationId);
        } else {
            checkAbove(body, l.bodyKind(), last.bodyKind, last.bodyOrganizationId);
        }
        DisciplineAppeal a = new DisciplineAppeal();
        a.id = UUID.randomUUID();
        a.caseId = c.id;
        a.receivedOn = receivedOn;
        a.lodgedOn = l.lodgedOn();
        a.bodyKind = l.bodyKind();
        a.bodyOrganizationId = body == null ? null : body.id;
        a.bodyLevel = body == null ? DisciplineLevel.PROVINCE : DisciplineLevel.of(body);
        a.status = AppealStatus.PENDING;
        a.previousForm = c.form;
        a.created(caller.name(), Instant.now());
        appeals.persist(a);
        appeals.flush();
        return a;
    }

    /**
     * QĐ 22-QĐ/TW, Điều 22: a committee of an organization above the one whose body decided, or the standing committee
     * over its own inspection committee's decision; never a cell. A {@code body} of null is the province's, above the
     * Bloc: it resolves appeals against the Bloc's own decisions. Nothing here is above the province's.
     */
    private void checkAbove(OrganizationReplica body, DisciplineBody kind, DisciplineBody decidedBy, UUID decidedAt) {
        OrganizationReplica decider = decidedAt == null ? null : scope.visible(decidedAt);
        boolean above;
        boolean overOwnInspection = false;
        if (decider == null) {
            above = false;
        } else if (body == null) {
            above = decider.parentId == null;
        } else {
            above = !body.id.equals(decider.id) && body.contains(decider);
            overOwnInspection = body.id.equals(decider.id)
                    && kind == DisciplineBody.STANDING_COMMITTEE
                    && decidedBy == DisciplineBody.INSPECTION_COMMITTEE;
        }
        if (kind == DisciplineBody.CELL || !(above || overOwnInspection)) {
            throw ProblemException.rule(
                    Rules.APPEAL_BODY, "appeal.body-not-above", kind, nameOf(body), decidedBy, nameOf(decider));
        }
    }

    private static String nameOf(OrganizationReplica organization) {
        return organization == null ? DisciplineLevel.PROVINCE.name() : organization.code;
    }

    public DisciplineAppeal resolve(UUID caseId, UUID appealId, String ifMatch, Resolution r) {
        DisciplineCase c = discipline.locked(caseId);
        DisciplineAppeal a = appealOf(c, appealId);
        ETags.checkIfMatch(ifMatch, a.version);
        if (!a.isPending()) {
            throw ProblemException.rule(Rules.APPEAL_FLOW, "appeal.resolved", a.outcome);
        }
        if (r.resolvedOn().isBefore(a.lodgedOn)) {
            throw ProblemException.rule(Rules.APPEAL_FLOW, "appeal.resolved-before-lodged", a.lodgedOn);
        }
        if (r.outcome() == AppealOutcome.CHANGED) {
            if (r.form() == null) {
                throw ProblemException.invalid("form", "appeal.form-required");
            }
            if (r.form() == c.form) {
                throw ProblemException.rule(Rules.APPEAL_OUTCOME, "appeal.same-form", c.form);
            }
            discipline.checkForm(c, r.form(), r.positionId(), r.resolvedOn());
            c.form = r.form();
            c.positionId = r.positionId();
        } else if (r.form() != null || r.positionId() != null) {
            throw ProblemException.invalid(r.form() != null ? "form" : "positionId", "appeal.form-only-for-change");
        } else if (r.outcome() == AppealOutcome.ANNULLED) {
            c.status = DisciplineStatus.ANNULLED;
        }
        a.status = AppealStatus.RESOLVED;
        a.outcome = r.outcome();
        a.form = r.form();
        a.positionId = r.positionId();
        a.decisionNumber = r.decisionNumber();
        a.resolvedOn = r.resolvedOn();
        Instant now = Instant.now();
        a.touch(caller.name(), now);
        if (r.outcome() != AppealOutcome.UPHELD) {
            c.touch(caller.name(), now);
        }
        appeals.flush();
        events.disciplineAppealResolved(c, a);
        return a;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DisciplineAppeal> of(UUID caseId) {
        discipline.get(caseId);
        return appeals.ofCase(caseId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DisciplineAppeal get(UUID caseId, UUID appealId) {
        return appealOf(discipline.get(caseId), appealId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DisciplineAppealTerms terms() {
        return appeals.terms();
    }

    private DisciplineAppeal appealOf(DisciplineCase c, UUID appealId) {
        return appeals.findByIdOptional(appealId)
                .filter(a -> a.caseId.equals(c.id))
                .orElseThrow(() -> ProblemException.notFound("discipline-appeal", appealId));
    }
}
