package vn.partybloc.admin;

import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.model.DisciplineDecisionRequest;
import vn.partybloc.client.model.DisciplineForm;

/**
 * The decision on a discipline case as a form's fields, named as the request's: the form of discipline, the post a
 * removal ends, the decision's number and day, and whether the member found and remedied the fault themselves.
 */
public class DisciplineDecisionForm extends DisciplineFormFields {

    @RestForm
    String decidedOn;

    @RestForm
    boolean selfRemedied;

    static DisciplineDecisionForm blank(long version) {
        DisciplineDecisionForm blank = new DisciplineDecisionForm();
        blank.show(version);
        return blank;
    }

    DisciplineDecisionRequest request() {
        DisciplineForm decided = disciplineForm();
        return new DisciplineDecisionRequest()
                .form(decided)
                .positionId(post(decided))
                .decisionNumber(FormFields.text(decisionNumber))
                .decidedOn(FormFields.day(decidedOn))
                .selfRemedied(selfRemedied);
    }

    public String getDecidedOn() {
        return decidedOn;
    }

    public boolean isSelfRemedied() {
        return selfRemedied;
    }
}
