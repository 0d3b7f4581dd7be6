package vn.partybloc.admin;

import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.model.CandidateRemovalRequest;
import vn.partybloc.client.model.RemovalReason;
import vn.partybloc.kernel.BlocZone;

/**
 * A candidate taken out of a succession plan (đưa ra khỏi quy hoạch): which one, why and from when, as a form's fields
 * named as the request's; the candidate is the path's, chosen on the form.
 */
public class CandidateRemovalForm extends KeyedForm {

    @RestForm
    String candidateId;

    @RestForm
    String reason;

    @RestForm
    String removedOn;

    @RestForm
    String note;

    /** A blank form, removed today unless changed. */
    static CandidateRemovalForm blank() {
        CandidateRemovalForm form = new CandidateRemovalForm();
        form.newKey();
        form.removedOn = BlocZone.today().toString();
        return form;
    }

    CandidateRemovalRequest request() {
        return new CandidateRemovalRequest()
                .reason(FormFields.code(reason, RemovalReason::fromValue))
                .removedOn(FormFields.day(removedOn))
                .note(FormFields.text(note));
    }

    public String getCandidateId() {
        return candidateId;
    }

    public String getReason() {
        return reason;
    }

    public String getRemovedOn() {
        return removedOn;
    }

    public String getNote() {
        return note;
    }
}
