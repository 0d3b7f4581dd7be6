package vn.partybloc.member;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.partybloc.member.Members.admin;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A first full sync of a subtree of {@code benchmark.members} members (default the demo's 14,357) three ways, side by
 * side, through the API: by the paged list (500 a page, the way an integrator had before exports), by an export of
 * today's register, and by an export as of a past day (the register rebuilt from each member's history). Each export
 * is timed from its request to the last line of its content read; then today's content is read again as NDJSON and
 * as CSV. Prints members per second, the stored size against the NDJSON's, and CSV's time against NDJSON's; asserts
 * only that each way reads every member.
 * Run: {@code ./mvnw -pl member-service -am verify -Dexcluded.test.groups= -Dgroups=benchmark -Dtest=MemberExportBenchmark -Dsurefire.failIfNoSpecifiedTests=false [-Dbenchmark.members=550000] [-Dbenchmark.paged=false]}
 */
@QuarkusTest
@Tag("benchmark")
class MemberExportBenchmark {

    private static final Logger LOG = Logger.getLogger(MemberExportBenchmark.class);
    private static final int MEMBERS = Integer.getInteger("benchmark.members", 14_357);
    /** Writing and deleting half a million members outlasts the default transaction timeout. */
    private static final int SEED_SECONDS = 1800;

    private static final boolean PAGED = Boolean.parseBoolean(System.getProperty("benchmark.paged", "true"));

    @Inject
    EntityManager em;

    @Test
    void firstFullSyncOfASubtree() {
        // Timed as a client reads, not as the tests check the contract: each page's validation would count.
        RestAssured.replaceFiltersWith(List.of());
        UUID root = UUID.randomUUID();
        UUID cell = UUID.randomUUID();
        QuarkusTransaction.requiringNew().timeout(SEED_SECONDS).run(() -> seed(root, cell));
        try {
            for (int round = 1; round <= 2; round++) {
                double paged = PAGED ? timed(() -> assertEquals(MEMBERS, paged(root))) : Double.NaN;
                long[] sizes = new long[2];
                String[] location = new String[1];
                double today = timed(() -> location[0] = exported(root, null, sizes));
                double asOf = timed(() -> exported(root, "2025-12-31", new long[2]));
                double ndjson = timed(() -> assertEquals(MEMBERS, read(location[0], "application/x-ndjson", null)));
                double csv = timed(() -> assertEquals(MEMBERS + 1, read(location[0], "text/csv", null)));
                LOG.infof(
                        "BENCHMARK first full sync of %d members, round %d: paged list %.2f s (%.0f members/s), "
                                + "export %.2f s (%.0f members/s, %.1fx), export as of a day %.2f s (%.0f members/s); "
                                + "stored %.1f MB for %.1f MB of NDJSON; its content read again as NDJSON %.2f s, "
                                + "as CSV %.2f s (%.2fx)",
                        MEMBERS,
                        round,
                        paged,
                        MEMBERS / paged,
                        today,
                        MEMBERS / today,
                        paged / today,
                        asOf,
                        MEMBERS / asOf,
                        sizes[1] / 1e6,
                        sizes[0] / 1e6,
                        ndjson,
                        csv,
                        csv / ndjson);
            }
        } finally {
            QuarkusTransaction.requiringNew().timeout(SEED_SECONDS).run(() -> {
                em.createNativeQuery("delete from member_events where recorded_by = 'benchmark'")
                        .executeUpdate();
                em.createNativeQuery("delete from members where created_by = 'benchmark'")
                        .executeUpdate();
                em.createNativeQuery("delete from organizations where id in (?1, ?2)")
                        .setParameter(1, root)
                        .setParameter(2, cell)
                        .executeUpdate();
            });
        }
    }

