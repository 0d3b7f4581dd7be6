package vn.partybloc.admin;

import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.model.EnrollmentRequest;

/** A member enrolled in a course, as the form's field named as the request's, with the form's idempotency key. */
public class EnrolmentForm extends KeyedForm {

    @RestForm
    String memberId;

    static EnrolmentForm blank() {
        EnrolmentForm form = new EnrolmentForm();
        form.newKey();
        return form;
    }

    EnrollmentRequest request() {
        return new EnrollmentRequest().memberId(FormFields.id(memberId));
    }

    public String getMemberId() {
        return memberId;
    }
}
