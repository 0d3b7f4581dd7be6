package vn.partybloc.admin;

import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.model.MoveRequest;

/** A transfer within the Bloc as a form's fields, named as the request's: the new parent and the decision. */
public class OrganizationMoveForm extends OrganizationChangeForm {

    @RestForm
    String newParentId;

    static OrganizationMoveForm blank(long version) {
        OrganizationMoveForm form = new OrganizationMoveForm();
        form.show(version);
        return form;
    }

    /** The request; a field left empty (or not a day, not an id) is sent empty, for the API to say so. */
    MoveRequest request() {
        return new MoveRequest().newParentId(newParentId()).decision(decision());
    }

    UUID newParentId() {
        return FormFields.id(newParentId);
    }

    public String getNewParentId() {
        return newParentId;
    }
}
