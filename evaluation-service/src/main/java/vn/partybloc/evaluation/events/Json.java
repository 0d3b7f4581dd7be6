package vn.partybloc.evaluation.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import vn.partybloc.platform.inbox.PoisonEventException;

/** Reads fields of incoming event data; a malformed value makes the event poison (it can never be applied). */
final class Json {

    private Json() {}

    static UUID uuid(JsonNode data, String field) {
        if (!data.hasNonNull(field)) {
            return null;
        }
        try {
            return UUID.fromString(data.path(field).asText());
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("malformed " + field, e);
        }
    }

    static UUID requiredUuid(JsonNode data, String field) {
        UUID id = uuid(data, field);
        if (id == null) {
            throw new PoisonEventException("missing " + field);
        }
        return id;
    }

    static String text(JsonNode data, String field) {
        return data.hasNonNull(field) ? data.path(field).asText() : null;
    }

    static String requiredText(JsonNode data, String field) {
        String text = text(data, field);
        if (text == null) {
            throw new PoisonEventException("missing " + field);
        }
        return text;
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
}
