package vn.partybloc.admin;

import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.model.ComplaintAcknowledgementRequest;
import vn.partybloc.client.model.ComplaintOutcome;
import vn.partybloc.client.model.ComplaintResolutionRequest;

/**
 * The next step on a complaint as a form's fields, named as the requests': its taking up (the day), or its resolution
 * (the outcome, the conclusion, the decision's number and the day); for the complaint at the version shown.
 */
public class ComplaintStepForm extends ChangeForm {

    @RestForm
    String acknowledgedOn;

    @RestForm
    String outcome;

    @RestForm
    String conclusion;

    @RestForm
    String decisionNumber;

    @RestForm
    String resolvedOn;

    static ComplaintStepForm blank(long version) {
        ComplaintStepForm blank = new ComplaintStepForm();
        blank.show(version);
        return blank;
    }

    ComplaintAcknowledgementRequest acknowledgement() {
        return new ComplaintAcknowledgementRequest().acknowledgedOn(FormFields.day(acknowledgedOn));
    }

    ComplaintResolutionRequest resolution() {
        return new ComplaintResolutionRequest()
                .outcome(FormFields.code(outcome, ComplaintOutcome::fromValue))
                .conclusion(FormFields.text(conclusion))
                .decisionNumber(FormFields.text(decisionNumber))
                .resolvedOn(FormFields.day(resolvedOn));
    }

    public String getAcknowledgedOn() {
        return acknowledgedOn;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getConclusion() {
        return conclusion;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public String getResolvedOn() {
        return resolvedOn;
    }
}
