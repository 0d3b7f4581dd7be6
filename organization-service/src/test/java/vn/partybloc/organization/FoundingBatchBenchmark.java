package vn.partybloc.organization;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.PlainHttp;

/**
 * Founding subordinate cells one request at a time against the same cells in batches ({@code POST
 * /organizations/batch}), rounds alternating in one JVM so that the machine's noise falls on both. Each round founds
 * 500 cells under 25 new committees. Logs {@code BENCHMARK founding …}; asserts nothing about speed. The module's
 * PostgreSQL runs without fsync, so a commit costs less here than in the stack, which favours one request per cell.
 * Run: {@code ./mvnw -B verify -pl organization-service -am -Dexcluded.test.groups= -Dgroups=benchmark
 * -Dtest=FoundingBatchBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@QuarkusTest
@Tag("benchmark")
class FoundingBatchBenchmark {

    private static final Logger LOG = Logger.getLogger(FoundingBatchBenchmark.class);
    private static final int CELLS = 500;
    private static final int COMMITTEES = 25;

    @Test
    void foundingOneByOneAgainstInBatches() {
        round("warm-up one by one", false);
        round("warm-up in batches", true);
        for (int r = 1; r <= 3; r++) {
            round("one by one, round " + r, false);
            round("in batches, round " + r, true);
        }
    }

    private static void round(String name, boolean batch) {
        List<UUID> committees = new ArrayList<>();
        for (int c = 0; c < COMMITTEES; c++) {
            committees.add(Fixtures.committee("Đảng bộ đo " + c));
        }
        List<String> items = new ArrayList<>();
        for (int i = 0; i < CELLS; i++) {
            items.add(Fixtures.foundBody(
                    Fixtures.code("BM"),
                    "Chi bộ đo " + i,
                    "SUBORDINATE_CELL",
                    committees.get(i % COMMITTEES),
                    "2021-01-01"));
        }
        String token = Fixtures.admin();
        long began = System.nanoTime();
        if (batch) {
            PlainHttp.postJson(
                    token, "/api/v1/organizations/batch", "{\"items\": [" + String.join(",", items) + "]}", 201);
        } else {
            for (String item : items) {
                PlainHttp.postJson(token, "/api/v1/organizations", item, 201);
            }
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        LOG.infof(
                "BENCHMARK founding | %-26s | %d cells in %.2f s | %.0f cells/s",
                name, CELLS, seconds, CELLS / seconds);
    }
}
