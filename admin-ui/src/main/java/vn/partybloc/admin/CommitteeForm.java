package vn.partybloc.admin;

import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.model.CommitteeKind;
import vn.partybloc.client.model.CommitteeRequest;
import vn.partybloc.client.model.Term;

/** A committee formed for a term as a form's fields, named as the request's, with the form's idempotency key. */
public class CommitteeForm extends KeyedForm {

    @RestForm
    String kind;

    @RestForm
    String termStartYear;

    @RestForm
    String termEndYear;

    /** A blank form, for the years of the latest of {@code terms}, the one whose committees are formed now. */
    static CommitteeForm forLatestOf(List<Term> terms) {
        CommitteeForm form = new CommitteeForm();
        form.newKey();
        Terms.latest(terms).ifPresent(latest -> {
            form.termStartYear = String.valueOf(latest.getStartYear());
            form.termEndYear = String.valueOf(latest.getEndYear());
        });
        return form;
    }

    /** The request for {@code organization}; a field left empty, or not a number or code, is sent empty. */
    CommitteeRequest request(UUID organization) {
        return new CommitteeRequest()
                .organizationId(organization)
                .kind(FormFields.code(kind, CommitteeKind::fromValue))
                .termStartYear(FormFields.whole(termStartYear))
                .termEndYear(FormFields.whole(termEndYear));
    }

    public String getKind() {
        return kind;
    }

    public String getTermStartYear() {
        return termStartYear;
    }

    public String getTermEndYear() {
        return termEndYear;
    }
}
