package vn.partybloc.admin;

import static vn.partybloc.admin.GatewayStandIn.CALLS;
import static vn.partybloc.admin.GatewayStandIn.PLANNING_CELL;
import static vn.partybloc.admin.GatewayStandIn.invalid;
import static vn.partybloc.admin.GatewayStandIn.reusedKey;
import static vn.partybloc.admin.GatewayStandIn.rule;
import static vn.partybloc.admin.MembersStandIn.memberId;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import vn.partybloc.kernel.BlocZone;

/**
 * The gateway's answers about succession plans: the planning cell's plan for its cell committee's secretary in
 * 2025–2030 (two candidates planned, one of them flagged by a confidence vote, one removed), and the plans opened
 * through the console; their report computed as the API computes it (domain rule 13: young is under 40 on 1 January of
 * the term's first year); a plan opened, a candidate added and one removed as the API takes them.
 */
@Path("/api/v1/succession-plans")
@Produces("application/json")
public class SuccessionStandIn {

    static final String PLAN = "0b10c000-0000-4000-8000-000000000020";

    private static final int YOUNG_UNDER = 40;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Map<String, Object>> PLANS = new ConcurrentHashMap<>(Map.of(PLAN, seeded()));

    private static Map<String, Object> seeded() {
        Map<String, Object> plan = plan(PLAN, PLANNING_CELL, "CELL_COMMITTEE", "SECRETARY", 2025, 2030);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> candidates = (List<Map<String, Object>>) plan.get("candidates");
        candidates.add(candidate("Bùi Thị Hoa 2", "FEMALE", "1990-03-02", "2024-12-01"));
        Map<String, Object> flagged = candidate("Trần Văn An", "MALE", "1975-07-21", "2024-12-01");
        flagged.put(
                "flags",
                List.of(Map.of(
                        "reason",
                        "LOW_CONFIDENCE",
                        "sourceId",
                        UUID.randomUUID().toString(),
                        "flaggedOn",
                        "2025-01-15")));
        candidates.add(flagged);
        Map<String, Object> removed = candidate("Bùi Thị Hoa 7", "FEMALE", "1985-01-01", "2024-12-01");
        removed.put("status", "REMOVED");
        removed.put("removedOn", "2025-02-01");
        removed.put("removalReason", "REASSIGNED");
        candidates.add(removed);
        return plan;
    }

    @GET
    public String plans(@QueryParam("organizationId") String organizationId, @QueryParam("termStartYear") Integer year)
            throws JsonProcessingException {
        return JSON.writeValueAsString(of(organizationId, year));
    }

