package vn.partybloc.admin;

import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.model.InspectionConclusionRequest;

/** An inspection item's findings and conclusion as a form's fields, named as the request's. */
public class InspectionConclusionForm extends KeyedForm {

    @RestForm
    String findings;

    @RestForm
    String conclusion;

    @RestForm
    String concludedOn;

    static InspectionConclusionForm blank(String today) {
        InspectionConclusionForm form = new InspectionConclusionForm();
        form.newKey();
        form.concludedOn = today;
        return form;
    }

    /** The request; a field left empty, or not a day, is sent empty for the API to name. */
    InspectionConclusionRequest request() {
        return new InspectionConclusionRequest()
                .findings(FormFields.text(findings))
                .conclusion(FormFields.text(conclusion))
                .concludedOn(FormFields.day(concludedOn));
    }

    public String getFindings() {
        return findings;
    }

    public String getConclusion() {
        return conclusion;
    }

    public String getConcludedOn() {
        return concludedOn;
    }
}
