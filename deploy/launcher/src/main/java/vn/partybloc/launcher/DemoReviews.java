package vn.partybloc.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The 2022 ratings through evaluation-service, shaped like the article's yearly results: over 90% of grassroots
 * organizations and of their collective committees good or better, about 20% excellent; 95% of members good or better
 * with the excellent ones kept within 20% of those rated good or better in every grassroots organization (rule 10);
 * committee members all at least complete. Recorded by batch decisions; skipped when the cycle already holds them.
 */
final class DemoReviews {

    static final int YEAR = 2022;
    private static final int BATCH = 5_000;

    /** A subject to rate and the grassroots organization it belongs to (for the cap). */
    record Subject(String kind, UUID id, UUID grassroots) {}

    private final ApiClient api;
    private final UUID bloc;
    private final Random random = new Random(2022);

    DemoReviews(ApiClient api, UUID bloc) {
        this.api = api;
        this.bloc = bloc;
    }

    void load(List<Subject> subjects) throws Exception {
        long began = System.nanoTime();
        UUID cycle = cycle();
        long recorded = api.get("/api/v1/reviews?cycleId=" + cycle + "&size=1")
                .path("total")
                .asLong();
        if (recorded >= subjects.size()) {
            Console.info(String.format("  reviews %d: %,d already recorded", YEAR, recorded));
        } else {
            List<Map<String, Object>> items = rate(subjects);
            for (int from = 0; from < items.size(); from += BATCH) {
                post(cycle, items.subList(from, Math.min(items.size(), from + BATCH)));
                Console.info(String.format(
                        "  reviews %d: %,d of %,d decided", YEAR, Math.min(items.size(), from + BATCH), items.size()));
            }
        }
        JsonNode attainment = api.get("/api/v1/reviews/attainment?orgId=" + bloc + "&cycle=" + YEAR);
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

    private List<Map<String, Object>> rate(List<Subject> subjects) {
        Map<String, List<Subject>> groups = new LinkedHashMap<>();
        for (Subject s : subjects) {
            String group = s.kind().equals("MEMBER") ? "MEMBER/" + s.grassroots() : s.kind();
            groups.computeIfAbsent(group, k -> new ArrayList<>()).add(s);
        }
        List<Map<String, Object>> items = new ArrayList<>();
        int decision = 0;
        for (Map.Entry<String, List<Subject>> group : groups.entrySet()) {
            List<Subject> members = new ArrayList<>(group.getValue());
            Collections.shuffle(members, random);
            List<String> levels = levels(group.getKey(), members.size());
            decision++;
            for (int i = 0; i < members.size(); i++) {
                items.add(Map.of(
                        "subjectKind",
                        members.get(i).kind(),
                        "subjectId",
                        members.get(i).id().toString(),
                        "level",
                        levels.get(i),
                        "decisionNumber",
                        decision + "-QĐ/ĐUK",
                        "decidedOn",
                        YEAR + "-12-20"));
            }
        }
        return items;
    }

    /** The levels of a group of n, best first. */
    private static List<String> levels(String group, int n) {
        int excellent;
        int goodOrBetter;
        int complete;
        if (group.startsWith("MEMBER/")) {
            goodOrBetter = (int) Math.round(n * 0.95);
            excellent = goodOrBetter / 5;
            complete = n - goodOrBetter - (n >= 50 ? 1 : 0);
        } else if (group.equals("HOST_UNIT")) {
            goodOrBetter = (int) Math.ceil(n * 0.77);
            excellent = n / 5;
            complete = n - goodOrBetter - Math.max(1, n / 40);
        } else if (group.equals("COMMITTEE_MEMBER")) {
            goodOrBetter = (int) Math.ceil(n * 0.96);
            excellent = (int) (n * 0.19);
            complete = n - goodOrBetter;
        } else {
            goodOrBetter = (int) Math.ceil(n * 0.918);
            excellent = (int) Math.round(n * 0.197);
            complete = n - goodOrBetter;
        }
        List<String> levels = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            levels.add(
                    i < excellent
                            ? "EXCELLENT"
                            : i < goodOrBetter ? "GOOD" : i < goodOrBetter + complete ? "COMPLETE" : "NOT_COMPLETE");
        }
        return levels;
    }
}