    @GET
    @Path("/report")
    public String report(@QueryParam("organizationId") String organizationId, @QueryParam("termStartYear") Integer year)
            throws JsonProcessingException {
        CALLS.add("succession report " + organizationId + " of " + year);
        List<Map<String, Object>> lines = new ArrayList<>();
        List<Map<String, Object>> all = new ArrayList<>();
        for (Map<String, Object> plan : of(organizationId, year)) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> candidates = (List<Map<String, Object>>) plan.get("candidates");
            all.addAll(candidates.stream().map(c -> withStart(c, plan)).toList());
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("planId", plan.get("id"));
            for (String field :
                    List.of("organizationId", "committeeKind", "position", "termStartYear", "termEndYear")) {
                line.put(field, plan.get(field));
            }
            line.put(
                    "candidates",
                    shares(candidates.stream().map(c -> withStart(c, plan)).toList()));
            lines.add(line);
        }
        Map<String, Object> total = shares(all);
        Map<String, Object> targets = new LinkedHashMap<>();
        targets.put("youngUnder", YOUNG_UNDER);
        targets.put("youngShare", 15);
        targets.put("womenShare", 25);
        targets.put("youngMet", ((BigDecimal) total.get("youngShare")).doubleValue() >= 15);
        targets.put("womenMet", ((BigDecimal) total.get("womenShare")).doubleValue() >= 25);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("organizationId", organizationId);
        report.put("termStartYear", year);
        report.put("plans", lines);
        report.put("total", total);
        report.put("targets", targets);
        return JSON.writeValueAsString(report);
    }

    @GET
    @Path("/{id}")
    public Response plan(@PathParam("id") String id) throws JsonProcessingException {
        Map<String, Object> plan = PLANS.get(id);
        return plan == null
                ? GatewayStandIn.notFound(id)
                : Response.ok(JSON.writeValueAsString(plan)).build();
    }

    /** A plan as the API takes it: a cell has a cell committee only (COM-KIND), and its term must end after it starts. */
    @POST
    @Consumes("application/json")
    public Response open(@HeaderParam("Idempotency-Key") String idempotencyKey, String body)
            throws JsonProcessingException {
        Response reused = reusedKey(idempotencyKey, "succession plan " + body);
        if (reused != null) {
            return reused;
        }
        Map<String, Object> asked = JSON.readValue(body, new TypeReference<Map<String, Object>>() {});
        CALLS.add("open succession plan " + asked + " key " + idempotencyKey);
        if (!"CELL_COMMITTEE".equals(asked.get("committeeKind"))) {
            return rule("COM-KIND", "Chi bộ trực thuộc không có %s".formatted(asked.get("committeeKind")));
        }
        if (((Number) asked.get("termEndYear")).intValue() <= ((Number) asked.get("termStartYear")).intValue()) {
            return invalid("termEndYear", "phải sau termStartYear");
        }
        String id = UUID.randomUUID().toString();
        Map<String, Object> plan = plan(
                id,
                (String) asked.get("organizationId"),
                (String) asked.get("committeeKind"),
                (String) asked.get("position"),
                ((Number) asked.get("termStartYear")).intValue(),
                ((Number) asked.get("termEndYear")).intValue());
        PLANS.put(id, plan);
        return Response.status(201).entity(JSON.writeValueAsString(plan)).build();
    }

    /** A candidate as the API takes them: an active member of the organization (SUC-MEMBER), added on a past day. */
    @POST
    @Path("/{id}/candidates")
    @Consumes("application/json")
    public Response add(@PathParam("id") String id, @HeaderParam("Idempotency-Key") String idempotencyKey, String body)
            throws JsonProcessingException {
        Response reused = reusedKey(idempotencyKey, "candidate " + body);
        if (reused != null) {
            return reused;
        }
        Map<String, Object> asked = JSON.readValue(body, new TypeReference<Map<String, Object>>() {});
        CALLS.add("add candidate " + asked + " to " + id + " key " + idempotencyKey);
        String name = MembersStandIn.nameOf((String) asked.get("memberId"));
        if (name == null || name.equals("Bùi Thị Hoa 9")) {
            return rule("SUC-MEMBER", "%s không phải là đảng viên đang sinh hoạt tại KH".formatted(name));
        }
        if (LocalDate.parse((String) asked.get("addedOn")).isAfter(BlocZone.today())) {
            return invalid("addedOn", "không được sau ngày hôm nay");
        }
        Map<String, Object> candidate = candidate(name, "FEMALE", "1992-05-05", (String) asked.get("addedOn"));
        candidate.put("note", asked.get("note"));
        candidates(id).add(candidate);
        return Response.status(201)
                .entity(JSON.writeValueAsString(PLANS.get(id)))
                .build();
    }

    /** A removal as the API takes it: not before the candidate was added. */
    @POST
    @Path("/{id}/candidates/{candidateId}/removals")
    @Consumes("application/json")
    public Response remove(
            @PathParam("id") String id,
            @PathParam("candidateId") String candidateId,
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            String body)
            throws JsonProcessingException {
        Response reused = reusedKey(idempotencyKey, "removal " + body);
        if (reused != null) {
            return reused;
        }
        Map<String, Object> asked = JSON.readValue(body, new TypeReference<Map<String, Object>>() {});
        CALLS.add("remove candidate " + candidateId + " " + asked + " key " + idempotencyKey);
        Map<String, Object> candidate = candidates(id).stream()
                .filter(c -> c.get("id").equals(candidateId))
                .findFirst()
                .orElseThrow();
        String addedOn = (String) candidate.get("addedOn");
        if (LocalDate.parse((String) asked.get("removedOn")).isBefore(LocalDate.parse(addedOn))) {
            return invalid("removedOn", "không được trước ngày đưa vào quy hoạch (" + addedOn + ")");
        }
        candidate.put("status", "REMOVED");
        candidate.put("removedOn", asked.get("removedOn"));
        candidate.put("removalReason", asked.get("reason"));
        candidate.put("note", asked.get("note"));
        return Response.ok(JSON.writeValueAsString(PLANS.get(id))).build();
    }

    private static List<Map<String, Object>> of(String organizationId, Integer year) {
        return PLANS.values().stream()
                .filter(plan -> plan.get("organizationId").equals(organizationId))
                .filter(plan -> year == null || year.equals(plan.get("termStartYear")))
                .sorted((a, b) -> ((String) a.get("position")).compareTo((String) b.get("position")))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> candidates(String plan) {
        return (List<Map<String, Object>>) PLANS.get(plan).get("candidates");
    }

    private static Map<String, Object> plan(
            String id, String organizationId, String kind, String position, int start, int end) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("id", id);
        plan.put("organizationId", organizationId);
        plan.put("committeeKind", kind);
        plan.put("position", position);
        plan.put("termStartYear", start);
        plan.put("termEndYear", end);
        plan.put("candidates", new ArrayList<Map<String, Object>>());
        return plan;
    }

    private static Map<String, Object> candidate(String name, String gender, String born, String addedOn) {
        Map<String, Object> candidate = new LinkedHashMap<>();
        candidate.put(
                "id", UUID.nameUUIDFromBytes(("candidate " + name).getBytes()).toString());
        candidate.put("memberId", memberId(name).toString());
        candidate.put("fullName", name);
        candidate.put("gender", gender);
        candidate.put("dateOfBirth", born);
        candidate.put("status", "PLANNED");
        candidate.put("addedOn", addedOn);
        candidate.put("flags", List.of());
        return candidate;
    }

    private static Map<String, Object> withStart(Map<String, Object> candidate, Map<String, Object> plan) {
        Map<String, Object> counted = new LinkedHashMap<>(candidate);
        counted.put("termStartYear", plan.get("termStartYear"));
        return counted;
    }

    /** The shares of women and of the young among those still planned, as the API reports them. */
    private static Map<String, Object> shares(List<Map<String, Object>> candidates) {
        List<Map<String, Object>> planned = candidates.stream()
                .filter(c -> c.get("status").equals("PLANNED"))
                .toList();
        long women =
                planned.stream().filter(c -> c.get("gender").equals("FEMALE")).count();
        long young = planned.stream()
                .filter(c -> LocalDate.parse((String) c.get("dateOfBirth"))
                        .plusYears(YOUNG_UNDER)
                        .isAfter(LocalDate.of((Integer) c.get("termStartYear"), 1, 1)))
                .count();
        Map<String, Object> shares = new LinkedHashMap<>();
        shares.put("planned", planned.size());
        shares.put("women", women);
        shares.put("young", young);
        shares.put("womenShare", share(women, planned.size()));
        shares.put("youngShare", share(young, planned.size()));
        shares.put("removed", candidates.size() - planned.size());
        shares.put(
                "flagged",
                planned.stream()
                        .filter(c -> !((List<?>) c.get("flags")).isEmpty())
                        .count());
        return shares;
    }

    private static BigDecimal share(long part, long whole) {
        return whole == 0
                ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
