package vn.partybloc.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import vn.partybloc.launcher.demo.CellMeetings;
import vn.partybloc.launcher.demo.CellMeetings.Following;
import vn.partybloc.launcher.demo.DemoDataset;

/**
 * The cells' meetings of the year up to the article's date through organization-service, one request per cell (its
 * twelve months at once, as a secretary back-fills them), after the committee members who follow the subordinate
 * cells have been given that responsibility in member-service. Loading again changes nothing: a responsibility already
 * there is not assigned twice, and a year already recorded is left alone.
 */
final class DemoMeetingsLoader {

    /** Cells recorded at once: the services run on the same two cores, so a few in flight keep them busy. */
    private static final int IN_FLIGHT = 3;
    /** A line every so many cells, so that a long load shows it is moving. */
    private static final int PROGRESS_EVERY = 250;

    private final ApiClient api;
    private final DemoIds ids;

    DemoMeetingsLoader(ApiClient api, DemoIds ids) {
        this.api = api;
        this.ids = ids;
    }

    void load(DemoDataset demo) throws Exception {
        List<CellMeetings> meetings = demo.meetings();
        if (meetings.isEmpty()) {
            return;
        }
        CellMeetings last = meetings.get(meetings.size() - 1);
        String lastMonth = last.months().get(last.months().size() - 1).month().toString();
        if (api.getRaw("/api/v1/organizations/" + ids.organization(last.cellCode()) + "/meetings/" + lastMonth)
                        .statusCode()
                == 200) {
            Console.info("  demo meetings are already recorded");
            return;
        }
        long began = System.nanoTime();
        assign(demo.followings());
        awaitOrganizationServiceKnows(demo.followings());
        record(meetings);
        Console.info(String.format(
                "  %,d cells' meetings of 07/2022 – 06/2023 recorded in %.1f s",
                meetings.size(), (System.nanoTime() - began) / 1e9));
        JsonNode year = api.get("/api/v1/organizations/" + ids.bloc() + "/meetings/summary?asOf=" + DemoDataset.AS_OF)
                .path("summary");
        Console.info(String.format(
                "  organization-service meetings: %,d of %,d cells met every month, %,d meetings (%.1f%% online or"
                        + " hybrid), attendance %.1f%%, %,d members flagged, %,d of %,d followed cells attended by"
                        + " their follower",
                year.path("cellsMeetingEveryMonth").asInt(),
                year.path("cells").asInt(),
                year.path("meetings").asLong(),
                year.path("onlineOrHybridShare").asDouble(),
                year.path("attendance").path("rate").asDouble(),
                year.path("flaggedMembers").asInt(),
                year.path("cellsAttendedByFollower").asInt(),
                year.path("cellsWithFollowers").asInt()));
    }

    /**
     * Each following as a responsibility on the member's seat on the executive committee, a committee's followings in
     * one request (its division of work, all or nothing): one event per seat rather than one per cell for the three
     * services that follow positions.
     */
    private void assign(List<Following> followings) throws Exception {
        Map<String, List<Following>> byCommittee = new LinkedHashMap<>();
        followings.forEach(f -> byCommittee
                .computeIfAbsent(f.committeeOrganizationCode(), code -> new ArrayList<>())
                .add(f));
        int assigned = 0;
        // Committees are assigned in order, each at once, so a load that stopped part-way left a prefix of them: when
        // the first following is not there, none is, and nothing needs reading back. Known once its seat is read.
        Boolean resuming = null;
        for (Map.Entry<String, List<Following>> committee : byCommittee.entrySet()) {
            UUID committeeId = ids.committee(committee.getKey(), "EXECUTIVE_COMMITTEE");
            Map<UUID, String> seatOf = new HashMap<>();
            for (JsonNode p : api.get("/api/v1/committees/" + committeeId + "/positions")) {
                if (p.path("endsOn").isNull() || p.path("endsOn").isMissingNode()) {
                    seatOf.put(
                            UUID.fromString(p.path("memberId").asText()),
                            p.path("id").asText());
                }
            }
            Map<String, Set<String>> followedBySeat = new HashMap<>();
            List<Map<String, Object>> items = new ArrayList<>();
            for (Following f : committee.getValue()) {
                String seat = seatOf.get(ids.member(f.memberNationalId()));
                if (seat == null) {
                    continue;
                }
                String cell = ids.organization(f.cellCode()).toString();
                if (resuming == null) {
                    resuming = followedOf(seat).contains(cell);
                }
                boolean readBack = resuming;
                Set<String> followed =
                        followedBySeat.computeIfAbsent(seat, s -> readBack ? followedOf(s) : new HashSet<>());
                if (followed.add(cell)) {
                    items.add(Map.of(
                            "positionId",
                            seat,
                            "field",
                            "Phụ trách chi bộ",
                            "followedOrganizationId",
                            cell,
                            "attendsMeetings",
                            true));
                }
            }
            if (!items.isEmpty()) {
                api.post(
                        "/api/v1/committees/" + committeeId + "/responsibilities/batch",
                        ApiClient.json(Map.of("items", items)));
                assigned += items.size();
            }
        }
        Console.info(String.format("  %,d cells given a follower on the committee above them", assigned));
    }

