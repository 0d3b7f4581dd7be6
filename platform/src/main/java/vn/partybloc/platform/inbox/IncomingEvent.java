package vn.partybloc.platform.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** An event read from Kafka: the CloudEvents attributes from the headers and the JSON {@code data}. */
public record IncomingEvent(
        String id,
        String source,
        String type,
        String subject,
        Instant time,
        JsonNode data,
        String topic,
        int partition,
        long offset) {}
