package vn.partybloc.admin;

import java.math.BigDecimal;
import vn.partybloc.client.model.DecisionRequest;
import vn.partybloc.client.model.Level;

/**
 * A rating decided on a form (level, score, the decision's number and day), shown by the include
 * {@code ratingDecisionFields} under the names the request gives them: the review's decision step and a re-rating.
 */
public interface RatingDecisionFields {

    String getLevel();

    String getScore();

    String getDecisionNumber();

    String getDecidedOn();

    /** The decision; a field left empty (or not a number, not a day) is sent empty, for the API to say so. */
    default DecisionRequest ratingDecision() {
        return new DecisionRequest()
                .level(level())
                .score(score())
                .decisionNumber(FormFields.text(getDecisionNumber()))
                .decidedOn(FormFields.day(getDecidedOn()));
    }

    default Level level() {
        return FormFields.code(getLevel(), Level::fromValue);
    }

    default BigDecimal score() {
        return FormFields.number(getScore());
    }
}
