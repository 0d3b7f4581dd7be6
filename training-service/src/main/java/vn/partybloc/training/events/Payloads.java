package vn.partybloc.training.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import vn.partybloc.platform.inbox.PoisonEventException;

/** Reading fields of incoming payloads; a malformed field makes the event poison (it goes to the dead-letter topic). */
final class Payloads {

    private Payloads() {}

    static UUID uuid(JsonNode data, String field) {
        try {
            return UUID.fromString(required(data, field));
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("malformed " + field, e);
        }
    }

    static LocalDate date(JsonNode data, String field) {
        if (!data.hasNonNull(field)) {
            return null;
        }
        try {
            return LocalDate.parse(data.path(field).asText());
        } catch (DateTimeParseException e) {
            throw new PoisonEventException("malformed " + field, e);
        }
    }

    static String required(JsonNode data, String field) {
        if (data == null || !data.hasNonNull(field)) {
            throw new PoisonEventException("missing " + field);
        }
        return data.path(field).asText();
    }

    static String text(JsonNode data, String field) {
        return data.hasNonNull(field) ? data.path(field).asText() : null;
    }
}
