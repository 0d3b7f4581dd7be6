package vn.partybloc.evaluation.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import vn.partybloc.kernel.Roles;
import vn.partybloc.platform.events.RestrictedEventTypes;

/**
 * Each person's confidence-vote counts and flags, who was screened with which outcome and who was disciplined how, and their appeals' outcomes, are
 * sensitive personnel data: the changes feed shows them only to the
 * roles that may read every confidence vote (docs/security.md, evaluation-service's "sensitive reads"). A secretary reads
 * only their own subtree's, which a feed of the whole service cannot tell apart, and is not a reader of the feed.
 */
@ApplicationScoped
public class SensitiveEventTypes implements RestrictedEventTypes {

    @Override
    public Map<String, Set<String>> rolesByEventType() {
        Set<String> cleared = Set.of(Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR);
        return Map.of(
                EvaluationEvents.CONFIDENCE_VOTE_RECORDED,
                cleared,
                EvaluationEvents.SCREENING_DECIDED,
                cleared,
                EvaluationEvents.DISCIPLINE_DECIDED,
                cleared,
                EvaluationEvents.DISCIPLINE_APPEAL_RESOLVED,
                cleared);
    }
}
