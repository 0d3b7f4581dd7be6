package vn.partybloc.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * No import file starves member-service (issue 14), checked on the service as the launcher runs it, with its heap of
 * 256 MiB, through the gateway: the worst files under the 10 MiB body limit (about 5 million one-letter rows, and rows
 * of about 1 MiB each) end with a clear answer, another user's requests meanwhile get no 5xx, and the service is not
 * restarted.
 */
@Order(8)
class ImportLimitsIT extends Journey {

    private static final int NEAR_THE_LIMIT = 10 * 1024 * 1024 - 1024;
    private static final String HEADER =
            "fullName,dateOfBirth,gender,nationalId,admittedOn,fullMemberSince,organizationId,degree,jobTitle,decisionNumber\n";
    private static final Pattern UPTIME = Pattern.compile("(?m)^process_uptime_seconds(?:\\{[^}]*})? ([0-9.eE+-]+)$");

    @Test
    void theWorstFilesUnderTheBodyLimitEndClearlyWhileOthersAreAnswered() throws Exception {
        double uptime = memberServiceUptime();
        String admin = admin();
        try (OtherUser other = new OtherUser(LocalStack.login("viewer"))) {
            HttpResponse<String> refused = send(admin, minimalRows());
            assertEquals(413, refused.statusCode(), refused.body());
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertTrue(JsonPath.from(refused.body()).getString("detail").contains("200000"), refused.body());

            int rows = 9;
            HttpResponse<String> accepted = send(admin, longLines(rows));
            assertEquals(202, accepted.statusCode(), accepted.body());
            String job = accepted.headers().firstValue("Location").orElseThrow();
            Awaitility.await()
                    .atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> "DONE".equals(jobOf(admin, job).getString("status")));
            assertEquals(rows, jobOf(admin, job).getInt("failedRows"));

            assertTrue(other.answered.get() > 0, "the other user was answered meanwhile");
            assertEquals(List.of(), other.serverErrors, "the other user's 5xx answers");
        }
        assertTrue(memberServiceUptime() > uptime, "member-service was restarted");
    }

    private static JsonPath jobOf(String token, String location) {
        return given().auth()
                .oauth2(token)
                .get(location)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Sends the file with the JDK's client: rest-assured would hold 10 MiB as boxed bytes. */
    private static HttpResponse<String> send(String token, byte[] csv) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(Gateway.BASE_URL + "/api/v1/members/imports"))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "text/csv")
                                .timeout(Duration.ofMinutes(1))
                                .POST(HttpRequest.BodyPublishers.ofByteArray(csv))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] minimalRows() {
        StringBuilder file = new StringBuilder(NEAR_THE_LIMIT).append("fullName\n");
        while (file.length() + 2 <= NEAR_THE_LIMIT) {
            file.append("x\n");
        }
        return file.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Rows whose full name is about 1 MiB in UTF-8, each refused: no such name is valid. */
    private static byte[] longLines(int rows) {
        String name = "Nguyễn Văn Dài ".repeat(60_000);
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 0; i < rows; i++) {
            file.append(
                    "\"%s\",1985-04-12,MALE,,2010-05-19,,%s,MASTER,\"Chuyên viên\",15-QĐ/ĐU\n".formatted(name, bloc));
        }
        byte[] csv = file.toString().getBytes(StandardCharsets.UTF_8);
        assertTrue(csv.length <= NEAR_THE_LIMIT, "the file fits under the body limit: " + csv.length);
        return csv;
    }

    /** From member-service's own metrics, on its management port: a restart would start it again from 0. */
    private static double memberServiceUptime() {
        String metrics = given().port(LocalStack.port("MEMBER_SERVICE_MANAGEMENT_PORT"))
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Matcher uptime = UPTIME.matcher(metrics);
        assertTrue(uptime.find(), "process_uptime_seconds in member-service's metrics");
        return Double.parseDouble(uptime.group(1));
    }

    /** Another user listing members through the gateway, 50 ms after each answer, until closed. */
    private static final class OtherUser implements AutoCloseable {
        final AtomicInteger answered = new AtomicInteger();
        final List<String> serverErrors = new CopyOnWriteArrayList<>();
        private final ScheduledExecutorService lister = Executors.newSingleThreadScheduledExecutor();

        OtherUser(String token) {
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest list = HttpRequest.newBuilder(URI.create(Gateway.BASE_URL + "/api/v1/members?size=20"))
                    .header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofSeconds(60))
                    .build();
            lister.scheduleWithFixedDelay(
                    () -> {
                        try {
                            HttpResponse<String> answer = http.send(list, HttpResponse.BodyHandlers.ofString());
                            answered.incrementAndGet();
                            if (answer.statusCode() >= 500) {
                                serverErrors.add(answer.statusCode() + " " + answer.body());
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        } catch (IOException e) {
                            serverErrors.add(e.toString());
                        }
                    },
                    0,
                    50,
                    TimeUnit.MILLISECONDS);
        }

        @Override
        public void close() throws InterruptedException {
            lister.shutdown();
            lister.awaitTermination(70, TimeUnit.SECONDS);
        }
    }
}
