package vn.partybloc.evaluation.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partybloc.evaluation.repository.DisciplineAppealRepository;
import vn.partybloc.platform.security.Caller;
import vn.partybloc.platform.web.ETags;
import vn.partybloc.platform.web.ProblemException;

/**
 * How an appeal against a discipline decision is lodged and resolved, whoever was disciplined: the Statute gives a
 * member and an organization the same month to appeal to the body above (Điều lệ Đảng, Điều 39 khoản 7), one body at a
 * time (QĐ 22-QĐ/TW, Điều 22 and 23).
 */
@ApplicationScoped
class AppealSteps {

    private final DisciplineAppealRepository appeals;
    private final OrganizationScope scope;
    private final Caller caller;

    AppealSteps(DisciplineAppealRepository appeals, OrganizationScope scope, Caller caller) {
        this.appeals = appeals;
        this.scope = scope;
        this.caller = caller;
    }

    /**
     * Records {@code a} as lodged against the decision in force on {@code c}, whose earlier appeals are {@code earlier}
     * (oldest first): the case is decided and none of them is pending, the appeal is in time and goes to a body above
     * the one that decided last.
     */
    <A extends DisciplineAppealBase> A lodge(
            DisciplineCaseBase c, List<A> earlier, DisciplineAppealBase.Lodging l, A a) {
        if (c.status != DisciplineStatus.DECIDED) {
            throw ProblemException.rule(Rules.APPEAL_FLOW, "appeal.case-not-decided", c.status);
        }
        if (earlier.stream().anyMatch(DisciplineAppealBase::isPending)) {
            throw ProblemException.rule(Rules.APPEAL_FLOW, "appeal.pending");
        }
        DisciplineAppealBase last = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
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
        a.id = UUID.randomUUID();
        a.caseId = c.id;
        a.receivedOn = receivedOn;
        a.lodgedOn = l.lodgedOn();
        a.bodyKind = l.bodyKind();
        a.bodyOrganizationId = body == null ? null : body.id;
        a.bodyLevel = body == null ? DisciplineLevel.PROVINCE : DisciplineLevel.of(body);
        a.status = AppealStatus.PENDING;
        a.created(caller.name(), Instant.now());
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

    /**
     * Refuses to resolve {@code a} twice, on a stale version or before it was lodged; and an outcome whose form does
     * not fit it: a change names a form other than the one in force, the other outcomes none.
     */
    void checkResolvable(
            DisciplineAppealBase a,
            String ifMatch,
            LocalDate resolvedOn,
            AppealOutcome outcome,
            Enum<?> form,
            Enum<?> inForce) {
        ETags.checkIfMatch(ifMatch, a.version);
        if (!a.isPending()) {
            throw ProblemException.rule(Rules.APPEAL_FLOW, "appeal.resolved", a.outcome);
        }
        if (resolvedOn.isBefore(a.lodgedOn)) {
            throw ProblemException.rule(Rules.APPEAL_FLOW, "appeal.resolved-before-lodged", a.lodgedOn);
        }
        if (outcome != AppealOutcome.CHANGED) {
            if (form != null) {
                throw ProblemException.invalid("form", "appeal.form-only-for-change");
            }
        } else if (form == null) {
            throw ProblemException.invalid("form", "appeal.form-required");
        } else if (form == inForce) {
            throw ProblemException.rule(Rules.APPEAL_OUTCOME, "appeal.same-form", inForce);
        }
    }

    /**
     * Records the outcome on {@code a}, and on {@code c} when it changes the decision (the caller sets the new form) or
     * annuls it.
     */
    void resolve(
            DisciplineCaseBase c,
            DisciplineAppealBase a,
            AppealOutcome outcome,
            String decisionNumber,
            LocalDate resolvedOn) {
        if (outcome == AppealOutcome.ANNULLED) {
            c.status = DisciplineStatus.ANNULLED;
        }
        a.status = AppealStatus.RESOLVED;
        a.outcome = outcome;
        a.decisionNumber = decisionNumber;
        a.resolvedOn = resolvedOn;
        Instant now = Instant.now();
        a.touch(caller.name(), now);
        if (outcome != AppealOutcome.UPHELD) {
            c.touch(caller.name(), now);
        }
    }
}
