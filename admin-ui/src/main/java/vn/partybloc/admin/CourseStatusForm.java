package vn.partybloc.admin;

import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.model.CourseStatus;
import vn.partybloc.client.model.CourseStatusChange;

/**
 * A course moved to its next status: the button pressed names the status, sent for the version the page showed, so a
 * course changed since is not moved on what the user no longer sees. Cancelling, which cannot be undone, is asked
 * again before it is sent.
 */
public class CourseStatusForm extends ChangeForm {

    @RestForm
    String status;

    /** {@code yes} once the user has confirmed a cancellation. */
    @RestForm
    String confirmed;

    static CourseStatusForm blank() {
        CourseStatusForm form = new CourseStatusForm();
        form.newKey();
        return form;
    }

    /** A cancellation not confirmed yet: the page asks first. */
    public boolean cancelsUnconfirmed() {
        return CourseStatus.CANCELLED.getValue().equals(status) && !"yes".equals(confirmed);
    }

    CourseStatusChange request() {
        return new CourseStatusChange().status(FormFields.code(status, CourseStatus::fromValue));
    }
}
