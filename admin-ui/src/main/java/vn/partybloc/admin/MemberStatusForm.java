package vn.partybloc.admin;

import java.time.LocalDate;
import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.model.ExemptionRequest;
import vn.partybloc.client.model.RecognitionRequest;

/**
 * A member's recognition as a full member, or exemption from party activities, as a form's fields named as the
 * requests': the day, the decision and, for an exemption, its reason.
 */
public class MemberStatusForm extends MemberChangeForm {

    @RestForm
    String note;

    static MemberStatusForm blank(long version, LocalDate today) {
        MemberStatusForm form = new MemberStatusForm();
        form.show(version, today);
        return form;
    }

    RecognitionRequest recognition() {
        return new RecognitionRequest().date(day()).decisionNumber(decision());
    }

    ExemptionRequest exemption() {
        return new ExemptionRequest().date(day()).decisionNumber(decision()).note(FormFields.text(note));
    }

    public String getNote() {
        return note;
    }
}
