package vn.partybloc.admin;

import java.util.UUID;
import vn.partybloc.client.model.FoundOrganizationRequest;

/** An organization founded under a parent as a form's fields, named as the request's, with the decision. */
public class FoundingForm extends NewOrganizationForm {

    static FoundingForm blank() {
        FoundingForm form = new FoundingForm();
        form.newKey();
        return form;
    }

    FoundOrganizationRequest request(UUID parentId) {
        return new FoundOrganizationRequest()
                .organization(organization(parentId))
                .decision(decision());
    }
}
