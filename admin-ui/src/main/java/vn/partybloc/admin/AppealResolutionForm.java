package vn.partybloc.admin;

import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.model.AppealOutcome;
import vn.partybloc.client.model.DisciplineAppealResolutionRequest;
import vn.partybloc.client.model.DisciplineForm;

/**
 * The outcome of a pending appeal as a form's fields, named as the request's: upheld, changed to another form (and the
 * post a change to removal ends) or annulled, by a decision with its number and day.
 */
public class AppealResolutionForm extends DisciplineFormFields {

    @RestForm
    String outcome;

    @RestForm
    String resolvedOn;

    static AppealResolutionForm blank(long version) {
        AppealResolutionForm blank = new AppealResolutionForm();
        blank.show(version);
        return blank;
    }

    /** The request; the new form only for a change. */
    DisciplineAppealResolutionRequest request() {
        AppealOutcome decided = FormFields.code(outcome, AppealOutcome::fromValue);
        DisciplineForm changedTo = decided == AppealOutcome.CHANGED ? disciplineForm() : null;
        return new DisciplineAppealResolutionRequest()
                .outcome(decided)
                .form(changedTo)
                .positionId(post(changedTo))
                .decisionNumber(FormFields.text(decisionNumber))
                .resolvedOn(FormFields.day(resolvedOn));
    }

    public String getOutcome() {
        return outcome;
    }

    public String getResolvedOn() {
        return resolvedOn;
    }
}
