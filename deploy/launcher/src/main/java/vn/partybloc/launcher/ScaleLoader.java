package vn.partybloc.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.partybloc.launcher.bench.ConsumerLag;
import vn.partybloc.launcher.demo.Member;
import vn.partybloc.launcher.demo.NewOrganization;
import vn.partybloc.launcher.demo.Position;
import vn.partybloc.launcher.demo.Rating;
import vn.partybloc.launcher.demo.ScaleProvince;
import vn.partybloc.launcher.demo.ScaleProvince.Grassroots;

/**
 * Loads a part of the {@link ScaleProvince} through the gateway with the bulk endpoints a provincial system would use
 * (foundings in batches, member and position files, rating batches, a committee per request), timing each step and
 * how long the consumers of the other services take to catch up after it.
 */
final class ScaleLoader {

    /** One timed step: what, how many rows, how long the requests took, how long the consumers took after them. */
    record Step(String name, int rows, Duration took, ConsumerLag.CatchUp catchUp) {}

    private static final Duration CATCH_UP_LIMIT = Duration.ofMinutes(30);
    private static final int FOUNDINGS_PER_BATCH = 1_000;

    private final ApiClient api;
    private final ConsumerLag lag;
    private final Map<String, UUID> organizations = new HashMap<>();
    private final Map<String, UUID> members = new HashMap<>();

    ScaleLoader(ApiClient api, ConsumerLag lag) {
        this.api = api;
        this.lag = lag;
    }

    /** Founds the province's root, unless there is one; refuses a stack that holds another Bloc. */
    void root(ScaleProvince province) throws Exception {
        JsonNode roots = api.get("/api/v1/organizations?type=BLOC_COMMITTEE").path("items");
        for (JsonNode root : roots) {
            if (!root.path("code").asText().equals(ScaleProvince.ROOT_CODE)) {
                throw new IllegalStateException(
                        "The stack holds another Bloc (" + root.path("code").asText()
                                + "): the scale benchmark needs its own data, " + ScaleBench.START_COMMAND);
            }
            organizations.put(
                    ScaleProvince.ROOT_CODE, UUID.fromString(root.path("id").asText()));
        }
        if (organizations.isEmpty()) {
            JsonNode created = api.post(
                    "/api/v1/organizations",
                    ApiClient.json(Map.of("organization", organization(province.root()), "decision", founding())));
            organizations.put(
                    ScaleProvince.ROOT_CODE, UUID.fromString(created.path("id").asText()));
        }
    }

    UUID rootId() {
        return organizations.get(ScaleProvince.ROOT_CODE);
    }

    List<Step> load(List<Grassroots> part) throws Exception {
        List<Step> steps = new ArrayList<>();
        steps.add(step("organizations (batches of 1,000)", organizationsOf(part).size(), () -> {
            List<NewOrganization> all = organizationsOf(part);
            for (String type : List.of("GRASSROOTS_COMMITTEE", "SUB_COMMITTEE", "SUBORDINATE_CELL")) {
                List<NewOrganization> level = all.stream()
                        .filter(o -> o.type().equals(type)
                                || (type.equals("GRASSROOTS_COMMITTEE")
                                        && o.type().equals("GRASSROOTS_CELL")))
                        .toList();
                for (int from = 0; from < level.size(); from += FOUNDINGS_PER_BATCH) {
                    found(level.subList(from, Math.min(level.size(), from + FOUNDINGS_PER_BATCH)));
                }
            }
        }));
        List<Member> people = part.stream().flatMap(g -> g.members().stream()).toList();
        steps.add(step("members (files of 5,000)", people.size(), () -> {
            MemberFiles.importAll(api, people, organizations::get, "members");
        }));
        Map<String, UUID> committees = new LinkedHashMap<>();
        steps.add(step("committees (one request each)", part.size(), () -> {
            for (Grassroots g : part) {
                committees.put(g.committee().organizationCode(), committee(g));
            }
        }));
        List<Position> positions =
                part.stream().flatMap(g -> g.positions().stream()).toList();
        steps.add(step("positions (one file)", positions.size(), () -> {
            BulkImport.run(api, "/api/v1/positions/imports", positionFile(positions, committees), "positions");
        }));
        List<Rating> ratings = part.stream().flatMap(g -> g.ratings().stream()).toList();
        steps.add(step("member ids read back (pages of the register)", people.size(), () -> learnMemberIds(part)));
        steps.add(step("ratings of " + ScaleProvince.RATED_YEAR + " (batches of 5,000)", ratings.size(), () -> {
            rate(ratings);
        }));
        return steps;
    }

