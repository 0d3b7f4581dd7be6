package vn.partybloc.admin;

import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.model.CandidateRequest;
import vn.partybloc.kernel.BlocZone;

/** A member added to a succession plan, as a form's fields named as the request's, with the form's idempotency key. */
public class CandidateForm extends KeyedForm {

    @RestForm
    String memberId;

    @RestForm
    String addedOn;

    @RestForm
    String note;

    /** A blank form, added today unless changed. */
    static CandidateForm blank() {
        CandidateForm form = new CandidateForm();
        form.newKey();
        form.addedOn = BlocZone.today().toString();
        return form;
    }

    CandidateRequest request() {
        return new CandidateRequest()
                .memberId(FormFields.id(memberId))
                .addedOn(FormFields.day(addedOn))
                .note(FormFields.text(note));
    }

    public String getMemberId() {
        return memberId;
    }

    public String getAddedOn() {
        return addedOn;
    }

    public String getNote() {
        return note;
    }
}
