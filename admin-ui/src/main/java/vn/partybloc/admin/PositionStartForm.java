package vn.partybloc.admin;

import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.model.Appointment;
import vn.partybloc.client.model.PositionKind;
import vn.partybloc.client.model.PositionRequest;

/** An appointment to a committee as a form's fields, named as the request's, with the form's idempotency key. */
public class PositionStartForm extends KeyedForm {

    @RestForm
    String memberId;

    @RestForm
    String position;

    @RestForm
    String appointment;

    @RestForm
    String startsOn;

    @RestForm
    String decisionNumber;

    @RestForm
    String decisionDate;

    static PositionStartForm blank() {
        PositionStartForm form = new PositionStartForm();
        form.newKey();
        return form;
    }

    /** The request for {@code committee}; a field left empty, or not a code, is sent empty for the API to name. */
    PositionRequest request(UUID committee) {
        return new PositionRequest()
                .committeeId(committee)
                .memberId(FormFields.id(memberId))
                .position(FormFields.code(position, PositionKind::fromValue))
                .appointment(FormFields.code(appointment, Appointment::fromValue))
                .startsOn(FormFields.day(startsOn))
                .decisionNumber(FormFields.text(decisionNumber))
                .decisionDate(FormFields.day(decisionDate));
    }

    public String getMemberId() {
        return memberId;
    }

    public String getPosition() {
        return position;
    }

    public String getAppointment() {
        return appointment;
    }

    public String getStartsOn() {
        return startsOn;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public String getDecisionDate() {
        return decisionDate;
    }
}
