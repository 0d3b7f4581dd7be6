package vn.partybloc.admin;

import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.model.DecisionRequest;
import vn.partybloc.client.model.ProposalRequest;
import vn.partybloc.client.model.PublicationRequest;

/**
 * The next step of a review as a form's fields, named as the requests': the level and score proposed or decided, a
 * note, the decision's number and day, the day of publication. Each step's request takes the fields it needs.
 */
public class ReviewStepForm extends ChangeForm implements RatingDecisionFields {

    @RestForm
    String level;

    @RestForm
    String score;

    @RestForm
    String note;

    @RestForm
    String decisionNumber;

    @RestForm
    String decidedOn;

    @RestForm
    String publishedOn;

    static ReviewStepForm blank(long version) {
        ReviewStepForm form = new ReviewStepForm();
        form.show(version);
        return form;
    }

    ProposalRequest proposal() {
        return new ProposalRequest().level(level()).score(score()).note(FormFields.text(note));
    }

    DecisionRequest decision() {
        return ratingDecision().note(FormFields.text(note));
    }

    PublicationRequest publication() {
        return new PublicationRequest().publishedOn(FormFields.day(publishedOn));
    }

    @Override
    public String getLevel() {
        return level;
    }

    @Override
    public String getScore() {
        return score;
    }

    public String getNote() {
        return note;
    }

    @Override
    public String getDecisionNumber() {
        return decisionNumber;
    }

    @Override
    public String getDecidedOn() {
        return decidedOn;
    }

    public String getPublishedOn() {
        return publishedOn;
    }
}
