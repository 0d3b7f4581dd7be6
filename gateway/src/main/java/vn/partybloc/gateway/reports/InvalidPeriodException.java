package vn.partybloc.gateway.reports;

import java.time.LocalDate;

/** A period whose last day comes before its first: refused with a 400 before any service is asked. */
public class InvalidPeriodException extends RuntimeException {

    private final transient LocalDate from;
    private final transient LocalDate to;

    public InvalidPeriodException(LocalDate from, LocalDate to) {
        super("to " + to + " is before from " + from);
        this.from = from;
        this.to = to;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }
}
