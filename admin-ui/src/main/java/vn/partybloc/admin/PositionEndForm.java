package vn.partybloc.admin;

import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.model.EndReason;
import vn.partybloc.client.model.TerminationRequest;

/** The end of a position as a form's fields, named as the request's, with the version shown and the form's key. */
public class PositionEndForm {

    @RestForm
    String endsOn;

    @RestForm
    String reason;

    @RestForm
    long version;

    @RestForm
    String idempotencyKey;

    static PositionEndForm blank(long version) {
        PositionEndForm form = new PositionEndForm();
        form.version = version;
        form.idempotencyKey = UUID.randomUUID().toString();
        return form;
    }

    /** The request; a field left empty (or not a day, not a reason) is sent empty, for the API to say so. */
    TerminationRequest request() {
        return new TerminationRequest()
                .endsOn(FormFields.day(endsOn))
                .reason(FormFields.code(reason, EndReason::fromValue));
    }

    String ifMatch() {
        return FormFields.ifMatch(version);
    }

    public String getEndsOn() {
        return endsOn;
    }

    public String getReason() {
        return reason;
    }

    public long getVersion() {
        return version;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }
}
