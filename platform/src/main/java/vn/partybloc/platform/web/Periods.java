package vn.partybloc.platform.web;

import java.time.LocalDate;

/** The period of a report, [{@code from}, {@code to}] with both ends inclusive, as the services' reports take it. */
public final class Periods {

    private Periods() {}

    /** Refuses a period whose {@code to} is before its {@code from} (400 on {@code to}); an open end is not checked. */
    public static void requireOrdered(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalid("to", "report.to-before-from");
        }
    }
}