    private Set<String> followedOf(String seat) {
        Set<String> followed = new HashSet<>();
        try {
            for (JsonNode r : api.get("/api/v1/positions/" + seat + "/responsibilities")) {
                followed.add(r.path("followedOrganizationId").asText());
            }
        } catch (Exception e) {
            throw new IllegalStateException("reading the responsibilities of position " + seat, e);
        }
        return followed;
    }

    /** organization-service learns of followed cells from member-service's events: wait for the last one. */
    private void awaitOrganizationServiceKnows(List<Following> followings) throws Exception {
        if (followings.isEmpty()) {
            return;
        }
        UUID cell = ids.organization(followings.get(followings.size() - 1).cellCode());
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (api.get("/api/v1/organizations/" + cell + "/meetings/report?from=2023-06&to=2023-06")
                        .path("cells")
                        .path(0)
                        .path("followers")
                        .asInt()
                == 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("organization-service has not learnt who follows " + cell);
            }
            Thread.sleep(500);
        }
    }

    private void record(List<CellMeetings> meetings) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(IN_FLIGHT);
        AtomicInteger recorded = new AtomicInteger();
        try {
            List<Future<?>> pending = new ArrayList<>();
            for (CellMeetings cell : meetings) {
                pending.add(pool.submit(() -> {
                    record(cell);
                    int done = recorded.incrementAndGet();
                    if (done % PROGRESS_EVERY == 0) {
                        Console.info(String.format("  cells' meetings recorded %,d / %,d", done, meetings.size()));
                    }
                    return null;
                }));
            }
            for (Future<?> f : pending) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** One request for the cell's year; a member organization-service has not heard of yet is waited for. */
    private void record(CellMeetings cell) throws Exception {
        String path = "/api/v1/organizations/" + ids.organization(cell.cellCode()) + "/meetings";
        String body = ApiClient.json(
                Map.of("months", cell.months().stream().map(this::month).toList()));
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (true) {
            HttpResponse<String> answer = api.putRaw(path, body);
            if (answer.statusCode() == 200) {
                return;
            }
            boolean unknownMember = answer.statusCode() == 422 && answer.body().contains("MTG-MEMBER-KNOWN");
            if (!unknownMember || System.nanoTime() > deadline) {
                throw new IllegalStateException("recording the meetings of " + cell.cellCode() + " answered "
                        + answer.statusCode() + ": " + answer.body());
            }
            Thread.sleep(1000);
        }
    }

    private Map<String, Object> month(CellMeetings.Month month) {
        return Map.of(
                "month",
                month.month().toString(),
                "meetings",
                month.meetings().stream().map(this::meeting).toList());
    }

    private Map<String, Object> meeting(CellMeetings.Meeting m) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("heldOn", m.heldOn().toString());
        json.put("kind", m.kind());
        json.put("format", m.format());
        json.put("topic", m.topic());
        json.put(
                "agenda",
                List.of(
                        Map.of("category", "POLITICAL_IDEOLOGICAL", "title", "Thông tin thời sự, tình hình tư tưởng"),
                        Map.of("category", "HOST_UNIT_TASKS", "title", "Kết quả nhiệm vụ chính trị của đơn vị"),
                        Map.of("category", "PARTY_BUILDING", "title", "Công tác xây dựng Đảng")));
        json.put("chairMemberId", ids.member(m.chairNationalId()).toString());
        json.put(
                "meetingSecretaryMemberId",
                ids.member(m.meetingSecretaryNationalId()).toString());
        json.put("quality", m.quality());
        json.put(
                "attendance",
                m.attendance().stream()
                        .map(a -> {
                            Map<String, Object> row = new LinkedHashMap<>();
                            row.put("memberId", ids.member(a.nationalId()).toString());
                            row.put("status", a.status());
                            if (a.reason() != null) {
                                row.put("reason", a.reason());
                            }
                            return row;
                        })
                        .toList());
        json.put(
                "superiorAttendeeIds",
                m.superiorNationalIds().stream()
                        .map(id -> ids.member(id).toString())
                        .toList());
        return json;
    }
}
