package vn.partybloc.admin;

import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.model.Term;
import vn.partybloc.client.model.TermRequest;

/** A term opened (nhiệm kỳ, from the congress that elects its committees) as a form's fields, named as the request's. */
public class TermForm extends KeyedForm {

    /**
     * A term of office is five years (docs/domain.md); offered, not imposed, for a subordinate cell's congress comes
     * twice in them.
     */
    static final int TERM_YEARS = 5;

    @RestForm
    String startYear;

    @RestForm
    String endYear;

    @RestForm
    String congressDate;

    @RestForm
    String decisionNumber;

    /** A blank form; after {@code terms}, the next term offered from the year the latest ends. */
    static TermForm following(List<Term> terms) {
        TermForm form = new TermForm();
        form.newKey();
        Terms.latest(terms).ifPresent(latest -> {
            form.startYear = String.valueOf(latest.getEndYear());
            form.endYear = String.valueOf(latest.getEndYear() + TERM_YEARS);
        });
        return form;
    }

    /** The request; a field left empty, or not a number or day, is sent empty for the API to name. */
    TermRequest request() {
        return new TermRequest()
                .startYear(FormFields.whole(startYear))
                .endYear(FormFields.whole(endYear))
                .congressDate(FormFields.day(congressDate))
                .decisionNumber(FormFields.text(decisionNumber));
    }

    public String getStartYear() {
        return startYear;
    }

    public String getEndYear() {
        return endYear;
    }

    public String getCongressDate() {
        return congressDate;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }
}
