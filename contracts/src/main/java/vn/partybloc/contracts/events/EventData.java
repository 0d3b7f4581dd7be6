package vn.partybloc.contracts.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.partybloc.platform.inbox.PoisonEventException;

/**
 * Reads the fields of an incoming event's {@code data}. A missing required field or a malformed value makes the event
 * poison: it can never be applied, so the inbox sends it to the dead-letter topic instead of retrying it.
 */
public final class EventData {

    private final JsonNode data;

    private EventData(JsonNode data) {
        this.data = data;
    }

    /** The event's data; poison unless it is a JSON object. */
    public static EventData of(String eventType, JsonNode data) {
        if (data == null || !data.isObject()) {
            throw new PoisonEventException(eventType + " without data");
        }
        return new EventData(data);
    }

    public JsonNode node() {
        return data;
    }

    public boolean has(String field) {
        return data.hasNonNull(field);
    }

    public UUID uuid(String field) {
        if (!has(field)) {
            return null;
        }
        try {
            return UUID.fromString(data.path(field).asText());
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("malformed " + field, e);
        }
    }

    public UUID requiredUuid(String field) {
        return required(field, uuid(field));
    }

    public String text(String field) {
        return has(field) ? data.path(field).asText() : null;
    }

    public String requiredText(String field) {
        return required(field, text(field));
    }

    public LocalDate date(String field) {
        if (!has(field)) {
            return null;
        }
        try {
            return LocalDate.parse(data.path(field).asText());
        } catch (DateTimeParseException e) {
            throw new PoisonEventException("malformed " + field, e);
        }
    }

    public LocalDate requiredDate(String field) {
        return required(field, date(field));
    }

    public int integer(String field) {
        return data.path(field).asInt();
    }

    public boolean flag(String field) {
        return data.path(field).asBoolean(false);
    }

    /** The objects of an array field, each read as event data; none when the field is absent (an older producer). */
    public List<EventData> objects(String field) {
        JsonNode array = data.path(field);
        if (array.isMissingNode() || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new PoisonEventException("malformed " + field);
        }
        List<EventData> objects = new ArrayList<>();
        for (JsonNode element : array) {
            if (!element.isObject()) {
                throw new PoisonEventException("malformed " + field);
            }
            objects.add(new EventData(element));
        }
        return objects;
    }

    /** The aggregate's version, which every full-state event carries (ADR 0006). */
    public long version() {
        return data.path("version").asLong();
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new PoisonEventException("missing " + field);
        }
        return value;
    }
}
