package vn.partybloc.admin;

import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.model.DisciplineForm;

/**
 * A form of discipline decided on a form, as a case's decision and an appeal's change both take it: the form, the post
 * a removal from post ends, the decision's number; for the record shown at its version.
 */
public abstract class DisciplineFormFields extends ChangeForm {

    @RestForm
    String form;

    @RestForm
    String positionId;

    @RestForm
    String decisionNumber;

    DisciplineForm disciplineForm() {
        return FormFields.code(form, DisciplineForm::fromValue);
    }

    /** The post {@code decided} ends: only a removal from post names one, for which the API requires it. */
    UUID post(DisciplineForm decided) {
        return decided == DisciplineForm.REMOVAL_FROM_POST ? FormFields.id(positionId) : null;
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
}
