package vn.partybloc.admin;

import java.time.LocalDate;
import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.model.DepartureRequest;
import vn.partybloc.client.model.MemberEventKind;

/** A member's departure as a form's fields, named as the request's: how they leave, the day, the decision, a note. */
public class MemberDepartureForm extends MemberChangeForm {

    @RestForm
    String kind;

    @RestForm
    String note;

    static MemberDepartureForm blank(long version, LocalDate today) {
        MemberDepartureForm form = new MemberDepartureForm();
        form.show(version, today);
        return form;
    }

    /** The request; a field left empty (or not a day, not a kind) is sent empty, for the API to say so. */
    DepartureRequest request() {
        return new DepartureRequest()
                .kind(FormFields.code(kind, MemberEventKind::fromValue))
                .date(day())
                .decisionNumber(decision())
                .note(FormFields.text(note));
    }

    public String getKind() {
        return kind;
    }

    public String getNote() {
        return note;
    }
}
