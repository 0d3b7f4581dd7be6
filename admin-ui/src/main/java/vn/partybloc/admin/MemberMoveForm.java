package vn.partybloc.admin;

import java.time.LocalDate;
import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.model.MemberMoveRequest;

/**
 * The move form's fields, named as the request's: what the user entered, sent back to them as entered when the API
 * refuses it. The version makes the move refused (412) if the member changed since the form was shown; the key makes
 * a form sent twice one move.
 */
public class MemberMoveForm extends MemberChangeForm {

    @RestForm
    String toOrganizationId;

    static MemberMoveForm blank(long version, LocalDate today) {
        MemberMoveForm form = new MemberMoveForm();
        form.show(version, today);
        return form;
    }

    /** The request; a field left empty (or not a date) is sent empty, for the API to say what it needs. */
    MemberMoveRequest request() {
        return new MemberMoveRequest()
                .toOrganizationId(FormFields.id(toOrganizationId))
                .date(day())
                .decisionNumber(decision());
    }

    public String getToOrganizationId() {
        return toOrganizationId;
    }
}
