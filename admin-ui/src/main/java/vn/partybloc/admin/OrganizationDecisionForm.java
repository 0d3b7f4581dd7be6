package vn.partybloc.admin;

import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.model.OrganizationDisciplineDecisionRequest;
import vn.partybloc.client.model.OrganizationDisciplineForm;

/**
 * The decision on a discipline case against an organization as a form's fields, named as the request's: the form
 * (reprimand, warning or dissolution), the decision's number and day; for the case at the version shown.
 */
public class OrganizationDecisionForm extends ChangeForm {

    @RestForm
    String form;

    @RestForm
    String decisionNumber;

    @RestForm
    String decidedOn;

    static OrganizationDecisionForm blank(long version) {
        OrganizationDecisionForm blank = new OrganizationDecisionForm();
        blank.show(version);
        return blank;
    }

    OrganizationDisciplineDecisionRequest request() {
        return new OrganizationDisciplineDecisionRequest()
                .form(FormFields.code(form, OrganizationDisciplineForm::fromValue))
                .decisionNumber(FormFields.text(decisionNumber))
                .decidedOn(FormFields.day(decidedOn));
    }

    public String getForm() {
        return form;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public String getDecidedOn() {
        return decidedOn;
    }
}
