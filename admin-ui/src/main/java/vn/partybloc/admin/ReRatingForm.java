package vn.partybloc.admin;

import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.model.DecisionRequest;
import vn.partybloc.client.model.Level;
import vn.partybloc.client.model.ReRatingRequest;

/**
 * A decided rating cancelled for a reason and decided again, as a form's fields named as the request's ({@code reason},
 * {@code decision.level}, …), so the API's refusals land beside them.
 */
public class ReRatingForm extends ChangeForm {

    @RestForm
    String reason;

    @RestForm("decision.level")
    String level;

    @RestForm("decision.score")
    String score;

    @RestForm("decision.decisionNumber")
    String decisionNumber;

    @RestForm("decision.decidedOn")
    String decidedOn;

    static ReRatingForm blank(long version) {
        ReRatingForm form = new ReRatingForm();
        form.show(version);
        return form;
    }

    ReRatingRequest request() {
        return new ReRatingRequest()
                .reason(FormFields.text(reason))
                .decision(new DecisionRequest()
                        .level(FormFields.code(level, Level::fromValue))
                        .score(FormFields.number(score))
                        .decisionNumber(FormFields.text(decisionNumber))
                        .decidedOn(FormFields.day(decidedOn)));
    }

    public String getReason() {
        return reason;
    }

    public String getLevel() {
        return level;
    }

    public String getScore() {
        return score;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public String getDecidedOn() {
        return decidedOn;
    }
}
