package vn.partybloc.platform.events;

/** What the outbox relay of this instance is doing. */
public enum RelayState {
    /** Holds the lock and publishes. */
    ACTIVE,
    /** Another instance holds the lock; this one takes over if it goes away. */
    STANDBY,
    /** Holds the lock, but Kafka refuses events: they wait in the outbox and are retried with backoff. */
    KAFKA_UNAVAILABLE,
    /** The database connection failed; retrying with backoff. */
    DATABASE_UNAVAILABLE,
    STOPPED
}