    private void seed(UUID root, UUID cell) {
        String rootPath = "/" + root + "/";
        em.createNativeQuery("""
                insert into organizations (id, code, name, type, parent_id, path, status, version, updated_at)
                values (?1, ?2, 'Benchmark', 'GRASSROOTS_COMMITTEE', null, ?3, 'ACTIVE', 0, now()),
                       (?4, ?5, 'Benchmark cell', 'SUBORDINATE_CELL', ?1, ?6, 'ACTIVE', 0, now())""")
                .setParameter(1, root)
                .setParameter(2, "BR" + root.toString().substring(0, 8))
                .setParameter(3, rootPath)
                .setParameter(4, cell)
                .setParameter(5, "BC" + cell.toString().substring(0, 8))
                .setParameter(6, rootPath + cell + "/")
                .executeUpdate();
        em.createNativeQuery("""
                insert into members (id, full_name, date_of_birth, gender, national_id, admitted_on, membership_kind,
                                     organization_id, status, degree, foreign_language, version, created_at,
                                     created_by, updated_at, updated_by)
                select gen_random_uuid(), 'Đảng viên ' || i, date '1970-01-01' + i % 12000, 'FEMALE',
                       'E' || lpad(i::text, 11, '0'), date '2000-01-01' + i % 9000, 'FULL', ?1, 'ACTIVE', 'BACHELOR',
                       'Tiếng Anh B1', 0, now(), 'benchmark', now(), 'benchmark'
                from generate_series(1, ?2) i""").setParameter(1, cell).setParameter(2, MEMBERS).executeUpdate();
        em.createNativeQuery("""
                insert into member_events (id, member_id, kind, occurred_on, to_organization_id, recorded_at,
                                           recorded_by)
                select gen_random_uuid(), id, 'ADMITTED', admitted_on, organization_id, now(), 'benchmark'
                from members where created_by = 'benchmark'""").executeUpdate();
        em.createNativeQuery("analyze members").executeUpdate();
        em.createNativeQuery("analyze member_events").executeUpdate();
    }

    private static int paged(UUID root) {
        int read = 0;
        for (int page = 0; ; page++) {
            int items = given().auth()
                    .oauth2(admin())
                    .queryParam("organizationId", root)
                    .queryParam("includeDescendants", true)
                    .queryParam("size", 500)
                    .queryParam("page", page)
                    .get("/api/v1/members")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("items")
                    .size();
            if (items == 0) {
                return read;
            }
            read += items;
        }
    }

    /** The export's content bytes and its stored bytes into {@code sizes}; returns the job's location. */
    private String exported(UUID root, String asOf, long[] sizes) {
        String location = given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"organizationId\":\"" + root + "\"" + (asOf == null ? "" : ",\"asOf\":\"" + asOf + "\"") + "}")
                .post("/api/v1/members/exports")
                .then()
                .statusCode(202)
                .extract()
                .header("Location");
        JsonPath job = Awaitility.await()
                .atMost(Duration.ofMinutes(30))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(20))
                .until(
                        () -> given().auth()
                                .oauth2(admin())
                                .get(location)
                                .then()
                                .extract()
                                .jsonPath(),
                        j -> j.getString("status").equals("DONE"));
        long[] bytes = new long[1];
        assertEquals(MEMBERS, read(location, "application/x-ndjson", bytes));
        assertEquals(MEMBERS, job.getLong("records"));
        sizes[0] = bytes[0];
        sizes[1] = ((Number) em.createNativeQuery(
                                "select coalesce(sum(length(data)), 0) from export_parts where job_id = ?1")
                        .setParameter(1, UUID.fromString(job.getString("id")))
                        .getSingleResult())
                .longValue();
        return location;
    }

    /** The content of the export at {@code location} in {@code accept}'s format; its bytes into {@code bytes}. */
    private static long read(String location, String accept, long[] bytes) {
        long lines = 0;
        long read = 0;
        // Streamed, as a client reads it: rest-assured would hold the whole body in memory.
        HttpRequest content = HttpRequest.newBuilder(URI.create(location + "/content"))
                .header("Authorization", "Bearer " + admin())
                .header("Accept", accept)
                .build();
        try {
            HttpResponse<InputStream> response =
                    HttpClient.newHttpClient().send(content, HttpResponse.BodyHandlers.ofInputStream());
            assertEquals(200, response.statusCode());
            try (BufferedReader reader =
                    new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    lines++;
                    read += line.getBytes(StandardCharsets.UTF_8).length + 1;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (bytes != null) {
            bytes[0] = read;
        }
        return lines;
    }

    private static double timed(Runnable run) {
        long start = System.nanoTime();
        run.run();
        return (System.nanoTime() - start) / 1e9;
    }
}
