package vn.partybloc.admin;

import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.model.Decision;

/**
 * The decision a structural change is made by (number, date, effective date), as a form's fields named as the
 * request's ({@code decision.number}, …), with the version the form showed and its idempotency key.
 */
public class DecisionForm extends ChangeForm {

    @RestForm("decision.number")
    String number;

    @RestForm("decision.date")
    String date;

    @RestForm("decision.effectiveDate")
    String effectiveDate;

    static DecisionForm blank(long version) {
        DecisionForm form = new DecisionForm();
        form.show(version);
        return form;
    }

    /** The decision; a field left empty (or not a date) is sent empty, for the API to say what it needs. */
    Decision decision() {
        return new Decision()
                .number(FormFields.text(number))
                .date(FormFields.day(date))
                .effectiveDate(FormFields.day(effectiveDate));
    }

    public String getNumber() {
        return number;
    }

    public String getDate() {
        return date;
    }

    public String getEffectiveDate() {
        return effectiveDate;
    }
}
