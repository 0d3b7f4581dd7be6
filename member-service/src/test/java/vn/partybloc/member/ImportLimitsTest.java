package vn.partybloc.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.partybloc.member.Members.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.partybloc.testing.DocumentedEvent.Organization;

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
            String type, String header, String row) throws Exception {
        String file = minimalRows(header, row);
        long jobs = jobs();
        try (OtherCallers others = new OtherCallers()) {
            HttpResponse<String> refused = send(type, file.getBytes(StandardCharsets.UTF_8));
            assertEquals(413, refused.statusCode());
            assertEquals(
                    "application/problem+json",
                    refused.headers().firstValue("Content-Type").orElse(""));
            assertTrue(JsonPath.from(refused.body()).getString("detail").contains("200000"), refused.body());
            assertEquals(List.of(), others.serverErrors());
        }
        assertEquals(jobs, jobs(), "no job for a refused file");
    }

    @Test
    void aFileOfVeryLongLinesEndsWithEachRowRefusedAndOthersAreAnswered() throws Exception {
        LongLines file = veryLongLines(
                Organization.child(Organization.bloc(), "GRASSROOTS_CELL").id());
        try (OtherCallers others = new OtherCallers()) {
            JsonPath job = importLarge(file.csv());
            assertEquals("DONE", job.getString("status"));
            assertEquals(file.rows(), job.getInt("failedRows"));
            assertEquals(
                    List.of("fullName"),
                    job.getList("errors.field").stream().distinct().toList());
            assertEquals(List.of(), others.serverErrors());
        }
    }

    /**
     * Sends a file as an admin with the JDK's client: rest-assured holds a request body as boxed bytes (over 7 million
     * {@code Byte} objects for 10 MiB, about 160 MB), which would measure the test, not the service.
     */
    static HttpResponse<String> send(String type, byte[] file) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://localhost:" + RestAssured.port + "/api/v1/members/imports"))
                                .header("Authorization", "Bearer " + admin())
                                .header("Content-Type", type)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(file))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a CSV file as an admin and follows its job until it ends. */
    static JsonPath importLarge(byte[] csv) throws IOException, InterruptedException {
        HttpResponse<String> accepted = send("text/csv", csv);
        assertEquals(202, accepted.statusCode(), accepted.body());
        return ImportTest.awaitJob(
                admin(), accepted.headers().firstValue("Location").orElseThrow());
    }

    /** A file of one-letter rows (after the header, if any) just under the body limit: about 5 million of them. */
    static String minimalRows(String header, String row) {
        StringBuilder file = new StringBuilder(NEAR_THE_LIMIT).append(header);
        while (file.length() + row.length() <= NEAR_THE_LIMIT) {
            file.append(row);
        }
        return file.toString();
    }

    record LongLines(byte[] csv, int rows) {}

    /** A members file of rows of about 1 MiB each (the full name), just under the body limit in UTF-8. */
    static LongLines veryLongLines(UUID cell) {
        String name = "Nguyễn Văn Dài ".repeat(60_000);
        StringBuilder file = new StringBuilder(ImportTest.CSV_HEADER);
        int bytes = ImportTest.CSV_HEADER.length();
        int rows = 0;
        while (true) {
            String line = ImportTest.csvRow(name, Members.nationalId(), cell, "2011-05-19", "Chuyên viên");
            bytes += line.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > NEAR_THE_LIMIT) {
                return new LongLines(file.toString().getBytes(StandardCharsets.UTF_8), rows);
            }
            file.append(line);
            rows++;
        }
    }

    private static long jobs() throws SQLException {
        return ImportTest.count("select count(*) from import_jobs");
    }
}
