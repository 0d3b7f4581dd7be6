package vn.partybloc.organization.events;

import java.time.LocalDate;
import java.util.UUID;
import vn.partybloc.organization.domain.Term;

/** The {@code data} of term events. */
public record TermEventData(
        UUID termId,
        UUID organizationId,
        int startYear,
        int endYear,
        String label,
        LocalDate congressDate,
        String decisionNumber,
        long version) {

    public static TermEventData of(Term t) {
        return new TermEventData(
                t.id, t.organizationId, t.startYear, t.endYear, t.label(), t.congressDate, t.decisionNumber, t.version);
    }
}
