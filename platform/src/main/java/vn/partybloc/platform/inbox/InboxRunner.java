package vn.partybloc.platform.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.arc.All;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import vn.partybloc.platform.events.Backoff;
import vn.partybloc.platform.events.CloudEvents;
import vn.partybloc.platform.events.EventProducerFactory;
import vn.partybloc.platform.persistence.DatabaseUnreachable;

/** Runs one Kafka consumer thread per {@link EventHandler}, with the inbox, retries and the dead-letter topic. */
@ApplicationScoped
public class InboxRunner {

    private static final Logger LOG = Logger.getLogger(InboxRunner.class);

    private final List<EventHandler> handlers;
    private final InboxConfig config;
    private final EventProducerFactory producers;
    private final EntityManager em;
    private final ObjectMapper json;
    private final String applicationName;
    private final MeterRegistry meterRegistry;
    private final Tracer tracer;
    private final List<Worker> workers = new ArrayList<>();

    public InboxRunner(
            @All List<EventHandler> handlers,
            InboxConfig config,
            EventProducerFactory producers,
            EntityManager em,
            ObjectMapper json,
            MeterRegistry meterRegistry,
            Tracer tracer,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.handlers = handlers;
        this.config = config;
        this.producers = producers;
        this.em = em;
        this.json = json;
        this.applicationName = applicationName;
        this.meterRegistry = meterRegistry;
        this.tracer = tracer;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        for (EventHandler handler : handlers) {
            Worker worker = new Worker(handler);
            workers.add(worker);
            worker.start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        workers.forEach(Worker::shutdown);
        workers.clear();
    }

    /**
     * Applies a poll's events in one transaction, in order, each unless the inbox has it already: one commit for the
     * lot instead of one per event. Any failure rolls the whole batch back; the caller then applies the events one at a
     * time, which isolates the failing one for its retries and the dead-letter topic. Answers how many were applied
     * (the inbox's duplicates are not).
     */
    int processAll(EventHandler handler, List<IncomingEvent> events) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Set<String> notNoted = recordInInbox(handler, events);
            List<IncomingEvent> fresh =
                    events.stream().filter(event -> notNoted.remove(event.id())).toList();
            if (handler instanceof BatchEventHandler batch) {
                batch.handleAll(fresh);
                return fresh.size();
            }
            for (IncomingEvent event : fresh) {
                handler.handle(event);
                // Each event sees the database as the ones before it left it, as if in a transaction of its own,
                // whether a handler wrote through entities or through SQL.
                em.flush();
                em.clear();
            }
            return fresh.size();
        });
    }

    /** Applies one event unless the inbox has it already; true when the effect ran. */
    boolean process(EventHandler handler, IncomingEvent event) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (recordInInbox(handler, List.of(event)).isEmpty()) {
                return false;
            }
            handler.handle(event);
            return true;
        });
    }

    /**
     * Notes the events in the inbox in one statement, in the caller's transaction; answers the ids that were not there
     * yet (an id twice in the batch is noted, and answered, once).
     */
    private Set<String> recordInInbox(EventHandler handler, List<IncomingEvent> events) {
        String[] ids = events.stream().map(IncomingEvent::id).toArray(String[]::new);
        String[] types = events.stream().map(IncomingEvent::type).toArray(String[]::new);
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into inbox (consumer, event_id, event_type)
                    select ?, id, type from unnest(?::text[], ?::text[]) as e(id, type)
                    on conflict do nothing
                    returning event_id""")) {
                insert.setString(1, handler.name());
                insert.setArray(2, connection.createArrayOf("text", ids));
                insert.setArray(3, connection.createArrayOf("text", types));
                Set<String> inserted = new HashSet<>();
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        inserted.add(rows.getString(1));
                    }
                }
                return inserted;
            }
        });
    }

    IncomingEvent parse(ConsumerRecord<String, byte[]> record) {
        String id = header(record, CloudEvents.ID);
        String type = header(record, CloudEvents.TYPE);
        if (id == null || type == null) {
            throw new PoisonEventException("Not a CloudEvent: the ce_id or ce_type header is missing");
        }
        JsonNode data;
        try {
            data = record.value() == null ? null : json.readTree(record.value());
        } catch (Exception e) {
            throw new PoisonEventException("The event data is not JSON", e);
        }
        String time = header(record, CloudEvents.TIME);
        Instant occurred;
        try {
            occurred = time == null ? Instant.ofEpochMilli(record.timestamp()) : Instant.parse(time);
        } catch (RuntimeException e) {
            throw new PoisonEventException("The ce_time header is not an RFC 3339 instant", e);
        }
        return new IncomingEvent(
                id,
                header(record, CloudEvents.SOURCE),
                type,
                header(record, CloudEvents.SUBJECT),
                occurred,
                data,
                record.topic(),
                record.partition(),
                record.offset());
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private final class Worker implements Runnable {

        private final EventHandler handler;
        private final KafkaConsumer<String, byte[]> consumer;
        private final ConsumerMeters meters;
        private final ConsumerSpans spans;
        private volatile boolean running = true;
        private Thread thread;
        private Producer<String, byte[]> deadLetters;

        Worker(EventHandler handler) {
            this.handler = handler;
            Map<String, Object> props = new HashMap<>();
            props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, producers.bootstrapServers());
            props.put(ConsumerConfig.GROUP_ID_CONFIG, applicationName + "." + handler.name());
            props.put(ConsumerConfig.CLIENT_ID_CONFIG, applicationName + "." + handler.name());
            props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1_000);
            // A record of a Kafka transaction that was aborted was never meant to happen.
            props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            props.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, (int)
                    config.maxPollInterval().toMillis());
            props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
            props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
            this.consumer = new KafkaConsumer<>(props);
            this.meters = new ConsumerMeters(meterRegistry, handler.name());
            this.spans = new ConsumerSpans(tracer, handler.name());
        }

        void start() {
            thread = new Thread(this, "inbox-" + handler.name());
            thread.setDaemon(true);
            thread.start();
        }

        void shutdown() {
            running = false;
            consumer.wakeup();
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void run() {
            try {
                consumer.subscribe(handler.topics());
                while (running) {
                    ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofSeconds(1));
                    meters.lags(consumer.assignment(), consumer::currentLag);
                    if (records.count() > 1 && spans.within(spans.batch(records), () -> applyAll(records))) {
                        commit(records);
                        continue;
                    }
                    for (ConsumerRecord<String, byte[]> record : records) {
                        if (!running) {
                            break;
                        }
                        spans.within(spans.one(record), () -> deliver(record));
                        if (!commit(record)) {
                            break;
                        }
                    }
                }
            } catch (WakeupException e) {
                if (running) {
                    throw e;
                }
            } finally {
                consumer.close(Duration.ofSeconds(5));
                if (deadLetters != null) {
                    deadLetters.close(Duration.ofSeconds(2));
                }
            }
        }

        /** True when the whole poll was applied in one transaction; false (nothing applied) to go one at a time. */
        private boolean applyAll(ConsumerRecords<String, byte[]> records) {
            List<IncomingEvent> events = new ArrayList<>(records.count());
            try {
                for (ConsumerRecord<String, byte[]> record : records) {
                    events.add(parse(record));
                }
                meters.applied(processAll(handler, events));
                return true;
            } catch (RuntimeException e) {
                LOG.debugf("%s applies a batch of %d one at a time: %s", handler.name(), records.count(), e);
                return false;
            }
        }

        /**
         * Applies the record, retrying a failing handler up to the configured attempts before dead-lettering it. While
         * the database cannot be reached the event is not at fault: it waits, without using up its attempts.
         */
        private void deliver(ConsumerRecord<String, byte[]> record) {
            Backoff backoff = new Backoff(config.initialBackoff(), config.maxBackoff());
            int failures = 0;
            while (running) {
                try {
                    if (process(handler, parse(record))) {
                        meters.applied(1);
                    }
                    return;
                } catch (PoisonEventException e) {
                    if (deadLetter(record, e)) {
                        return;
                    }
                } catch (RuntimeException e) {
                    boolean databaseDown = DatabaseUnreachable.causes(e);
                    if (!databaseDown && ++failures >= config.maxAttempts() && deadLetter(record, e)) {
                        return;
                    }
                    LOG.warnf(
                            "%s failed on %s-%d@%d (%s): %s; retrying in %s",
                            handler.name(),
                            record.topic(),
                            record.partition(),
                            record.offset(),
                            databaseDown ? "waiting for the database" : "failure " + failures,
                            e,
                            backoff.current());
                    if (!backoff.pause()) {
                        running = false;
                    }
                }
            }
        }

        /** Commits the offsets after a poll applied whole; as {@link #commit(ConsumerRecord)} when that fails. */
        private void commit(ConsumerRecords<String, byte[]> records) {
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            for (TopicPartition partition : records.partitions()) {
                List<ConsumerRecord<String, byte[]>> of = records.records(partition);
                offsets.put(
                        partition, new OffsetAndMetadata(of.get(of.size() - 1).offset() + 1));
            }
            try {
                consumer.commitSync(offsets);
            } catch (CommitFailedException e) {
                LOG.warnf(
                        "%s lost its partitions while applying a batch; it rejoins and resumes from its last commit",
                        handler.name());
            }
        }

        /**
         * Commits the record's offset; false when the broker has meanwhile given the partitions to another consumer
         * (the worker took longer than the poll interval, waiting for the database). The next poll rejoins the group
         * and resumes from the last commit; the inbox skips what was applied since.
         */
        private boolean commit(ConsumerRecord<String, byte[]> record) {
            try {
                consumer.commitSync(Map.of(
                        new TopicPartition(record.topic(), record.partition()),
                        new OffsetAndMetadata(record.offset() + 1)));
                return true;
            } catch (CommitFailedException e) {
                LOG.warnf(
                        "%s lost its partitions while applying %s-%d@%d; it rejoins and resumes from its last commit",
                        handler.name(), record.topic(), record.partition(), record.offset());
                return false;
            }
        }

        /** True once the record is on the dead-letter topic; false (and retried) while Kafka refuses it. */
        private boolean deadLetter(ConsumerRecord<String, byte[]> record, Exception error) {
            LOG.errorf(
                    error,
                    "%s sends %s-%d@%d to the dead-letter topic",
                    handler.name(),
                    record.topic(),
                    record.partition(),
                    record.offset());
            RecordHeaders headers = new RecordHeaders(record.headers().toArray());
            headers.add(CloudEvents.DLQ_ERROR, bytes(String.valueOf(error.getMessage())));
            headers.add(CloudEvents.DLQ_ERROR_CLASS, bytes(error.getClass().getName()));
            headers.add(CloudEvents.DLQ_ORIGINAL_TOPIC, bytes(record.topic()));
            headers.add(CloudEvents.DLQ_ORIGINAL_PARTITION, bytes(Integer.toString(record.partition())));
            headers.add(CloudEvents.DLQ_ORIGINAL_OFFSET, bytes(Long.toString(record.offset())));
            headers.add(CloudEvents.DLQ_CONSUMER, bytes(handler.name()));
            if (deadLetters == null) {
                deadLetters = producers.create();
            }
            try {
                deadLetters
                        .send(new ProducerRecord<>(
                                record.topic() + ".dlq", null, record.key(), record.value(), headers))
                        .get(30, TimeUnit.SECONDS);
                meters.deadLettered();
                return true;
            } catch (Exception e) {
                // The offset stays uncommitted, so the event is neither lost nor skipped.
                LOG.warnf("Could not write to %s.dlq (%s); retrying", record.topic(), e);
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                    running = false;
                } else {
                    if (!Backoff.sleep(config.maxBackoff())) {
                        running = false;
                    }
                }
                return false;
            }
        }

        private static byte[] bytes(String value) {
            return value.getBytes(StandardCharsets.UTF_8);
        }
    }
}
