package vn.partybloc.member;

import static vn.partybloc.member.Members.admin;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.DocumentedEvent.Organization;
import vn.partybloc.testing.PlainHttp;

/**
 * Forming committees one request at a time against the same number in one batch ({@code POST /committees/batch}),
 * rounds alternating in one JVM so that the machine's noise falls on both. Each round forms the executive, standing
 * and inspection committees of 100 grassroots committees for a term of its own (300 committees), the shape of the
 * demo's. Logs {@code BENCHMARK committees …}; asserts nothing about speed. The module's PostgreSQL runs without
 * fsync, which favours one request per committee. Run: {@code ./mvnw -B verify -pl member-service -am
 * -Dexcluded.test.groups= -Dgroups=benchmark -Dtest=CommitteeBatchBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@QuarkusTest
@Tag("benchmark")
class CommitteeBatchBenchmark {

    private static final Logger LOG = Logger.getLogger(CommitteeBatchBenchmark.class);
    private static final int ORGANIZATIONS = 100;
    private static final List<String> KINDS =
            List.of("EXECUTIVE_COMMITTEE", "STANDING_COMMITTEE", "INSPECTION_COMMITTEE");

    @Test
    void formingOneByOneAgainstInOneBatch() {
        List<UUID> organizations = new ArrayList<>();
        for (int i = 0; i < ORGANIZATIONS; i++) {
            organizations.add(Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE")
                    .id());
        }
        int term = 2025;
        round("warm-up one by one", false, organizations, term += 5);
        round("warm-up in one batch", true, organizations, term += 5);
        for (int r = 1; r <= 3; r++) {
            round("one by one, round " + r, false, organizations, term += 5);
            round("in one batch, round " + r, true, organizations, term += 5);
        }
    }

    private static void round(String name, boolean batch, List<UUID> organizations, int termStartYear) {
        List<String> items = new ArrayList<>();
        for (UUID organization : organizations) {
            for (String kind : KINDS) {
                items.add(Committees.body(organization, kind, termStartYear, termStartYear + 5));
            }
        }
        String token = admin();
        long began = System.nanoTime();
        if (batch) {
            PlainHttp.postJson(
                    token, "/api/v1/committees/batch", "{\"items\": [" + String.join(",", items) + "]}", 201);
        } else {
            for (String item : items) {
                PlainHttp.postJson(token, "/api/v1/committees", item, 201);
            }
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        LOG.infof(
                "BENCHMARK committees | %-24s | %d committees in %.2f s | %.0f committees/s",
                name, items.size(), seconds, items.size() / seconds);
    }
}
