package vn.partybloc.admin;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import vn.partybloc.kernel.BlocZone;

/**
 * The months a meetings page covers, as a month field sends them ({@code 2024-01}): the twelve up to this one unless
 * others are asked for. Text that is no month is kept as it came, for the API to answer with its 400 problem.
 */
public record MeetingPeriod(String from, String to) {

    static MeetingPeriod of(String from, String to) {
        String last = FormFields.blank(to) ? YearMonth.now(BlocZone.ZONE).toString() : to.strip();
        String first = FormFields.blank(from) ? twelveMonthsTo(last) : from.strip();
        return new MeetingPeriod(first, last);
    }

    /** The first of the twelve months ending with {@code last}, or {@code last} itself when it is not a month. */
    private static String twelveMonthsTo(String last) {
        try {
            return YearMonth.parse(last).minusMonths(11).toString();
        } catch (DateTimeParseException notAMonth) {
            return last;
        }
    }
}
