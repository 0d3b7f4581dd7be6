package vn.partybloc.admin;

import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.model.CommitteeKind;
import vn.partybloc.client.model.PositionKind;
import vn.partybloc.client.model.SuccessionPlanRequest;
import vn.partybloc.client.model.Term;

/** A succession plan opened for a position of a committee in a coming term, as a form's fields named as the request's. */
public class SuccessionPlanForm extends KeyedForm {

    @RestForm
    String committeeKind;

    @RestForm
    String position;

    @RestForm
    String termStartYear;

    @RestForm
    String termEndYear;

    /** A blank form; after {@code terms}, for the term that follows the latest, the one planned for. */
    static SuccessionPlanForm following(List<Term> terms) {
        SuccessionPlanForm form = new SuccessionPlanForm();
        form.newKey();
        Terms.latest(terms).ifPresent(latest -> {
            form.termStartYear = String.valueOf(latest.getEndYear());
            form.termEndYear = String.valueOf(latest.getEndYear() + TermForm.TERM_YEARS);
        });
        return form;
    }

    /** The request for {@code organization}; a field left empty, or not a number or code, is sent empty. */
    SuccessionPlanRequest request(UUID organization) {
        return new SuccessionPlanRequest()
                .organizationId(organization)
                .committeeKind(FormFields.code(committeeKind, CommitteeKind::fromValue))
                .position(FormFields.code(position, PositionKind::fromValue))
                .termStartYear(FormFields.whole(termStartYear))
                .termEndYear(FormFields.whole(termEndYear));
    }

    /** The kinds and positions offered, in the page's words. */
    public record Choices(List<Option> committeeKinds, List<Option> positions) {

        static Choices in(Labels labels) {
            return new Choices(
                    Option.of(List.of(CommitteeKind.values()), labels::committee_kind),
                    Option.of(List.of(PositionKind.values()), labels::position_kind));
        }
    }

    public String getCommitteeKind() {
        return committeeKind;
    }

    public String getPosition() {
        return position;
    }

    public String getTermStartYear() {
        return termStartYear;
    }

    public String getTermEndYear() {
        return termEndYear;
    }
}
