package vn.partybloc.platform.events;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import vn.partybloc.platform.testapp.NoteResource;
import vn.partybloc.platform.testapp.Notes;

/**
 * An aggregate's events reach the broker in the order they were written, even when the broker times out on one of
 * them and takes the next: found by the fault suite (FaultsIT), where a member's MemberUpdated reached the topic
 * before their MemberAdmitted after the broker had been stopped.
 */
@QuarkusTest
class OutboxOrderTest {

    @Inject
    Event<OutboxPublished> published;

    @Inject
    OutboxRelay relay;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OutboxConfig config;

    @Inject
    Outbox outbox;

    @Test
    void anEventTheBrokerTimedOutOnIsDeliveredBeforeTheNextEventOfItsAggregate() throws Exception {
        relay.stop();
        UUID note = UUID.randomUUID();
        List<String> delivered = new CopyOnWriteArrayList<>();
        AtomicBoolean timedOut = new AtomicBoolean();
        // A stand-in broker that answers each record as it is sent: the note's first record times out once, every
        // other one is taken. The relay makes a fresh one each time it makes a producer (it closes one after a
        // failure).
        OutboxRelay timingOut = new OutboxRelay(
                dataSource,
                config,
                new EventProducerFactory("unused", "test") {
                    @Override
                    public Producer<String, byte[]> create() {
                        return new MockProducer<>(false, null, new StringSerializer(), new ByteArraySerializer()) {
                            @Override
                            public synchronized Future<RecordMetadata> send(
                                    ProducerRecord<String, byte[]> record, Callback callback) {
                                Future<RecordMetadata> ack = super.send(record, callback);
                                if (note.toString().equals(record.key()) && timedOut.compareAndSet(false, true)) {
                                    errorNext(new TimeoutException("the broker did not answer in time"));
                                } else {
                                    completeNext();
                                    delivered.add(record.key() + " " + type(record));
                                }
                                return ack;
                            }
                        };
                    }
                },
                new SimpleMeterRegistry(),
                published);
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.publish(new Outbox.Event(
                    NoteResource.TOPIC, "Note", note, "NoteWritten", Map.of("title", "first"), Set.of()));
            outbox.publish(new Outbox.Event(
                    NoteResource.TOPIC, "Note", note, "NoteRenamed", Map.of("title", "second"), Set.of()));
        });
        timingOut.start();
        try {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> Notes.count(
                                    "select count(*) from outbox where aggregate_id = ? and published_at is null",
                                    note.toString())
                            == 0);
        } finally {
            timingOut.stop();
            relay.start();
        }
        assertEquals(
                List.of(note + " NoteWritten", note + " NoteRenamed"),
                delivered.stream().filter(d -> d.startsWith(note.toString())).toList());
    }

    private static String type(ProducerRecord<String, byte[]> record) {
        var header = record.headers().lastHeader(CloudEvents.TYPE);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
