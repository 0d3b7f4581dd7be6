package vn.partybloc.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.partybloc.launcher.demo.DemoDataset;
import vn.partybloc.launcher.demo.Rating;

/**
 * The demo's ratings through evaluation-service's batch decisions of up to 5,000, year after year, each in the review
 * cycle of its year; a year is skipped when its cycle already holds its ratings.
 */
final class DemoRatingsLoader {

    static final int BATCH = 5_000;

    private final ApiClient api;
    private final DemoIds ids;

    DemoRatingsLoader(ApiClient api, DemoIds ids) {
        this.api = api;
        this.ids = ids;
    }

    void load(List<Rating> ratings) throws Exception {
        long began = System.nanoTime();
        learnTheMembersWhoLeft(ratings);
        for (int year : DemoDataset.RATING_YEARS) {
            load(year, ratings.stream().filter(r -> r.year() == year).toList());
        }
        Console.info(String.format("  reviews loaded in %.1f s", (System.nanoTime() - began) / 1e9));
    }

    /** The members rated for the years before they left with their organizations, whom the people loader does not name. */
    private void learnTheMembersWhoLeft(List<Rating> ratings) throws Exception {
        Set<String> unknown = ratings.stream()
                .map(Rating::subject)
                .filter(s -> s instanceof Rating.MemberSubject)
                .map(s -> ((Rating.MemberSubject) s).nationalId())
                .filter(nationalId -> !ids.knowsMember(nationalId))
                .collect(Collectors.toSet());
        if (!unknown.isEmpty()) {
            MemberFiles.ids(api, ids.bloc(), unknown).forEach(ids::member);
        }
    }

    private void load(int year, List<Rating> ratings) throws Exception {
        UUID cycle = cycle(api, year);
        long recorded = api.get("/api/v1/reviews?cycleId=" + cycle + "&size=1")
                .path("total")
                .asLong();
        if (recorded >= ratings.size()) {
            Console.info(String.format("  reviews %d: %,d already recorded", year, recorded));
        } else {
            List<Map<String, Object>> items = ratings.stream().map(this::item).toList();
            for (int from = 0; from < items.size(); from += BATCH) {
                post(api, cycle, items.subList(from, Math.min(items.size(), from + BATCH)));
                Console.info(String.format(
                        "  reviews %d: %,d of %,d decided", year, Math.min(items.size(), from + BATCH), items.size()));
            }
        }
        JsonNode attainment = api.get("/api/v1/reviews/attainment?organizationId=" + ids.bloc() + "&year=" + year);
        for (JsonNode kind : attainment.path("subjects")) {
            if (kind.path("subjects").asInt() == 0) {
                continue;
            }
            Console.info(String.format(
                    "  evaluation-service %d  %-24s %,6d rated, %,d not: %s%% good or better, %s%% excellent",
                    year,
                    kind.path("subjectKind").asText(),
                    kind.path("rated").asInt(),
                    kind.path("notRated").asInt(),
                    kind.path("atLeastGoodPercent").asText(),
                    kind.path("excellentPercent").asText()));
        }
        Console.info("  excellent cap violations (rule 10) " + year + ": "
                + attainment.path("cap").path("violations").size());
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

    /** The review cycle of the year, opened if it is not yet. */
    static UUID cycle(ApiClient api, int year) throws Exception {
        HttpResponse<String> opened =
                api.postRaw("/api/v1/review-cycles", "application/json", "{\"year\":" + year + "}");
        if (opened.statusCode() == 201) {
            return UUID.fromString(ApiClient.parse(opened.body()).path("id").asText());
        }
        for (JsonNode c : api.get("/api/v1/review-cycles?size=100").path("items")) {
            if (c.path("year").asInt() == year) {
                return UUID.fromString(c.path("id").asText());
            }
        }
        throw new IllegalStateException("review cycle " + year + " could not be opened: " + opened.body());
    }

    /** evaluation-service learns of members and committees from events: a batch naming one it does not know yet waits. */
    static void post(ApiClient api, UUID cycle, List<Map<String, Object>> items) throws Exception {
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
