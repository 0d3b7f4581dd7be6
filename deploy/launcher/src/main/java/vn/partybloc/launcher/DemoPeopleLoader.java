package vn.partybloc.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import vn.partybloc.launcher.demo.Committee;
import vn.partybloc.launcher.demo.DemoDataset;
import vn.partybloc.launcher.demo.Member;
import vn.partybloc.launcher.demo.Position;

/**
 * The members who join the demo's register after the start of its history (admitted since, or received with their
 * organization) through member-service's CSV import, then the committees of the 2020–2025 term (formed in one request
 * on an empty stack, else those missing one by one) and their seats through the positions import.
 */
final class DemoPeopleLoader {

    /** The most committees {@code POST /committees/batch} takes at once. */
    static final int COMMITTEE_BATCH = 1_000;

    static final String POSITION_HEADER =
            "memberNationalId,committeeId,position,appointment,decisionNumber,decisionDate,"
                    + "startsOn,endsOn,endReason";

    private final ApiClient api;
    private final DemoIds ids;

    DemoPeopleLoader(ApiClient api, DemoIds ids) {
        this.api = api;
        this.ids = ids;
    }

    void load(DemoDataset demo) throws Exception {
        long t = System.nanoTime();
        List<Member> joining = demo.register().afterHistory();
        awaitMemberServiceKnowsTheCells(joining);
        MemberFiles.importAll(api, joining, ids::organization, "members joining");
        MemberFiles.ids(api, ids.bloc(), MemberFiles.nationalIds(demo.members()))
                .forEach(ids::member);
        awaitTheRegister(demo.members().size());
        Console.info(String.format("  members joining since 2021 loaded in %.1f s", (System.nanoTime() - t) / 1e9));

        t = System.nanoTime();
        loadCommittees(demo.committees(), demo.positions());
        Console.info(
                String.format("  committees and committee members loaded in %.1f s", (System.nanoTime() - t) / 1e9));
        JsonNode stats = api.get("/api/v1/members/statistics?organizationId=" + ids.bloc());
        Console.info("  member-service statistics of the Bloc: members "
                + stats.path("members").path("total").asLong()
                + ", committee members "
                + stats.path("committeeMembers").path("total").asLong()
                + " (grassroots "
                + stats.path("grassrootsCommitteeMembers").path("total").asLong()
                + ", meeting the configured standard "
                + stats.path("grassrootsCommitteeMembers")
                        .path("meetingStandardShare")
                        .asDouble() + "%)"
                + ", doctors "
                + stats.path("committeeMembers").path("doctorShare").asDouble() + "%"
                + ", masters "
                + stats.path("committeeMembers").path("masterShare").asDouble() + "%"
                + ", associate professors "
                + stats.path("committeeMembers")
                        .path("byAcademicTitle")
                        .path("ASSOCIATE_PROFESSOR")
                        .asLong());
    }

    // ---- members ----

