package vn.partybloc.kernel;

import java.time.LocalDate;

/** A term of office (a position, a committee's term): from its first day to its last, both included, or open. */
public final class Terms {

    private Terms() {}

    /** Whether the term that starts on {@code startsOn} and ends on {@code endsOn} (null: open) includes the day. */
    public static boolean includes(LocalDate startsOn, LocalDate endsOn, LocalDate day) {
        return !startsOn.isAfter(day) && (endsOn == null || !endsOn.isBefore(day));
    }

    /** The same for dates as the API writes them ({@code endsOn} null or blank: open). */
    public static boolean includes(String startsOn, String endsOn, LocalDate day) {
        return includes(
                LocalDate.parse(startsOn), endsOn == null || endsOn.isBlank() ? null : LocalDate.parse(endsOn), day);
    }
}
