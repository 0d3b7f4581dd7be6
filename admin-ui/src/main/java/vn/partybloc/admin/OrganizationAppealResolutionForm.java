package vn.partybloc.admin;

import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.model.AppealOutcome;
import vn.partybloc.client.model.OrganizationDisciplineAppealResolutionRequest;
import vn.partybloc.client.model.OrganizationDisciplineForm;

/**
 * The outcome of an organization's pending appeal as a form's fields, named as the request's: upheld, changed to
 * another form or annulled, by a decision with its number and day; for the appeal at the version shown.
 */
public class OrganizationAppealResolutionForm extends ChangeForm {

    @RestForm
    String outcome;

    @RestForm
    String form;

    @RestForm
    String decisionNumber;

    @RestForm
    String resolvedOn;

    static OrganizationAppealResolutionForm blank(long version) {
        OrganizationAppealResolutionForm blank = new OrganizationAppealResolutionForm();
        blank.show(version);
        return blank;
    }

    /** The request; the new form only for a change. */
    OrganizationDisciplineAppealResolutionRequest request() {
        AppealOutcome decided = FormFields.code(outcome, AppealOutcome::fromValue);
        return new OrganizationDisciplineAppealResolutionRequest()
                .outcome(decided)
                .form(
                        decided == AppealOutcome.CHANGED
                                ? FormFields.code(form, OrganizationDisciplineForm::fromValue)
                                : null)
                .decisionNumber(FormFields.text(decisionNumber))
                .resolvedOn(FormFields.day(resolvedOn));
    }

    public String getOutcome() {
        return outcome;
    }

    public String getForm() {
        return form;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public String getResolvedOn() {
        return resolvedOn;
    }
}
