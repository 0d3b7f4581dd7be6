package vn.partybloc.member;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.partybloc.member.Members.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.partybloc.testing.DocumentedEvent.Organization;
import vn.partybloc.testing.PostgresResource;

/**
 * No import file starves member-service (issue 14): the file goes to disk and the job reads it row by row, a file of
 * more rows than the cap is refused at once naming the cap, and other callers are answered meanwhile. The worst cases
 * are files just under the 10 MiB body limit: minimal rows, and very long lines. How long others wait during such a
 * job is measured by {@code MemberBenchmark}, not asserted here.
 */
@QuarkusTest
class ImportLimitsTest {

    /** Just under the body limit of 10 MiB. */
    private static final int NEAR_THE_LIMIT = 10 * 1024 * 1024 - 1024;

    @ParameterizedTest
    @CsvSource({"text/csv, 'fullName\n', 'x\n'", "application/x-ndjson, '', '{}\n'"})
    void aFileOfMoreRowsThanTheCapIsRefusedAtOnceNamingTheCapAndOthersAreAnswered(
            String type, String header, String row) throws SQLException {
        StringBuilder file = new StringBuilder(NEAR_THE_LIMIT).append(header);
        while (file.length() + row.length() <= NEAR_THE_LIMIT) {
            file.append(row);
        }
        long jobs = jobs();
        try (OtherCallers others = new OtherCallers()) {
            given().auth()
                    .oauth2(admin())
                    .contentType(type)
                    .body(file.toString().getBytes(StandardCharsets.UTF_8))
                    .post("/api/v1/members/imports")
                    .then()
                    .statusCode(413)
                    .contentType("application/problem+json")
                    .body("detail", containsString("200000"));
            assertEquals(List.of(), others.serverErrors());
        }
        assertEquals(jobs, jobs(), "no job for a refused file");
    }

    @Test
    void aFileOfVeryLongLinesEndsWithEachRowRefusedAndOthersAreAnswered() {
        UUID cell = Organization.child(Organization.bloc(), "GRASSROOTS_CELL").id();
        String name = "Nguyễn Văn Dài ".repeat(60_000); // about 1 MiB of UTF-8 per row
        StringBuilder file = new StringBuilder(ImportTest.CSV_HEADER);
        int bytes = ImportTest.CSV_HEADER.length();
        int rows = 0;
        while (true) {
            String line = ImportTest.csvRow(name, Members.nationalId(), cell, "2011-05-19", "Chuyên viên");
            bytes += line.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > NEAR_THE_LIMIT) {
                break;
            }
            file.append(line);
            rows++;
        }
        try (OtherCallers others = new OtherCallers()) {
            JsonPath job = ImportTest.importFile(admin(), "/api/v1/members/imports", "text/csv", file.toString());
            assertEquals("DONE", job.getString("status"));
            assertEquals(rows, job.getInt("failedRows"));
            assertEquals(
                    List.of("fullName"),
                    job.getList("errors.field").stream().distinct().toList());
            assertEquals(List.of(), others.serverErrors());
        }
    }

    private static long jobs() throws SQLException {
        try (Connection c = PostgresResource.connect();
                ResultSet rs = c.createStatement().executeQuery("select count(*) from import_jobs")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Another user listing members over and over while the file is sent and read; keeps what answered 5xx. */
    private static final class OtherCallers implements AutoCloseable {

        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<String> serverErrors = Collections.synchronizedList(new ArrayList<>());
        private final Thread thread;

        OtherCallers() {
            String token = admin();
            thread = new Thread(() -> {
                while (running.get()) {
                    int status = given().auth()
                            .oauth2(token)
                            .queryParam("size", 5)
                            .get("/api/v1/members")
                            .statusCode();
                    if (status >= 500) {
                        serverErrors.add("GET /api/v1/members answered " + status);
                    }
                }
            });
            thread.start();
        }

        List<String> serverErrors() {
            return List.copyOf(serverErrors);
        }

        @Override
        public void close() {
            running.set(false);
            try {
                thread.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
