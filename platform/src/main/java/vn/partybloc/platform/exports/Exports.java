package vn.partybloc.platform.exports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.Variant;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import vn.partybloc.kernel.Roles;
import vn.partybloc.platform.jobs.JobQueue;
import vn.partybloc.platform.security.Caller;
import vn.partybloc.platform.shares.ShareKind;
import vn.partybloc.platform.shares.ShareLog;
import vn.partybloc.platform.web.ProblemException;

/**
 * Exports of a resource family as NDJSON, run in the background one at a time per process. Each is read in one
 * repeatable-read transaction that first reads the highest outbox position it can see: because outbox writers commit
 * in {@code seq} order (ADR 0001), that position is exactly where the export's snapshot stands in the changes feed, so
 * a client that loads the export and then reads the feed after it misses nothing and counts nothing twice.
 */
@ApplicationScoped
public class Exports {

    public static final String NDJSON = "application/x-ndjson";
    public static final String CSV = "text/csv";

    private static final Logger LOG = Logger.getLogger(Exports.class);
    private static final List<Variant> FORMATS = Variant.mediaTypes(MediaType.valueOf(NDJSON), MediaType.valueOf(CSV))
            .build();
    private static final int LIST_LIMIT = 100;

    private final EntityManager em;
    private final DataSource dataSource;
    private final ObjectMapper json;
    private final Caller caller;
    private final ExportConfig config;
    private final ExportJobs jobs;
    private final ShareLog shares;
    private final JobQueue queue;
    private final AtomicInteger running = new AtomicInteger();
    private final Counter recordsWritten;

    public Exports(
            EntityManager em,
            DataSource dataSource,
            ObjectMapper json,
            Caller caller,
            ExportConfig config,
            ExportJobs jobs,
            ShareLog shares,
            MeterRegistry meters) {
        this.em = em;
        this.dataSource = dataSource;
        this.json = json;
        this.caller = caller;
        this.config = config;
        this.jobs = jobs;
        this.shares = shares;
        this.queue = new JobQueue("export", config.maxQueued(), "export.queue-full");
        Gauge.builder("exports.running", running, AtomicInteger::get)
                .description("Export jobs this instance is running")
                .register(meters);
        this.recordsWritten = Counter.builder("exports.records")
                .description("Records written into exports")
                .register(meters);
    }

    /** Created at startup, so that its meters are there before the first export. */
    void start(@Observes StartupEvent event) {}

    /** Queues an export of {@code family} for the caller; {@code source} must hold nothing the caller may not read. */
    public ExportJob submit(String family, UUID organizationId, LocalDate asOf, ExportSource source) {
        queue.requireRoom();
        UUID id = UUID.randomUUID();
        ExportJob queued = QuarkusTransaction.requiringNew().call(() -> {
            jobs.insert(id, family, organizationId, asOf, caller.name());
            return jobs.find(id).orElseThrow();
        });
        queue.submit(id, () -> run(id, source));
        return queued;
    }

    /** A job, to its creator and to admins; to anyone else it reads like a job that does not exist. */
    public ExportJob get(String family, UUID id) {
        return jobs.find(id)
                .filter(job -> job.family().equals(family))
                .filter(job -> caller.hasRole(Roles.ADMIN) || job.createdBy().equals(caller.name()))
                .orElseThrow(() -> ProblemException.notFound("export", id));
    }

    /** The caller's exports of {@code family}, newest first (an admin's: everyone's), optionally of one subtree. */
    public List<ExportJob> list(String family, UUID organizationId) {
        return jobs.list(family, caller.hasRole(Roles.ADMIN) ? null : caller.name(), organizationId, LIST_LIMIT);
    }

