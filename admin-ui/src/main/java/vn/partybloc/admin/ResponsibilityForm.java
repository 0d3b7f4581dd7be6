package vn.partybloc.admin;

import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.model.ResponsibilityRequest;

/** A field of work assigned to a committee member, and a cell they follow, as the form's fields named as the request's. */
public class ResponsibilityForm extends KeyedForm {

    @RestForm
    String field;

    @RestForm
    String followedOrganizationId;

    @RestForm
    boolean attendsMeetings;

    static ResponsibilityForm blank() {
        ResponsibilityForm form = new ResponsibilityForm();
        form.newKey();
        return form;
    }

    ResponsibilityRequest request() {
        return new ResponsibilityRequest()
                .field(FormFields.text(field))
                .followedOrganizationId(FormFields.id(followedOrganizationId))
                .attendsMeetings(attendsMeetings);
    }

    public String getField() {
        return field;
    }

    public String getFollowedOrganizationId() {
        return followedOrganizationId;
    }

    public boolean isAttendsMeetings() {
        return attendsMeetings;
    }
}
