package vn.partybloc.platform.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.partybloc.platform.testapp.NoteResource;
import vn.partybloc.platform.testapp.Notes;
import vn.partybloc.testing.KafkaResource;
import vn.partybloc.testing.KafkaTestConsumer;

@QuarkusTest
class OutboxRelayTest {

    @TestHTTPResource(value = "/health/ready", management = true)
    URL readiness;

    @TestHTTPResource(value = "/health/group/pipeline", management = true)
    URL pipeline;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Inject
    Event<OutboxPublished> published;

    @Inject
    OutboxRelay relay;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OutboxConfig config;

    @Inject
    EventProducerFactory producers;

    /**
     * The operator's view of the same outage: the backlog and its age grow on the metrics and the pipeline group goes
     * down past its threshold while readiness stays up; all of it recovers once the broker is back.
     */
    @Test
    void thePipelineGroupGoesDownWhileEventsWaitTooLongAndReadinessStaysUp() {
        await().atMost(Duration.ofSeconds(30)).until(() -> relay.state() == RelayState.ACTIVE);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> given().get(pipeline).then().statusCode(200));
        double failuresBefore = meter("outbox_publish_failures_total");
        KafkaResource.stopBroker();
        try {
            Notes.write(Notes.uniqueTitle("Waits in the outbox"));
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> given().get(pipeline)
                            .then()
                            .statusCode(503)
                            .body("checks[0].name", equalTo("outbox-backlog"))
                            .body("checks[0].data.relayState", equalTo(RelayState.KAFKA_UNAVAILABLE.name())));
            given().get(readiness).then().statusCode(200);
            assertTrue(meter("outbox_backlog") >= 1, "the waiting event is counted");
            assertTrue(meter("outbox_backlog_oldest_age_seconds") > 3, "its age passed the threshold");
            assertTrue(meter("outbox_publish_failures_total") > failuresBefore, "the refusals are counted");
        } finally {
            KafkaResource.startBroker();
        }
        await().atMost(Duration.ofSeconds(90))
                .untilAsserted(() -> given().get(pipeline).then().statusCode(200));
        await().atMost(Duration.ofSeconds(10)).until(() -> meter("outbox_backlog") == 0);
        assertEquals(0, meter("outbox_backlog_oldest_age_seconds"));
    }

    private double meter(String name) {
        String line = given().get(metrics)
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .lines()
                .filter(l -> l.startsWith(name + " ") || l.startsWith(name + "{"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not on /q/metrics"));
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
    }

    @Test
    void writesSucceedWhileKafkaIsDownAndEveryEventArrivesOnceItIsBack() {
        List<UUID> notes = new ArrayList<>();
        KafkaResource.stopBroker();
        try {
            for (int i = 0; i < 20; i++) {
                notes.add(Notes.write(Notes.uniqueTitle("Written during the outage " + i)));
            }
            // The writes above all succeeded; their events wait in the outbox while the broker is away.
            assertTrue(
                    Notes.count("select count(*) from outbox where published_at is null", null) >= notes.size(),
                    "events wait in the outbox");
            given().get(readiness).then().statusCode(200);
        } finally {
            KafkaResource.startBroker();
        }
        Set<String> keys = new HashSet<>(notes.stream().map(UUID::toString).toList());
        try (KafkaTestConsumer consumer = new KafkaTestConsumer(NoteResource.TOPIC)) {
            consumer.await(
                    r -> keys.contains(r.key()),
                    list -> list.stream().map(ConsumerRecord::key).distinct().count() == notes.size(),
                    Duration.ofSeconds(90));
            // Every event has arrived; once the relay has marked them all sent, whatever it sent twice arrives too.
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> Notes.count("select count(*) from outbox where published_at is null", null) == 0);
            List<ConsumerRecord<String, String>> records =
                    consumer.settle(r -> keys.contains(r.key()), Duration.ofSeconds(3));
            List<String> ids = records.stream()
                    .map(r -> KafkaTestConsumer.header(r, CloudEvents.ID))
                    .toList();
            assertEquals(ids.size(), new HashSet<>(ids).size(), "an event was delivered twice: " + ids);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> relay.state() == RelayState.ACTIVE);
        given().get(metrics).then().statusCode(200).body(containsString("outbox_published_total"));
    }

    @Test
    void onlyOneRelayPublishesAndAStandbyTakesOverWhenTheActiveOneStops() {
        await().atMost(Duration.ofSeconds(30)).until(() -> relay.state() == RelayState.ACTIVE);
        OutboxRelay second = new OutboxRelay(dataSource, config, producers, new SimpleMeterRegistry(), published);
        second.start();
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> second.state() == RelayState.STANDBY);
            UUID first = Notes.write(Notes.uniqueTitle("Published by the first relay"));
            assertPublishedOnce(first);
            assertEquals(RelayState.STANDBY, second.state());

            relay.stop();
            await().atMost(Duration.ofSeconds(20)).until(() -> second.state() == RelayState.ACTIVE);
            UUID afterTakeOver = Notes.write(Notes.uniqueTitle("Published after the take-over"));
            assertPublishedOnce(afterTakeOver);
        } finally {
            second.stop();
            relay.start();
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> relay.state() == RelayState.ACTIVE);
    }

    private static void assertPublishedOnce(UUID noteId) {
        try (KafkaTestConsumer consumer = new KafkaTestConsumer(NoteResource.TOPIC)) {
            List<ConsumerRecord<String, String>> records = consumer.await(
                    r -> r.key().equals(noteId.toString()), list -> !list.isEmpty(), Duration.ofSeconds(30));
            // Give a second relay, if one were wrongly active, the time to publish a duplicate.
            List<ConsumerRecord<String, String>> settled =
                    consumer.await(r -> r.key().equals(noteId.toString()), list -> true, Duration.ofSeconds(3));
            assertTrue(records.size() >= 1);
            assertEquals(1, settled.size(), "published more than once");
        }
    }
}
