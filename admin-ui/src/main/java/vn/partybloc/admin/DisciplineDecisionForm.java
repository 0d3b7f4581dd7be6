package vn.partybloc.admin;

import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.model.DisciplineDecisionRequest;
import vn.partybloc.client.model.DisciplineForm;

/**
 * The decision on a discipline case as a form's fields, named as the request's: the form of discipline, the post a
 * removal ends, the decision's number and day, and whether the member found and remedied the fault themselves.
 */
public class DisciplineDecisionForm extends ChangeForm {

    @RestForm
    String form;

    @RestForm
    String positionId;

    @RestForm
    String decisionNumber;

    @RestForm
    String decidedOn;

    @RestForm
    boolean selfRemedied;

    static DisciplineDecisionForm blank(long version) {
        DisciplineDecisionForm blank = new DisciplineDecisionForm();
        blank.show(version);
        return blank;
    }

    /** The request; the post only for a removal from post, for which the API requires it. */
    DisciplineDecisionRequest request() {
        DisciplineForm decided = FormFields.code(form, DisciplineForm::fromValue);
        return new DisciplineDecisionRequest()
                .form(decided)
                .positionId(decided == DisciplineForm.REMOVAL_FROM_POST ? FormFields.id(positionId) : null)
                .decisionNumber(FormFields.text(decisionNumber))
                .decidedOn(FormFields.day(decidedOn))
                .selfRemedied(selfRemedied);
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

    public String getDecidedOn() {
        return decidedOn;
    }

    public boolean isSelfRemedied() {
        return selfRemedied;
    }
}
