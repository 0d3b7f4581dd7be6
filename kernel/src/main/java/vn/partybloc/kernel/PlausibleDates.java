package vn.partybloc.kernel;

import java.time.LocalDate;

/**
 * The dates the services take: from 1900 to 2100. Every date of the register (a birth, an admission, a term, a
 * decision) falls there; a year 0, a negative year or a five-digit one is a typing or encoding error, refused before
 * it reaches a rule or the database. The gateway holds its own parameters to the same range.
 */
public final class PlausibleDates {

    public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2100, 12, 31);

    private PlausibleDates() {}

    public static boolean contains(LocalDate date) {
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }

    /** A path or query parameter's date: ISO, within the range; otherwise an {@link IllegalArgumentException}. */
    public static LocalDate parse(String value) {
        LocalDate date = LocalDate.parse(value);
        if (!contains(date)) {
            throw new IllegalArgumentException("%s is not a date from %s to %s".formatted(value, FIRST, LAST));
        }
        return date;
    }
}
