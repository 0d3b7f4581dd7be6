package vn.partybloc.member;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.Awaitility;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.DocumentedEvent.Organization;

/**
 * How another user fares while member-service takes the worst import files (issue 14), side by side in one run: their
 * answer times (p50, p99) over their first 300 answers with nothing else going on, while a 10 MiB file of about 5 million one-letter rows is refused
 * (413, five times), while a job reads the cap's worth of one-letter rows (200,000, each refused), and while a job reads
 * a 10 MiB file of rows of about 1 MiB each; and the heap during each, sampled every 10 ms: the most in use (garbage
 * included) and the most left after a collection (what was alive). Prints the figures; asserts only the outcomes. The
 * test JVM holds the service, the Kafka broker, the test client and about 20 MB of prepared files; at 256 MiB, the heap
 * the launcher gives a service, it runs out while preparing the files, so it runs at 384 MiB:
 * {@code ./mvnw -B verify -pl member-service -am -Dexcluded.test.groups= -Dgroups=benchmark -Dtest=ImportWorstCaseBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dtest.jvm.args="-Xmx384m -XX:+UseParallelGC"}
 */
@QuarkusTest
@Tag("benchmark")
class ImportWorstCaseBenchmark {

    private static final Logger LOG = Logger.getLogger(ImportWorstCaseBenchmark.class);

    @Test
    void otherUsersAndTheHeapDuringTheWorstFiles() throws Exception {
        UUID cell = Organization.child(Organization.bloc(), "GRASSROOTS_CELL").id();
        byte[] fiveMillion = ImportLimitsTest.minimalRows("fullName\n", "x\n").getBytes(StandardCharsets.UTF_8);
        byte[] cap = ("fullName\n" + "x\n".repeat(200_000)).getBytes(StandardCharsets.UTF_8);
        ImportLimitsTest.LongLines longLines = ImportLimitsTest.veryLongLines(cell);
        try (OtherCallers warmUp = new OtherCallers()) {
            answered(warmUp, 200);
        }

        phase("nothing else", others -> answered(others, 300));
        phase("5 files of about 5 million rows refused (413)", others -> {
            for (int i = 0; i < 5; i++) {
                assertEquals(413, ImportLimitsTest.send("text/csv", fiveMillion).statusCode());
            }
        });
        phase("a job of 200,000 one-letter rows", others -> {
            JsonPath job = ImportLimitsTest.importLarge(cap);
            assertEquals(200_000, job.getInt("failedRows"));
        });
        phase("a job of " + longLines.rows() + " rows of about 1 MiB", others -> {
            JsonPath job = ImportLimitsTest.importLarge(longLines.csv());
            assertEquals(longLines.rows(), job.getInt("failedRows"));
        });
    }

    private interface Work {
        void run(OtherCallers others) throws Exception;
    }

    /** Waits until the other user has had this many answers. */
    private static void answered(OtherCallers others, int answers) {
        Awaitility.await()
                .atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> others.answers() >= answers);
    }

    private static void phase(String what, Work work) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null)
                .toList();
        AtomicLong peak = new AtomicLong();
        AtomicLong peakAfterGc = new AtomicLong();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(
                () -> {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    peakAfterGc.accumulateAndGet(
                            heap.stream()
                                    .mapToLong(pool -> pool.getCollectionUsage().getUsed())
                                    .sum(),
                            Math::max);
                },
                0,
                10,
                TimeUnit.MILLISECONDS);
        long started = System.nanoTime();
        try (OtherCallers others = new OtherCallers()) {
            work.run(others);
            others.close();
            sampler.shutdown();
            sampler.awaitTermination(10, TimeUnit.SECONDS);
            LOG.infof(
                    "%-50s %6.1f s: other user %,5d answers, p50 %6.1f ms, p99 %7.1f ms, %d 5xx; heap at most %,4d MiB"
                            + " in use, %,4d MiB after a collection, of %,d",
                    what,
                    (System.nanoTime() - started) / 1e9,
                    others.answers(),
                    others.percentileMillis(50),
                    others.percentileMillis(99),
                    others.serverErrors().size(),
                    peak.get() / (1024 * 1024),
                    peakAfterGc.get() / (1024 * 1024),
                    memory.getHeapMemoryUsage().getMax() / (1024 * 1024));
        }
    }
}
