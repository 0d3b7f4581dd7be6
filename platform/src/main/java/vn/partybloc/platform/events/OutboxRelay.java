package vn.partybloc.platform.events;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Publishes outbox rows to Kafka in {@code seq} (commit) order, at least once. One relay per database is active at a
 * time: the one holding a session-level advisory lock; the others stand by and take over when it goes away. The
 * relay runs on its own thread, so a Kafka outage delays events but never blocks or fails an HTTP write.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final AgroalDataSource dataSource;
    private final OutboxConfig config;
    private final EventProducerFactory producers;
    private final Counter published;
    private final Counter failures;
    private final Timer lag;
    private final Event<OutboxPublished> publishedEvents;

    private volatile RelayState state = RelayState.STOPPED;
    private volatile String lastError;
    private volatile boolean running;
    private Thread thread;
    private Connection connection;
    private Producer<String, byte[]> producer;
    private boolean morePending;

    public OutboxRelay(
            AgroalDataSource dataSource,
            OutboxConfig config,
            EventProducerFactory producers,
            MeterRegistry meters,
            Event<OutboxPublished> publishedEvents) {
        this.dataSource = dataSource;
        this.publishedEvents = publishedEvents;
        this.config = config;
        this.producers = producers;
        this.published = Counter.builder("outbox.published")
                .description("Events published to Kafka")
                .register(meters);
        this.failures = Counter.builder("outbox.publish.failures")
                .description("Events Kafka did not acknowledge; they stay in the outbox and are sent again")
                .register(meters);
        this.lag = Timer.builder("outbox.publish.lag")
                .description("Time from event creation to broker acknowledgement")
                .publishPercentiles(0.5, 0.99)
                .register(meters);
    }

    void onStart(@Observes StartupEvent event) {
        if (config.relay().enabled()) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    public synchronized void stop() {
        running = false;
        if (thread != null) {
            try {
                // The loop notices within one poll interval; interrupt only if it hangs beyond that.
                thread.join(config.relay().pollInterval().toMillis() + 1000);
                if (thread.isAlive()) {
                    thread.interrupt();
                    thread.join(TimeUnit.SECONDS.toMillis(5));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
        state = RelayState.STOPPED;
    }

    public RelayState state() {
        return state;
    }

    public String lastError() {
        return lastError;
    }

    public boolean isAlive() {
        Thread t = thread;
        return t != null && t.isAlive();
    }

    private void run() {
        Backoff backoff =
                new Backoff(config.relay().initialBackoff(), config.relay().maxBackoff());
        while (running) {
            try {
                if (!holdsLock()) {
                    state = RelayState.STANDBY;
                    pause(config.relay().pollInterval());
                    continue;
                }
                int sent = publishBatch();
                if (sent < 0) {
                    state = RelayState.KAFKA_UNAVAILABLE;
                    if (!backoff.pause()) {
                        running = false;
                    }
                    continue;
                }
                state = RelayState.ACTIVE;
                lastError = null;
                backoff.reset();
                if (sent > 0) {
                    publishedEvents.fire(new OutboxPublished(sent));
                }
                if (!morePending) {
                    awaitNotification();
                }
            } catch (SQLException e) {
                lastError = e.getMessage();
                LOG.warnf("Outbox relay lost the database (%s); retrying in %s", e.getMessage(), backoff.current());
                closeConnection();
                state = RelayState.DATABASE_UNAVAILABLE;
                if (!backoff.pause()) {
                    running = false;
                }
            } catch (RuntimeException e) {
                lastError = e.toString();
                LOG.error("Outbox relay failed; restarting it", e);
                closeConnection();
                closeProducer();
                if (!backoff.pause()) {
                    running = false;
                }
            }
        }
        closeConnection();
        closeProducer();
    }

    /** Takes (or confirms) the session-level lock on a dedicated connection that also LISTENs for commits. */
    private boolean holdsLock() throws SQLException {
        if (connection != null && state != RelayState.STANDBY && state != RelayState.STOPPED) {
            return true;
        }
        if (connection == null) {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
        }
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            lock.setLong(1, config.relay().lockKey());
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return false;
                }
            }
        }
        try (Statement listen = connection.createStatement()) {
            listen.execute("listen outbox");
        }
        LOG.info("Outbox relay is active on this instance");
        state = RelayState.ACTIVE;
        return true;
    }

    /**
     * Returns the number of events published, or -1 when Kafka refused them (they stay pending). A round sends only
     * the oldest pending event of each aggregate: the broker may time out on one record and still take a later one
     * (a batch expired by the producer does not fail the batches after it), so an aggregate's next event waits until
     * the one before it is acknowledged, and its events reach the topic in the order they were written.
     */
    private int publishBatch() throws SQLException {
        List<Pending> loaded = loadPending();
        if (loaded.isEmpty()) {
            morePending = false;
            return 0;
        }
        Set<String> aggregates = new HashSet<>();
        List<Pending> batch = loaded.stream()
                .filter(event -> aggregates.add(event.topic() + "/" + event.aggregateId()))
                .toList();
        morePending =
                batch.size() < loaded.size() || loaded.size() == config.relay().batchSize();
        if (producer == null) {
            producer = producers.create();
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        try {
            for (Pending event : batch) {
                acks.add(producer.send(toRecord(event)));
            }
            producer.flush();
        } catch (RuntimeException e) {
            lastError = e.toString();
            LOG.warnf("Kafka refused events (%s); they stay in the outbox", e.getMessage());
        }
        // Wait for every acknowledgement, so that exactly the records the broker refused are sent again.
        List<Long> done = new ArrayList<>(batch.size());
        int failed = batch.size() - acks.size();
        for (int i = 0; i < acks.size(); i++) {
            Pending event = batch.get(i);
            try {
                acks.get(i).get();
                done.add(event.seq());
                lag.record(Duration.between(event.occurredAt(), Instant.now()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
                failed += acks.size() - i;
                break;
            } catch (Exception e) {
                failed++;
                lastError = e.getCause() == null ? e.toString() : e.getCause().toString();
            }
        }
        markPublished(done);
        published.increment(done.size());
        if (failed > 0) {
            failures.increment(failed);
            LOG.warnf(
                    "Kafka did not acknowledge %d of %d events (%s); they stay in the outbox",
                    failed, batch.size(), lastError);
            closeProducer();
            return -1;
        }
        return done.size();
    }

    private List<Pending> loadPending() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                select seq, event_id, topic, aggregate_id, event_type, occurred_at, payload::text, traceparent
                from outbox where published_at is null order by seq limit ?""")) {
            select.setInt(1, config.relay().batchSize());
            try (ResultSet rs = select.executeQuery()) {
                List<Pending> batch = new ArrayList<>();
                while (rs.next()) {
                    batch.add(new Pending(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getTimestamp(6).toInstant(),
                            rs.getString(7),
                            rs.getString(8)));
                }
                return batch;
            }
        }
    }

    private void markPublished(List<Long> seqs) throws SQLException {
        if (seqs.isEmpty()) {
            return;
        }
        try (PreparedStatement update =
                connection.prepareStatement("update outbox set published_at = now() where seq = any(?)")) {
            update.setArray(1, connection.createArrayOf("bigint", seqs.toArray()));
            update.executeUpdate();
        }
    }

    private ProducerRecord<String, byte[]> toRecord(Pending event) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEvents.SPECVERSION, bytes(CloudEvents.SPEC_VERSION));
        headers.add(CloudEvents.ID, bytes(event.eventId()));
        headers.add(CloudEvents.SOURCE, bytes(config.source()));
        headers.add(CloudEvents.TYPE, bytes(event.type()));
        headers.add(CloudEvents.SUBJECT, bytes(event.aggregateId()));
        headers.add(CloudEvents.TIME, bytes(DateTimeFormatter.ISO_INSTANT.format(event.occurredAt())));
        headers.add(CloudEvents.CONTENT_TYPE, bytes(CloudEvents.JSON));
        if (event.traceparent() != null) {
            headers.add(CloudEvents.TRACEPARENT, bytes(event.traceparent()));
            headers.add(EventTraces.HEADER, bytes(event.traceparent()));
        }
        return new ProducerRecord<>(event.topic(), null, event.aggregateId(), bytes(event.payload()), headers);
    }

    private void awaitNotification() throws SQLException {
        PGNotification[] notifications = connection.unwrap(PGConnection.class).getNotifications((int)
                config.relay().pollInterval().toMillis());
        if (notifications == null && !running) {
            return;
        }
        // Either a commit woke us or the poll interval passed: both mean "look again".
    }

    private void closeConnection() {
        if (connection != null) {
            try (Statement release = connection.createStatement()) {
                // The connection goes back to a pool: hand back the session lock and the LISTEN with it.
                release.execute("select pg_advisory_unlock_all()");
                release.execute("unlisten *");
            } catch (SQLException e) {
                LOG.debug("Releasing the relay lock failed; the broken connection is discarded with it", e);
            }
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("Closing the relay connection failed", e);
            }
            connection = null;
        }
        if (state != RelayState.STOPPED) {
            state = RelayState.STANDBY;
        }
    }

    private void closeProducer() {
        if (producer != null) {
            try {
                producer.close(Duration.ofSeconds(2));
            } catch (RuntimeException e) {
                LOG.debug("Closing the relay producer failed", e);
            }
            producer = null;
        }
    }

    private void pause(Duration duration) {
        if (!Backoff.sleep(duration)) {
            running = false;
        }
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private record Pending(
            long seq,
            String eventId,
            String topic,
            String aggregateId,
            String type,
            Instant occurredAt,
            String payload,
            String traceparent) {}
}
