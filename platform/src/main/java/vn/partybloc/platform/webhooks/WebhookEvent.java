package vn.partybloc.platform.webhooks;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import vn.partybloc.platform.events.ChangeEvent;

/**
 * The body of a delivery: the event's CloudEvents attributes without its data (a thin event), so that the client reads
 * the resource through the API, where its access rules apply; {@code position} is the event's place in the changes
 * feed.
 */
public record WebhookEvent(
        String specversion, String id, String source, String type, String subject, Instant time, String position) {

    static WebhookEvent of(ChangeEvent event) {
        return new WebhookEvent(
                event.specversion(),
                event.id(),
                event.source(),
                event.type(),
                event.subject(),
                event.time(),
                event.position());
    }

    @JsonIgnore
    long positionNumber() {
        return Long.parseLong(position);
    }
}