    /** member-service learns of organizations from events: wait until it knows the last cells. */
    private void awaitMemberServiceKnowsTheCells(List<Member> members) throws Exception {
        List<String> cells = members.stream().map(Member::cellCode).distinct().toList();
        long deadline = System.nanoTime() + 120_000_000_000L;
        for (String code : cells.subList(Math.max(0, cells.size() - 5), cells.size())) {
            UUID cell = ids.organization(code);
            while (api.getRaw("/api/v1/committees?organizationId=" + cell).statusCode() != 200) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("member-service has not learnt of cell " + cell + " within 120 s");
                }
                Thread.sleep(500);
            }
        }
    }

    /**
     * member-service's own total of the Bloc's members on the register on the demo's date: the final register, all of
     * it. Counted on that date, not today, since the demo's later years take members off it (the expulsion of 2024).
     */
    private void awaitTheRegister(int members) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (true) {
            long total = api.get(
                            "/api/v1/members/statistics?organizationId=" + ids.bloc() + "&asOf=" + DemoDataset.AS_OF)
                    .path("members")
                    .path("total")
                    .asLong();
            if (total >= members) { // more once journeys or users have added members
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("member-service counts " + total + " members, not " + members);
            }
            Thread.sleep(1000);
        }
    }

    // ---- committees and positions ----

    private void loadCommittees(List<Committee> committees, List<Position> positions) throws Exception {
        int created = 0;
        for (int from = 0; from < committees.size(); from += COMMITTEE_BATCH) {
            List<Committee> chunk = committees.subList(from, Math.min(committees.size(), from + COMMITTEE_BATCH));
            created += formAllAtOnce(chunk) ? chunk.size() : formMissing(chunk);
        }
        Console.info(String.format("  committees (term 2020–2025)  %d, %d new", ids.committees(), created));
        // Standing-committee members must already hold a seat on the executive: two files, the executive ones first.
        Predicate<Position> standing = Position::onStandingCommittee;
        BulkImport.run(
                api,
                "/api/v1/positions/imports",
                positions(positions, standing.negate()),
                "positions (executive, cell, inspection)");
        BulkImport.run(
                api, "/api/v1/positions/imports", positions(positions, standing), "positions (standing committees)");
    }

    /**
     * On an empty stack every committee is new: one request forms them all ({@code POST /committees/batch}, all or
     * nothing). False when it is refused only because some of them exist already, as on a stack loaded before.
     */
    private boolean formAllAtOnce(List<Committee> committees) throws Exception {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Committee committee : committees) {
            items.add(body(ids.organization(committee.organizationCode()), committee));
        }
        HttpResponse<String> response =
                api.postRaw("/api/v1/committees/batch", "application/json", ApiClient.json(Map.of("items", items)));
        if (response.statusCode() == 422 && onlyExisting(ApiClient.parse(response.body()))) {
            return false;
        }
        if (response.statusCode() != 201) {
            throw new IllegalStateException("committee batch refused (" + response.statusCode() + "): "
                    + response.body().substring(0, Math.min(600, response.body().length())));
        }
        JsonNode formed = ApiClient.parse(response.body()).path("items");
        for (int i = 0; i < committees.size(); i++) {
            Committee committee = committees.get(i);
            ids.committee(
                    committee.organizationCode(),
                    committee.kind(),
                    UUID.fromString(formed.get(i).path("id").asText()));
        }
        return true;
    }

    /** Whether every item of a refused batch was refused as a conflict: a committee of its kind and term exists. */
    private static boolean onlyExisting(JsonNode problem) {
        JsonNode errors = problem.path("errors");
        for (JsonNode error : errors) {
            if (!error.path("type").asText().endsWith("/conflict")) {
                return false;
            }
        }
        return !errors.isEmpty();
    }

    /** Each organization's committees read, and the missing ones formed one by one; answers how many were. */
    private int formMissing(List<Committee> committees) throws Exception {
        Map<String, List<Committee>> byOrganization = new LinkedHashMap<>();
        committees.forEach(c -> byOrganization
                .computeIfAbsent(c.organizationCode(), k -> new ArrayList<>())
                .add(c));
        int created = 0;
        for (Map.Entry<String, List<Committee>> organization : byOrganization.entrySet()) {
            UUID organizationId = ids.organization(organization.getKey());
            Map<String, UUID> existing = new HashMap<>();
            for (JsonNode c : api.get("/api/v1/committees?organizationId=" + organizationId)) {
                if (c.path("termStartYear").asInt() == 2020) {
                    existing.put(
                            c.path("kind").asText(),
                            UUID.fromString(c.path("id").asText()));
                }
            }
            for (Committee committee : organization.getValue()) {
                UUID id = existing.get(committee.kind());
                if (id == null) {
                    id = UUID.fromString(api.post("/api/v1/committees", ApiClient.json(body(organizationId, committee)))
                            .path("id")
                            .asText());
                    created++;
                }
                ids.committee(committee.organizationCode(), committee.kind(), id);
            }
        }
        return created;
    }

    private static Map<String, Object> body(UUID organizationId, Committee committee) {
        return Map.of(
                "organizationId",
                organizationId.toString(),
                "kind",
                committee.kind(),
                "termStartYear",
                committee.termStartYear(),
                "termEndYear",
                committee.termEndYear());
    }

    private String positions(List<Position> positions, Predicate<Position> which) {
        StringBuilder csv = new StringBuilder(POSITION_HEADER).append('\n');
        for (Position p : positions) {
            if (which.test(p)) {
                csv.append(MemberFiles.row(
                                p.memberNationalId(),
                                ids.committee(p.organizationCode(), p.committeeKind()),
                                p.position(),
                                p.appointment(),
                                p.decisionNumber(),
                                p.decisionDate(),
                                p.startsOn(),
                                "", // endsOn
                                "")) // endReason
                        .append('\n');
            }
        }
        return csv.toString();
    }
}
