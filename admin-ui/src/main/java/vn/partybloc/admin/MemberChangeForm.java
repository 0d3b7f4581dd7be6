package vn.partybloc.admin;

import java.time.LocalDate;
import org.jboss.resteasy.reactive.RestForm;

/** A change to a member's membership on a day, by a decision: what the move and departure forms share. */
public abstract class MemberChangeForm extends ChangeForm {

    @RestForm
    String date;

    @RestForm
    String decisionNumber;

    /** Makes a blank form show a member at {@code version}, the change dated today. */
    void show(long version, LocalDate today) {
        show(version);
        date = today.toString();
    }

    LocalDate day() {
        return FormFields.day(date);
    }

    String decision() {
        return FormFields.text(decisionNumber);
    }

    public String getDate() {
        return date;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }
}