    /**
     * A finished export as the request's {@code Accept} asks: NDJSON (the default) or CSV with {@code csvColumns},
     * named as a file to save; the download is recorded in the share log with the {@code purpose} the caller stated.
     */
    public Response content(String family, UUID id, Request request, List<String> csvColumns, String purpose) {
        ExportJob job = get(family, id);
        requireDone(job);
        Variant chosen = request.selectVariant(FORMATS);
        boolean csv = chosen != null && chosen.getMediaType().isCompatible(MediaType.valueOf(CSV));
        StreamingOutput body = csv ? csvOf(id, csvColumns) : ndjsonOf(id);
        shares.record(
                ShareKind.EXPORT_DOWNLOAD,
                "/api/v1/" + family + "/exports/" + id + "/content",
                filterOf(job, csv),
                job.records(),
                purpose);
        return Response.ok(body, csv ? CSV + "; charset=UTF-8" : NDJSON)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + family + "-" + id + (csv ? ".csv" : ".ndjson") + "\"")
                .build();
    }

    /** A finished export's NDJSON, streamed from the database a part at a time. */
    public StreamingOutput content(String family, UUID id) {
        requireDone(get(family, id));
        return ndjsonOf(id);
    }

    /** The same export as CSV with these columns ({@link ExportCsv}), converted as it streams. */
    public StreamingOutput csv(String family, UUID id, List<String> columns) {
        requireDone(get(family, id));
        return csvOf(id, columns);
    }

    private StreamingOutput ndjsonOf(UUID id) {
        return output -> {
            try (InputStream ndjson = ndjson(id)) {
                ndjson.transferTo(output);
            }
        };
    }

    private StreamingOutput csvOf(UUID id, List<String> columns) {
        return output -> {
            try (InputStream ndjson = ndjson(id)) {
                ExportCsv.write(ndjson, output, columns, json);
            }
        };
    }

    private static String filterOf(ExportJob job, boolean csv) {
        return (job.organizationId() == null ? "" : "organizationId=" + job.organizationId() + "&")
                + (job.asOf() == null ? "" : "asOf=" + job.asOf() + "&")
                + "format="
                + (csv ? "csv" : "ndjson");
    }

    private static void requireDone(ExportJob job) {
        switch (job.status()) {
            case QUEUED, RUNNING -> throw ProblemException.retryableConflict("export.not-ready", 5);
            case FAILED -> throw ProblemException.conflict("export.failed");
            case DONE -> {}
        }
    }

    private InputStream ndjson(UUID id) throws IOException {
        return new GZIPInputStream(ExportParts.reader(dataSource, id), 1 << 16);
    }

    private void run(UUID id, ExportSource source) {
        try {
            QuarkusTransaction.requiringNew().run(() -> jobs.start(id));
            running.incrementAndGet();
            try {
                QuarkusTransaction.requiringNew()
                        .timeout((int) config.timeout().toSeconds())
                        .run(() -> snapshot(id, source));
            } finally {
                running.decrementAndGet();
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "Export %s failed", id);
            QuarkusTransaction.requiringNew()
                    .run(() -> jobs.fail(id, "The export stopped: " + e.getMessage(), expiry()));
        }
    }

    /** In one transaction: the snapshot, its feed position, the records and the job's DONE. */
    private void snapshot(UUID id, ExportSource source) {
        em.createNativeQuery("set transaction isolation level repeatable read").executeUpdate();
        long cursor = ((Number) em.createNativeQuery("select coalesce(max(seq), 0) from outbox")
                        .getSingleResult())
                .longValue();
        long[] records = {0};
        try (OutputStream ndjson = new GZIPOutputStream(ExportParts.writer(em, id), 1 << 16)) {
            source.write(record -> {
                try {
                    ndjson.write(json.writeValueAsBytes(record));
                    ndjson.write('\n');
                    records[0]++;
                    recordsWritten.increment();
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("A record of export " + id + " is not JSON", e);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jobs.finish(id, cursor, records[0], expiry());
    }

    private Timestamp expiry() {
        return Timestamp.from(Instant.now().plus(config.retention()));
    }

    /** Deletes expired exports and fails those whose process stopped before they ended. */
    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        QuarkusTransaction.requiringNew().run(() -> {
            int expired = jobs.deleteExpired();
            int stale = jobs.failUnfinishedBefore(
                    Timestamp.from(Instant.now().minus(config.timeout().multipliedBy(config.maxQueued() + 1L))),
                    "The process running this export stopped; ask for it again.",
                    expiry());
            if (expired + stale > 0) {
                LOG.infof("Deleted %d expired exports, failed %d interrupted ones", expired, stale);
            }
        });
    }

    void stop(@Observes ShutdownEvent event) {
        queue.shutdown();
    }
}
