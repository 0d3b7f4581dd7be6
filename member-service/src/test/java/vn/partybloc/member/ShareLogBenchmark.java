package vn.partybloc.member;

import static io.restassured.RestAssured.given;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.partybloc.platform.shares.ShareKind;
import vn.partybloc.platform.shares.ShareLog;
import vn.partybloc.testing.DocumentedEvent.Organization;
import vn.partybloc.testing.Tokens;

/**
 * What the share log adds to a changes-feed page: in one run, side by side, the median time of a page of 100 events
 * read through the API (the line recorded included) and of recording one line alone (an insert committed in a
 * transaction of its own). Prints both and their ratio; asserts nothing.
 * Run: {@code ./mvnw -pl member-service test -Dexcluded.test.groups= -Dgroups=benchmark -Dtest=ShareLogBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@QuarkusTest
@Tag("benchmark")
class ShareLogBenchmark {

    private static final Logger LOG = Logger.getLogger(ShareLogBenchmark.class);
    private static final int ROUNDS = 400;

    @Inject
    ShareLog shares;

    @Test
    void aFeedPageAndTheLineItsShareAdds() {
        RestAssured.replaceFiltersWith(List.of());
        Organization cell = Organization.child(Organization.bloc(), "GRASSROOTS_CELL");
        Members.admitFull(cell.id(), 100);
        String hrSystem = Tokens.ofClient("hr-benchmark", Set.of("integration"));
        long[] pages = new long[ROUNDS];
        long[] lines = new long[ROUNDS];
        for (int round = -50; round < ROUNDS; round++) {
            long start = System.nanoTime();
            given().auth()
                    .oauth2(hrSystem)
                    .queryParam("limit", 100)
                    .get("/api/v1/changes/members")
                    .then()
                    .statusCode(200);
            long page = System.nanoTime() - start;
            ManagedContext request = Arc.container().requestContext();
            request.activate();
            try {
                start = System.nanoTime();
                shares.record(ShareKind.FEED_READ, "/api/v1/changes/members", "limit=100", 100, null);
                long line = System.nanoTime() - start;
                if (round >= 0) {
                    pages[round] = page;
                    lines[round] = line;
                }
            } finally {
                request.terminate();
            }
        }
        double page = median(pages) / 1e6;
        double line = median(lines) / 1e6;
        LOG.infof(
                "feed page of 100 events, median %.2f ms; one share-log line alone, median %.2f ms (%.0f%% of the page)",
                page, line, 100 * line / page);
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
