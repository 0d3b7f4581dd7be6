package vn.partybloc.admin;

import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.model.CourseStatus;
import vn.partybloc.client.model.CourseStatusChange;

/**
 * A course moved to its next status: the button pressed names the status, sent for the version the page showed, so a
 * course changed since is not moved on what the user no longer sees.
 */
public class CourseStatusForm extends ChangeForm {

    @RestForm
    String status;

    static CourseStatusForm blank() {
        CourseStatusForm form = new CourseStatusForm();
        form.newKey();
        return form;
    }

    CourseStatusChange request() {
        return new CourseStatusChange().status(FormFields.code(status, CourseStatus::fromValue));
    }
}
