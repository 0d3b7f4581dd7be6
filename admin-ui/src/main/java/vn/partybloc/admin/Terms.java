package vn.partybloc.admin;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.partybloc.client.model.Term;

/** An organization's terms of office as the API lists them (in no promised order). */
final class Terms {

    private Terms() {}

    /** The term that began last: the one whose committees serve now, or are formed next. */
    static Optional<Term> latest(List<Term> terms) {
        return terms.stream().max(Comparator.comparing(Term::getStartYear));
    }
}
