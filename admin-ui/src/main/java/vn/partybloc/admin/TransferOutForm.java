package vn.partybloc.admin;

import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.model.TransferOutRequest;

/** A hand-over out of the Bloc as a form's fields, named as the request's: the receiving superior and the decision. */
public class TransferOutForm extends OrganizationChangeForm {

    @RestForm
    String destination;

    static TransferOutForm blank(long version) {
        TransferOutForm form = new TransferOutForm();
        form.show(version);
        return form;
    }

    TransferOutRequest request() {
        return new TransferOutRequest()
                .destination(FormFields.text(destination))
                .decision(decision());
    }

    public String getDestination() {
        return destination;
    }
}
