package vn.partybloc.admin;

import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.model.DissolutionRequest;
import vn.partybloc.client.model.TransferOutRequest;

/**
 * An organization leaving the Bloc as a form's fields, named as the request's: the decision, and for a hand-over the
 * receiving superior.
 */
public class LeavingForm extends OrganizationChangeForm {

    @RestForm
    String destination;

    static LeavingForm blank(long version) {
        LeavingForm form = new LeavingForm();
        form.show(version);
        return form;
    }

    TransferOutRequest transferOut() {
        return new TransferOutRequest()
                .destination(FormFields.text(destination))
                .decision(decision());
    }

    DissolutionRequest dissolution() {
        return new DissolutionRequest().decision(decision());
    }

    public String getDestination() {
        return destination;
    }
}
