package vn.partybloc.admin;

import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.model.Decision;

/**
 * A form made by a decision (number, date, effective date), its fields named as the request's
 * ({@code decision.number}, …), sent under one idempotency key.
 */
public abstract class DecisionForm extends KeyedForm {

    @RestForm("decision.number")
    String number;

    @RestForm("decision.date")
    String date;

    @RestForm("decision.effectiveDate")
    String effectiveDate;

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
