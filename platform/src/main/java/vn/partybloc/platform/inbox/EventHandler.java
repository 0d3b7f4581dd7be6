package vn.partybloc.platform.inbox;

import java.util.Set;

/**
 * A consumer of other services' events. Implementations are CDI beans; the {@link InboxRunner} polls their topics and
 * calls {@link #handle} inside a transaction that also records the event id in the {@code inbox} table, so a
 * redelivered event is skipped and an effect is never applied twice.
 */
public interface EventHandler {

    /** Stable name: the Kafka consumer group suffix and the inbox key. Renaming it replays every event. */
    String name();

    Set<String> topics();

    /**
     * Applies the event. Throw {@link PoisonEventException} for an event that can never be processed (it goes to the
     * dead-letter topic at once); any other exception is retried with backoff, then dead-lettered.
     */
    void handle(IncomingEvent event);
}
