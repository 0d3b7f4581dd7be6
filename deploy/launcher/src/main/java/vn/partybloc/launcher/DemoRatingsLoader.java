package vn.partybloc.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.partybloc.launcher.demo.DemoDataset;
import vn.partybloc.launcher.demo.Rating;

/**
 * The demo's ratings through evaluation-service's batch decisions of up to 5,000, in the review cycle of their year;
 * skipped when the cycle already holds them.
 */
final class DemoRatingsLoader {

    private static final int YEAR = DemoDataset.RATINGS_YEAR;
    private static final int BATCH = 5_000;

    private final ApiClient api;
    private final DemoIds ids;

    DemoRatingsLoader(ApiClient api, DemoIds ids) {
        this.api = api;
        this.ids = ids;
    }

    void load(List<Rating> ratings) throws Exception {
        long began = System.nanoTime();
        UUID cycle = cycle();
        long recorded = api.get("/api/v1/reviews?cycleId=" + cycle + "&size=1")
                .path("total")
                .asLong();
        if (recorded >= ratings.size()) {
            Console.info(String.format("  reviews %d: %,d already recorded", YEAR, recorded));
        } else {
            List<Map<String, Object>> items = ratings.stream().map(this::item).toList();
            for (int from = 0; from < items.size(); from += BATCH) {
                post(cycle, items.subList(from, Math.min(items.size(), from + BATCH)));
                Console.info(String.format(
                        "  reviews %d: %,d of %,d decided", YEAR, Math.min(items.size(), from + BATCH), items.size()));
            }
        }
        JsonNode attainment = api.get("/api/v1/reviews/attainment?organizationId=" + ids.bloc() + "&year=" + YEAR);
        for (JsonNode kind : attainment.path("subjects")) {
            if (kind.path("rated").asInt() == 0) {
                continue;
            }
            Console.info(String.format(
                    "  evaluation-service %d  %-24s %,6d rated: %s%% good or better, %s%% excellent",
                    YEAR,
                    kind.path("subjectKind").asText(),
                    kind.path("rated").asInt(),
                    kind.path("atLeastGoodPercent").asText(),
                    kind.path("excellentPercent").asText()));
        }
        Console.info("  excellent cap violations (rule 10): "
                + attainment.path("cap").path("violations").size());
        Console.info(String.format("  reviews loaded in %.1f s", (System.nanoTime() - began) / 1e9));
    }

    private Map<String, Object> item(Rating rating) {
        return Map.of(
                "subjectKind",
                rating.subjectKind(),
                "subjectId",
                ids.subject(rating.subject()).toString(),
                "level",
                rating.level(),
                "decisionNumber",
                rating.decisionNumber(),
                "decidedOn",
                rating.decidedOn().toString());
    }

    private UUID cycle() throws Exception {
        HttpResponse<String> opened =
                api.postRaw("/api/v1/review-cycles", "application/json", "{\"year\":" + YEAR + "}");
        if (opened.statusCode() == 201) {
            return UUID.fromString(ApiClient.parse(opened.body()).path("id").asText());
        }
        for (JsonNode c : api.get("/api/v1/review-cycles?size=100").path("items")) {
            if (c.path("year").asInt() == YEAR) {
                return UUID.fromString(c.path("id").asText());
            }
        }
        throw new IllegalStateException("review cycle " + YEAR + " could not be opened: " + opened.body());
    }

    /** evaluation-service learns of members and committees from events: a batch naming one it does not know yet waits. */
    private void post(UUID cycle, List<Map<String, Object>> items) throws Exception {
        String body = ApiClient.json(Map.of("cycleId", cycle.toString(), "items", items));
        for (int attempt = 0; attempt < 100; attempt++) {
            HttpResponse<String> response = api.postRaw("/api/v1/reviews/batch", "application/json", body);
            if (response.statusCode() == 201) {
                return;
            }
            if (response.statusCode() != 422 || !response.body().contains("REV-SUBJECT")) {
                throw new IllegalStateException("review batch refused (" + response.statusCode() + "): "
                        + response.body()
                                .substring(0, Math.min(600, response.body().length())));
            }
            Thread.sleep(3_000);
        }
        throw new IllegalStateException("evaluation-service did not learn of the demo's subjects within 300 s");
    }
}
