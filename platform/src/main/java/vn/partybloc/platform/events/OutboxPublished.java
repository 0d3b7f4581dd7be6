package vn.partybloc.platform.events;

/**
 * Fired (a CDI event) by the outbox relay each time it has published new events: committed events are in the outbox,
 * so readers of it that poll (webhooks) may look at once.
 */
public record OutboxPublished(int events) {}
