package vn.partybloc.admin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.function.Function;

/** How a form's text becomes a request's values: a field left empty, or not a day, is sent empty for the API to name. */
final class FormFields {

    private FormFields() {}

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static String text(String text) {
        return blank(text) ? null : text.strip();
    }

    static LocalDate day(String text) {
        try {
            return blank(text) ? null : LocalDate.parse(text);
        } catch (DateTimeParseException notADay) {
            return null;
        }
    }

    /** A number; text that is not one is sent empty, for the API to say what it needs. */
    static BigDecimal number(String text) {
        try {
            return blank(text) ? null : new BigDecimal(text.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** A whole number; text that is not one (or is beyond an int) is sent empty, for the API to say what it needs. */
    static Integer whole(String text) {
        try {
            return blank(text) ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException notAWholeNumber) {
            return null;
        }
    }

    /** A chosen id; one that is not an id (a form made by hand) is sent empty, as if none was chosen. */
    static UUID id(String text) {
        try {
            return blank(text) ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    /** A code of a list (an enum of the API); one that is not among them is sent empty, as if none was chosen. */
    static <T> T code(String text, Function<String, T> fromValue) {
        try {
            return blank(text) ? null : fromValue.apply(text.strip());
        } catch (IllegalArgumentException notACode) {
            return null;
        }
    }

    /** The {@code If-Match} of the version a form showed: the write is refused (412) if it changed since. */
    static String ifMatch(long version) {
        return "\"" + version + "\"";
    }
}
