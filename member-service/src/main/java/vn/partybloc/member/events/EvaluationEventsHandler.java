package vn.partybloc.member.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.jboss.logging.Logger;
import vn.partybloc.contracts.Topics;
import vn.partybloc.contracts.events.EventData;
import vn.partybloc.member.domain.MemberService;
import vn.partybloc.member.domain.MembershipChangeKind;
import vn.partybloc.platform.inbox.EventHandler;
import vn.partybloc.platform.inbox.IncomingEvent;

/**
 * Carries evaluation-service's decisions about a member into the register: a screening that strikes a member off or
 * expels them ({@code ScreeningDecided} with outcome {@code STRUCK_OFF} or {@code EXPELLED}) is their departure.
 * Every other evaluation event is someone else's business.
 */
@ApplicationScoped
public class EvaluationEventsHandler implements EventHandler {

    static final String SCREENING_DECIDED = "ScreeningDecided";

    private static final Logger LOG = Logger.getLogger(EvaluationEventsHandler.class);
    private static final Set<String> DEPARTING = Set.of("STRUCK_OFF", "EXPELLED");

    private final MemberService members;

    public EvaluationEventsHandler(MemberService members) {
        this.members = members;
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
        if (!SCREENING_DECIDED.equals(event.type())) {
            return;
        }
        EventData decided = EventData.of(event.type(), event.data());
        String outcome = decided.requiredText("outcome");
        if (!DEPARTING.contains(outcome)) {
            return;
        }
        boolean left = members.leaveByScreening(
                decided.requiredUuid("findingId"),
                decided.requiredUuid("memberId"),
                MembershipChangeKind.valueOf(outcome),
                decided.requiredDate("decidedOn"),
                decided.text("decisionNumber"));
        if (!left) {
            LOG.infof(
                    "Screening finding %s: member %s is not on the register, nothing to do",
                    decided.uuid("findingId"), decided.uuid("memberId"));
        }
    }
}
