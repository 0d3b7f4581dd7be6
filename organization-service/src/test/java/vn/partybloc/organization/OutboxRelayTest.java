package vn.partybloc.organization;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.partybloc.organization.events.OrganizationEvents;
import vn.partybloc.platform.events.EventProducerFactory;
import vn.partybloc.platform.events.OutboxConfig;
import vn.partybloc.platform.events.OutboxRelay;
import vn.partybloc.platform.events.RelayState;
import vn.partybloc.testing.KafkaResource;

@QuarkusTest
class OutboxRelayTest {

    @Inject
    OutboxRelay relay;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OutboxConfig config;

    @Inject
    EventProducerFactory producers;

    @Test
    void writesSucceedWhileKafkaIsDownAndEveryEventArrivesOnceItIsBack() {
        UUID parent = Fixtures.committee("Đảng bộ Kho bạc Nhà nước");
        List<UUID> cells = new ArrayList<>();
        KafkaResource.stopBroker();
        try {
            for (int i = 0; i < 20; i++) {
                cells.add(Fixtures.cell(parent, "Chi bộ Kho bạc " + i));
            }
            // The writes above all succeeded; their events wait in the outbox while the broker is away.
            assertTrue(unpublished() >= cells.size(), "events wait in the outbox");
            given().get("/q/health/ready").then().statusCode(200);
        } finally {
            KafkaResource.startBroker();
        }
        Set<String> keys = new HashSet<>(cells.stream().map(UUID::toString).toList());
        try (KafkaTestConsumer consumer = new KafkaTestConsumer(OrganizationEvents.TOPIC)) {
            List<ConsumerRecord<String, String>> records = consumer.await(
                    r -> keys.contains(r.key()),
                    list -> list.stream().map(ConsumerRecord::key).distinct().count() == cells.size(),
                    Duration.ofSeconds(90));
            List<String> ids = records.stream()
                    .map(r -> KafkaTestConsumer.header(r, "ce_id"))
                    .toList();
            assertEquals(ids.size(), new HashSet<>(ids).size(), "an event was delivered twice: " + ids);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> relay.state() == RelayState.ACTIVE);
        given().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.containsString("outbox_published_total"));
    }

    @Test
    void onlyOneRelayPublishesAndAStandbyTakesOverWhenTheActiveOneStops() {
        await().atMost(Duration.ofSeconds(30)).until(() -> relay.state() == RelayState.ACTIVE);
        OutboxRelay second = new OutboxRelay(dataSource, config, producers, new SimpleMeterRegistry());
        second.start();
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> second.state() == RelayState.STANDBY);
            UUID first = Fixtures.committee("Đảng bộ Cục Thuế");
            assertPublishedOnce(first);
            assertEquals(RelayState.STANDBY, second.state());

            relay.stop();
            await().atMost(Duration.ofSeconds(20)).until(() -> second.state() == RelayState.ACTIVE);
            UUID afterTakeOver = Fixtures.committee("Đảng bộ Cục Hải quan");
            assertPublishedOnce(afterTakeOver);
        } finally {
            second.stop();
            relay.start();
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> relay.state() == RelayState.ACTIVE);
    }

    private static long unpublished() {
        try (var connection = vn.partybloc.testing.PostgresResource.connect();
                var statement = connection.createStatement();
                var rs = statement.executeQuery("select count(*) from outbox where published_at is null")) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertPublishedOnce(UUID organizationId) {
        try (KafkaTestConsumer consumer = new KafkaTestConsumer(OrganizationEvents.TOPIC)) {
            List<ConsumerRecord<String, String>> records = consumer.await(
                    r -> r.key().equals(organizationId.toString()), list -> !list.isEmpty(), Duration.ofSeconds(30));
            // Give a second relay, if one were wrongly active, the time to publish a duplicate.
            List<ConsumerRecord<String, String>> settled =
                    consumer.await(r -> r.key().equals(organizationId.toString()), list -> true, Duration.ofSeconds(3));
            assertTrue(records.size() >= 1);
            assertEquals(1, settled.size(), "published more than once");
        }
    }
}
