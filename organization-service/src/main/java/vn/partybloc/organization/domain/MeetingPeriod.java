package vn.partybloc.organization.domain;

import java.time.Clock;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import vn.partybloc.platform.web.ProblemException;

/**
 * The whole months a meetings read covers, [{@code first}, {@code last}]: {@code last} defaults to this month,
 * {@code first} to January of {@code last}'s year. At most {@value #MAX_MONTHS} months (a term of office), so that no
 * request makes the report list a month for every cell over centuries.
 */
public record MeetingPeriod(YearMonth first, YearMonth last) {

    public static final int MAX_MONTHS = 60;

    public static MeetingPeriod of(YearMonth from, YearMonth to, Clock clock) {
        YearMonth last = to == null ? YearMonth.now(clock) : to;
        YearMonth first = from == null ? YearMonth.of(last.getYear(), 1) : from;
        if (last.isBefore(first)) {
            throw ProblemException.invalid("to", "report.to-before-from");
        }
        if (first.until(last, ChronoUnit.MONTHS) >= MAX_MONTHS) {
            throw ProblemException.invalid("from", "meeting.period-too-long", MAX_MONTHS);
        }
        return new MeetingPeriod(first, last);
    }
}
