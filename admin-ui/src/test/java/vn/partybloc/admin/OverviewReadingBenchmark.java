package vn.partybloc.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.partybloc.client.ApiClient;
import vn.partybloc.client.model.Overview;

/**
 * What reading the overview's answer costs the console: with a new object mapper for each call, as a new generated
 * client makes, beside one mapper shared by every call. Prints the medians of {@value #RUNS} reads each, interleaved;
 * asserts nothing about speed. Run with
 * {@code ./mvnw -B test -pl admin-ui -Dexcluded.test.groups= -Dgroups=benchmark -Dtest=OverviewReadingBenchmark}.
 */
@Tag("benchmark")
class OverviewReadingBenchmark {

    private static final int RUNS = 200;

    @Test
    void aNewMapperForEachCallBesideOneShared() throws Exception {
        String answer = new ReportsStandIn().overview("Bearer x", "vi", "2023-06-30");
        ObjectMapper shared = ApiClient.createDefaultObjectMapper();
        List<Double> fresh = new ArrayList<>();
        List<Double> reused = new ArrayList<>();
        for (int run = 0; run < RUNS + 20; run++) {
            long start = System.nanoTime();
            ApiClient.createDefaultObjectMapper().readValue(answer, Overview.class);
            double freshMillis = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            shared.readValue(answer, Overview.class);
            double reusedMillis = (System.nanoTime() - start) / 1e6;
            if (run >= 20) {
                fresh.add(freshMillis);
                reused.add(reusedMillis);
            }
        }
        System.out.printf(
                "overview read: a new mapper each call %.3f ms, one shared %.3f ms, %.1f×%n",
                median(fresh), median(reused), median(fresh) / median(reused));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
