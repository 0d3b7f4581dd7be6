package vn.partybloc.admin;

import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.model.EndReason;
import vn.partybloc.client.model.TerminationRequest;

/** The end of a position as a form's fields, named as the request's, with the version shown and the form's key. */
public class PositionEndForm extends ChangeForm {

    @RestForm
    String endsOn;

    @RestForm
    String reason;

    static PositionEndForm blank(long version) {
        PositionEndForm form = new PositionEndForm();
        form.show(version);
        return form;
    }

    /** The request; a field left empty (or not a day, not a reason) is sent empty, for the API to say so. */
    TerminationRequest request() {
        return new TerminationRequest()
                .endsOn(FormFields.day(endsOn))
                .reason(FormFields.code(reason, EndReason::fromValue));
    }

    public String getEndsOn() {
        return endsOn;
    }

    public String getReason() {
        return reason;
    }
}
