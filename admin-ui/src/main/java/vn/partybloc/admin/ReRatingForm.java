package vn.partybloc.admin;

import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.model.ReRatingRequest;

/**
 * A decided rating cancelled for a reason and decided again, as a form's fields named as the request's ({@code reason},
 * {@code decision.level}, …), so the API's refusals land beside them.
 */
public class ReRatingForm extends ChangeForm implements RatingDecisionFields {

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
        return new ReRatingRequest().reason(FormFields.text(reason)).decision(ratingDecision());
    }

    public String getReason() {
        return reason;
    }

    @Override
    public String getLevel() {
        return level;
    }

    @Override
    public String getScore() {
        return score;
    }

    @Override
    public String getDecisionNumber() {
        return decisionNumber;
    }

    @Override
    public String getDecidedOn() {
        return decidedOn;
    }
}
