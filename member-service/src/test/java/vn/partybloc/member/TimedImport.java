package vn.partybloc.member;

import static vn.partybloc.member.Members.admin;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * An import's wall time at the client (upload, queue, work, and the wait for the next poll) and the job's own time (its
 * worker's start to its end, as the service records them), for the benchmarks. The client asks once a second: on 2
 * cores, asking more often takes CPU from the import it measures.
 */
record TimedImport(JsonPath job, double wallSeconds) {

    private static final Logger LOG = Logger.getLogger(TimedImport.class);

    static TimedImport of(String path, String csv) {
        long started = System.nanoTime();
        JsonPath job = ImportTest.importFile(admin(), path, "text/csv", csv, Duration.ofSeconds(1));
        return new TimedImport(job, (System.nanoTime() - started) / 1e9);
    }

    double jobSeconds() {
        return Duration.between(Instant.parse(job.getString("startedAt")), Instant.parse(job.getString("finishedAt")))
                        .toNanos()
                / 1e9;
    }

    void log(String what, int rows) {
        LOG.infof(
                "BENCHMARK %s, %d rows: job %.2f s = %.0f rows/s (at the client %.2f s)",
                what, rows, jobSeconds(), rows / jobSeconds(), wallSeconds);
    }
}
