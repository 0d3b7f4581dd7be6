package vn.partybloc.platform.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.partybloc.platform.web.ProblemException;

/** Issue 19's exports: one snapshot, the feed position it stands at, and content of any size a part at a time. */
@QuarkusTest
class ExportsTest {

    @Inject
    Exports exports;

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    MeterRegistry meters;

    /**
     * An event committed while the export runs is after its cursor, and the export does not see it: the cursor and the
     * records come from one repeatable-read snapshot.
     */
    @Test
    void anEventCommittedWhileTheExportRunsIsAfterItsCursorAndOutsideItsSnapshot() throws Exception {
        long[] committedMeanwhile = {0};
        ExportJob job = done(exports.submit("notes", null, null, sink -> {
            long before = lastPositionSeen();
            // On another thread: there the pool hands out a connection outside the export's transaction.
            committedMeanwhile[0] =
                    CompletableFuture.supplyAsync(this::recordEvent).join();
            sink.accept(Map.of(
                    "isolation",
                            em.createNativeQuery("show transaction_isolation").getSingleResult(),
                    "before", before,
                    "after", lastPositionSeen()));
        }));

        Map<?, ?> seen = lines(job).get(0);
        assertEquals("repeatable read", seen.get("isolation"));
        assertEquals(job.cursor(), ((Number) seen.get("before")).longValue());
        assertEquals(job.cursor(), ((Number) seen.get("after")).longValue(), "a commit during the export is not seen");
        assertTrue(committedMeanwhile[0] > job.cursor(), "and a reader of the feed after the cursor gets its event");
    }

    @Test
    void contentOfManyPartsReadsBackWholeAndInOrder() throws Exception {
        int count = 60_000;
        double recordsBefore = meters.get("exports.records").counter().count();
        ExportJob job = done(exports.submit(
                "notes",
                null,
                null,
                sink -> IntStream.range(0, count)
                        .forEach(n -> sink.accept(Map.of("n", n, "a", UUID.randomUUID(), "b", UUID.randomUUID())))));

        assertEquals(count, job.records());
        assertEquals(
                IntStream.range(0, count).boxed().toList(),
                lines(job).stream().map(line -> line.get("n")).toList());
        assertTrue(parts(job.id()) > 1, "stored in several parts: " + parts(job.id()));
        assertEquals(
                count,
                meters.get("exports.records").counter().count() - recordsBefore,
                "counted on exports_records_total");
        // The job reads DONE when its transaction commits, a moment before the worker counts it as ended.
        Awaitility.await("no export running once it is done")
                .atMost(Duration.ofSeconds(10))
                .until(() -> meters.get("exports.running").gauge().value() == 0);
    }

    /**
     * CSV of the same export: the header, the fields in the columns' order, quotes where a comma, a quote or a line break
     * needs them, an absent field empty, a list as JSON, and a formula defused.
     */
    @Test
    void theSameExportReadsAsCsvWithItsColumnsInOrder() throws Exception {
        ExportJob job = done(exports.submit("notes", null, null, sink -> {
            sink.accept(Map.of(
                    "n", 1,
                    "name", "Nguyễn Văn \"Ba\", chi bộ 1",
                    "note", "hai\ndòng",
                    "formula", "=HYPERLINK(\"x\")",
                    "tags", List.of("a", "b")));
            sink.accept(Map.of("n", 2, "name", "Lê Thị Tư"));
        }));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.csv("notes", job.id(), List.of("n", "name", "note", "formula", "tags"))
                .write(out);

        assertEquals(
                "n,name,note,formula,tags\r\n"
                        + "1,\"Nguyễn Văn \"\"Ba\"\", chi bộ 1\",\"hai\ndòng\",\"'=HYPERLINK(\"\"x\"\")\",\"[\"\"a\"\",\"\"b\"\"]\"\r\n"
                        + "2,Lê Thị Tư,,,\r\n",
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anExportThatFailsSaysWhyAndHasNoContent() {
        ExportJob submitted = exports.submit("notes", null, null, sink -> {
            sink.accept(Map.of("n", 1));
            throw new IllegalStateException("the register could not be read");
        });
        ExportJob failed = Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInSameThread()
                .until(() -> exports.get("notes", submitted.id()), job -> job.status() == ExportStatus.FAILED);

        assertTrue(failed.error().contains("the register could not be read"), failed.error());
        ProblemException refused = assertThrows(ProblemException.class, () -> exports.content("notes", submitted.id()));
        assertEquals(409, refused.type().status());
        assertEquals(
                404,
                assertThrows(ProblemException.class, () -> exports.get("members", submitted.id()))
                        .type()
                        .status(),
                "a job of another family reads like none");
    }

    private ExportJob done(ExportJob submitted) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(50))
                .pollInSameThread()
                .until(() -> exports.get("notes", submitted.id()), job -> job.status() == ExportStatus.DONE);
    }

    private List<Map<?, ?>> lines(ExportJob job) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.content("notes", job.id()).write(out);
        return out.toString(StandardCharsets.UTF_8)
                .lines()
                .<Map<?, ?>>map(line -> {
                    try {
                        return json.readValue(line, Map.class);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .toList();
    }

    /** In the export's transaction. */
    private long lastPositionSeen() {
        return ((Number) em.createNativeQuery("select coalesce(max(seq), 0) from outbox")
                        .getSingleResult())
                .longValue();
    }

    /** Committed on a connection of its own; published already, so that the relay leaves it alone. */
    private long recordEvent() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("""
                        insert into outbox (event_id, topic, aggregate_type, aggregate_id, event_type, occurred_at,
                                            payload, published_at)
                        values (gen_random_uuid(), 'notes', 'Note', gen_random_uuid()::text, 'NoteWritten', now(),
                                '{}', now())
                        returning seq""")) {
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long parts(UUID job) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("select count(*) from export_parts where job_id = ?")) {
            select.setObject(1, job);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
