package vn.partybloc.admin;

import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.model.AppealOutcome;
import vn.partybloc.client.model.DisciplineAppealResolutionRequest;
import vn.partybloc.client.model.DisciplineForm;

/**
 * The outcome of a pending appeal as a form's fields, named as the request's: upheld, changed to another form (and the
 * post a change to removal ends) or annulled, by a decision with its number and day.
 */
public class AppealResolutionForm extends ChangeForm {

    @RestForm
    String outcome;

    @RestForm
    String form;

    @RestForm
    String positionId;

    @RestForm
    String decisionNumber;

    @RestForm
    String resolvedOn;

    static AppealResolutionForm blank(long version) {
        AppealResolutionForm blank = new AppealResolutionForm();
        blank.show(version);
        return blank;
    }

    /** The request; the new form only for a change, the post only for a change to removal from post. */
    DisciplineAppealResolutionRequest request() {
        AppealOutcome decided = FormFields.code(outcome, AppealOutcome::fromValue);
        DisciplineForm changedTo =
                decided == AppealOutcome.CHANGED ? FormFields.code(form, DisciplineForm::fromValue) : null;
        return new DisciplineAppealResolutionRequest()
                .outcome(decided)
                .form(changedTo)
                .positionId(changedTo == DisciplineForm.REMOVAL_FROM_POST ? FormFields.id(positionId) : null)
                .decisionNumber(FormFields.text(decisionNumber))
                .resolvedOn(FormFields.day(resolvedOn));
    }

    public String getOutcome() {
        return outcome;
    }

    public String getForm() {
        return form;
    }

    public String getPositionId() {
        return positionId;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public String getResolvedOn() {
        return resolvedOn;
    }
}
