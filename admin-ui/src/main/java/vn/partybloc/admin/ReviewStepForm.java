package vn.partybloc.admin;

import java.math.BigDecimal;
import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.model.DecisionRequest;
import vn.partybloc.client.model.Level;
import vn.partybloc.client.model.ProposalRequest;
import vn.partybloc.client.model.PublicationRequest;

/**
 * The next step of a review as a form's fields, named as the requests': the level and score proposed or decided, a
 * note, the decision's number and day, the day of publication. Each step's request takes the fields it needs.
 */
public class ReviewStepForm extends ChangeForm {

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
        return new DecisionRequest()
                .level(level())
                .score(score())
                .decisionNumber(FormFields.text(decisionNumber))
                .decidedOn(FormFields.day(decidedOn))
                .note(FormFields.text(note));
    }

    PublicationRequest publication() {
        return new PublicationRequest().publishedOn(FormFields.day(publishedOn));
    }

    private Level level() {
        return FormFields.code(level, Level::fromValue);
    }

    private BigDecimal score() {
        return FormFields.number(score);
    }

    public String getLevel() {
        return level;
    }

    public String getScore() {
        return score;
    }

    public String getNote() {
        return note;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public String getDecidedOn() {
        return decidedOn;
    }

    public String getPublishedOn() {
        return publishedOn;
    }
}
