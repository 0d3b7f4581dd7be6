package vn.partybloc.member.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import vn.partybloc.contracts.Topics;
import vn.partybloc.contracts.events.EventData;
import vn.partybloc.member.domain.CandidateFlagReason;
import vn.partybloc.member.domain.CommitteeService;
import vn.partybloc.member.domain.MemberService;
import vn.partybloc.member.domain.MembershipChange;
import vn.partybloc.member.domain.MembershipChangeKind;
import vn.partybloc.member.domain.SuccessionService;
import vn.partybloc.platform.inbox.EventHandler;
import vn.partybloc.platform.inbox.IncomingEvent;

/**
 * Carries evaluation-service's decisions about a member into the register: a screening that strikes a member off or
 * expels them ({@code ScreeningDecided}, outcome {@code STRUCK_OFF} or {@code EXPELLED}) and a discipline decision of
 * expulsion are their departure; a discipline decision of removal from post ends that post ({@code DisciplineDecided}).
 * A discipline decision and a confidence vote's flag ({@code ConfidenceVoteRecorded}) mark the person's candidacies in
 * the succession plans for the organizer's decision; an appeal's outcome ({@code DisciplineAppealResolved}) undoes or
 * changes what the decision did. Every other evaluation event is someone else's business.
 */
@ApplicationScoped
public class EvaluationEventsHandler implements EventHandler {

    static final String SCREENING_DECIDED = "ScreeningDecided";
    static final String DISCIPLINE_DECIDED = "DisciplineDecided";
    static final String DISCIPLINE_APPEAL_RESOLVED = "DisciplineAppealResolved";
    static final String CONFIDENCE_VOTE_RECORDED = "ConfidenceVoteRecorded";

    private static final Logger LOG = Logger.getLogger(EvaluationEventsHandler.class);
    private static final Set<String> DEPARTING = Set.of("STRUCK_OFF", "EXPELLED");

    private final MemberService members;
    private final CommitteeService committees;
    private final SuccessionService succession;

    public EvaluationEventsHandler(MemberService members, CommitteeService committees, SuccessionService succession) {
        this.members = members;
        this.committees = committees;
        this.succession = succession;
    }

    @Override
    public String name() {
        return "evaluations";
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.EVALUATIONS);
    }

    @Override
    public void handle(IncomingEvent event) {
        switch (event.type()) {
            case SCREENING_DECIDED -> screening(EventData.of(event.type(), event.data()));
            case DISCIPLINE_DECIDED -> discipline(EventData.of(event.type(), event.data()));
            case DISCIPLINE_APPEAL_RESOLVED -> appeal(EventData.of(event.type(), event.data()));
            case CONFIDENCE_VOTE_RECORDED -> confidenceVote(EventData.of(event.type(), event.data()));
            default -> {}
        }
    }

    private void screening(EventData decided) {
        String outcome = decided.requiredText("outcome");
        if (DEPARTING.contains(outcome)) {
            UUID finding = decided.requiredUuid("findingId");
            UUID plan = decided.uuid("planId");
            leave(decided, MembershipChangeKind.valueOf(outcome), decided.requiredDate("decidedOn"), change -> {
                change.screeningFindingId = finding;
                change.inspectionPlanId = plan;
            });
        }
    }

    private void discipline(EventData decided) {
        if (!"DECIDED".equals(decided.requiredText("status"))) {
            return;
        }
        UUID disciplineCase = decided.requiredUuid("caseId");
        succession.flag(
                decided.requiredUuid("memberId"),
                CandidateFlagReason.DISCIPLINED,
                disciplineCase,
                decided.requiredDate("decidedOn"));
        carryOut(decided, decided.requiredText("form"), decided.requiredDate("decidedOn"));
    }

    /** An expulsion or a removal from post takes effect in the register {@code on} its decision's day. */
    private void carryOut(EventData decision, String form, LocalDate on) {
        UUID disciplineCase = decision.requiredUuid("caseId");
        switch (form) {
            case "EXPULSION" ->
                leave(decision, MembershipChangeKind.EXPELLED, on, change -> change.disciplineCaseId = disciplineCase);
            case "REMOVAL_FROM_POST" -> {
                if (!committees.endByDiscipline(
                        decision.requiredUuid("positionId"), decision.requiredUuid("memberId"), on, disciplineCase)) {
                    LOG.infof("Discipline case %s: the post has already ended, nothing to do", disciplineCase);
                }
            }
            default -> {}
        }
    }

    /**
     * An appeal's outcome: an annulled decision no longer flags the member's candidacies; a change to expulsion or
     * removal from post is carried out as a decision would be, from the appeal's decision. A post a removal ended
     * stays ended (the committee fills it); an expulsion annulled or lightened is logged, not undone: reinstatement
     * needs a member event kind the 1.x contract cannot add.
     */
    private void appeal(EventData resolved) {
        UUID disciplineCase = resolved.requiredUuid("caseId");
        UUID member = resolved.requiredUuid("memberId");
        String previous = resolved.requiredText("previousForm");
        String form = resolved.text("form");
        LocalDate on = resolved.requiredDate("resolvedOn");
        if (form == null) {
            succession.withdrawFlags(member, CandidateFlagReason.DISCIPLINED, disciplineCase);
        }
        if ("EXPULSION".equals(previous) && !"EXPULSION".equals(form)) {
            LOG.warnf(
                    "Discipline case %s: the expulsion of member %s was %s on appeal; the register cannot record a"
                            + " reinstatement before API 2.0 (docs/api-conventions.md, held for the next major version)",
                    disciplineCase, member, form == null ? "annulled" : "changed to " + form);
        }
        if (form != null && !form.equals(previous)) {
            carryOut(resolved, form, on);
        }
    }

    /** Over half "low" flags the person out of planning, for review; two thirds or more proposes a dismissal. */
    private void confidenceVote(EventData vote) {
        UUID voteId = vote.requiredUuid("voteId");
        for (EventData result : vote.objects("results")) {
            CandidateFlagReason reason = switch (result.requiredText("flag")) {
                case "REMOVE_FROM_PLANNING" -> CandidateFlagReason.LOW_CONFIDENCE;
                case "DISMISSAL" -> CandidateFlagReason.DISMISSAL_PROPOSED;
                default -> null;
            };
            if (reason != null) {
                succession.flag(result.requiredUuid("memberId"), reason, voteId, vote.requiredDate("votedOn"));
            }
        }
    }

    private void leave(EventData decided, MembershipChangeKind kind, LocalDate on, Consumer<MembershipChange> citing) {
        boolean left = members.leaveByDecision(
                decided.requiredUuid("memberId"), kind, on, decided.text("decisionNumber"), citing);
        if (!left) {
            LOG.infof("Member %s is not on the register, nothing to do", decided.uuid("memberId"));
        }
    }
}
