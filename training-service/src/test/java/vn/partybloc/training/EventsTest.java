package vn.partybloc.training;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.partybloc.training.Feed.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.KafkaResource;
import vn.partybloc.testing.Tokens;

@QuarkusTest
class EventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aCourseAndItsEnrollmentsArePublishedInOrderKeyedByTheCourseWithCloudEventsHeaders() throws Exception {
        Feed.Org cell = Feed.child(Feed.bloc(), "GRASSROOTS_CELL");
        UUID member = Feed.member("Tăng Văn Sự", cell.id());
        UUID course = Courses.running("PARTY_WORK", "2022-05-09", "2022-05-13", List.of(member));
        Courses.complete(admin(), course, List.of(member), "GOOD", null).then().statusCode(200);

        List<ConsumerRecord<String, String>> records = consume(course.toString(), 4);
        assertEquals(
                List.of("CourseScheduled", "MemberEnrolled", "CourseStatusChanged", "EnrollmentCompleted"),
                records.stream().map(r -> header(r, "ce_type")).toList());
        ConsumerRecord<String, String> completed = records.get(3);
        assertEquals("/training-service", header(completed, "ce_source"));
        assertEquals(course.toString(), header(completed, "ce_subject"));
        JsonNode data = JSON.readTree(completed.value());
        assertEquals(member.toString(), data.path("memberId").asText());
        assertEquals("PARTY_WORK", data.path("topic").asText());
        assertEquals("COMPLETED", data.path("status").asText());
        assertEquals("2022-05-13", data.path("completedOn").asText());
    }

    @Test
    void theChangesFeedServesTheSameEventsAsKafkaWithACursor() throws Exception {
        UUID course = Courses.schedule("PROPAGANDA", "2022-06-01", "2022-06-03", 10);
        String next = "0";
        List<JsonNode> fromFeed = new ArrayList<>();
        boolean more = true;
        while (more) {
            JsonNode page = JSON.readTree(given().auth()
                    .oauth2(Tokens.as("integration"))
                    .queryParam("after", next)
                    .queryParam("limit", 1000)
                    .get("/api/v1/changes/training")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString());
            page.path("items").forEach(item -> {
                if (course.toString().equals(item.path("subject").asText())) {
                    fromFeed.add(item);
                }
            });
            next = page.path("next").asText();
            more = page.path("hasMore").asBoolean();
        }

        ConsumerRecord<String, String> fromKafka = consume(course.toString(), 1).get(0);
        assertEquals(1, fromFeed.size(), "one event for the course in the feed");
        JsonNode event = fromFeed.get(0);
        assertEquals(header(fromKafka, "ce_id"), event.path("id").asText());
        assertEquals(header(fromKafka, "ce_type"), event.path("type").asText());
        assertEquals(header(fromKafka, "ce_source"), event.path("source").asText());
        assertEquals(JSON.readTree(fromKafka.value()), event.path("data"));
    }

    private static List<ConsumerRecord<String, String>> consume(String key, int expected) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaResource.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class))) {
            consumer.subscribe(List.of("party.training.v1"));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (key.equals(r.key())) {
                        found.add(r);
                    }
                });
                return found.size() >= expected;
            });
        }
        return found;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