    private interface Work {
        void run() throws Exception;
    }

    private Step step(String name, int rows, Work work) throws Exception {
        Console.info("  " + name + ": " + String.format("%,d", rows));
        long began = System.nanoTime();
        work.run();
        Duration took = Duration.ofNanos(System.nanoTime() - began);
        ConsumerLag.CatchUp catchUp = lag.awaitCaughtUp(CATCH_UP_LIMIT);
        Console.info(String.format(
                "    %.1f s, then the consumers %.1f s (peak lag %,d)",
                took.toMillis() / 1e3, catchUp.took().toMillis() / 1e3, catchUp.peakLag()));
        return new Step(name, rows, took, catchUp);
    }

    private static List<NewOrganization> organizationsOf(List<Grassroots> part) {
        return part.stream().flatMap(g -> g.organizations().stream()).toList();
    }

    private void found(List<NewOrganization> batch) throws Exception {
        List<Map<String, Object>> items = new ArrayList<>();
        for (NewOrganization o : batch) {
            items.add(Map.of("organization", organization(o), "decision", founding()));
        }
        JsonNode founded = api.post("/api/v1/organizations/batch", ApiClient.json(Map.of("items", items)));
        for (JsonNode o : founded.path("items")) {
            organizations.put(
                    o.path("code").asText(), UUID.fromString(o.path("id").asText()));
        }
    }

    private Map<String, Object> organization(NewOrganization o) {
        return DemoOrganizationsLoader.organization(o, organizations::get);
    }

    private static Map<String, Object> founding() {
        String day = ScaleProvince.FOUNDED.toString();
        return Map.of("number", "1-QĐ/ĐUK", "date", day, "effectiveDate", day);
    }

    private UUID committee(Grassroots g) throws Exception {
        return UUID.fromString(api.post(
                        "/api/v1/committees",
                        ApiClient.json(Map.of(
                                "organizationId",
                                organizations.get(g.organization().code()).toString(),
                                "kind",
                                g.committee().kind(),
                                "termStartYear",
                                g.committee().termStartYear(),
                                "termEndYear",
                                g.committee().termEndYear())))
                .path("id")
                .asText());
    }

    private static String positionFile(List<Position> positions, Map<String, UUID> committees) {
        StringBuilder csv = new StringBuilder(DemoPeopleLoader.POSITION_HEADER).append('\n');
        for (Position p : positions) {
            csv.append(MemberFiles.row(
                            p.memberNationalId(),
                            committees.get(p.organizationCode()),
                            p.position(),
                            p.appointment(),
                            p.decisionNumber(),
                            p.decisionDate(),
                            p.startsOn(),
                            "",
                            ""))
                    .append('\n');
        }
        return csv.toString();
    }

    /** member-service's ids of the part's members, one grassroots organization's list at a time. */
    private void learnMemberIds(List<Grassroots> part) throws Exception {
        for (Grassroots g : part) {
            UUID id = organizations.get(g.organization().code());
            for (int page = 0; ; page++) {
                JsonNode body = api.get(
                        "/api/v1/members?organizationId=" + id + "&includeDescendants=true&size=500&page=" + page);
                for (JsonNode m : body.path("items")) {
                    members.put(
                            m.path("nationalId").asText(),
                            UUID.fromString(m.path("id").asText()));
                }
                if ((page + 1) * 500L >= body.path("total").asLong()) {
                    break;
                }
            }
        }
    }

    private void rate(List<Rating> ratings) throws Exception {
        UUID cycle = DemoRatingsLoader.cycle(api, ScaleProvince.RATED_YEAR);
        List<Map<String, Object>> items = new ArrayList<>(ratings.size());
        for (Rating r : ratings) {
            UUID subject = r.subject() instanceof Rating.MemberSubject m
                    ? members.get(m.nationalId())
                    : organizations.get(((Rating.OrganizationSubject) r.subject()).code());
            items.add(Map.of(
                    "subjectKind", r.subjectKind(),
                    "subjectId", subject.toString(),
                    "level", r.level(),
                    "decisionNumber", r.decisionNumber(),
                    "decidedOn", r.decidedOn().toString()));
        }
        for (int from = 0; from < items.size(); from += DemoRatingsLoader.BATCH) {
            DemoRatingsLoader.post(
                    api, cycle, items.subList(from, Math.min(items.size(), from + DemoRatingsLoader.BATCH)));
        }
    }
}
