package vn.partybloc.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import vn.partybloc.kernel.PlausibleDates;

/**
 * A date is an ISO string ({@code 2023-06-30}) within {@link PlausibleDates}; not an epoch day number or a
 * {@code [2023, 6, 30]} array, which Jackson's own reader also takes.
 */
final class PlausibleDateDeserializer extends FromJsonString<LocalDate> {

    PlausibleDateDeserializer() {
        super(LocalDate.class);
    }

    @Override
    LocalDate read(String text, JsonParser parser, DeserializationContext context) throws IOException {
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not an ISO date");
        }
        if (!PlausibleDates.contains(date)) {
            throw new InputPolicyException(
                    parser,
                    LocalDate.class,
                    new ProblemMessage(
                            "date-out-of-range", PlausibleDates.FIRST.toString(), PlausibleDates.LAST.toString()));
        }
        return date;
    }
}
