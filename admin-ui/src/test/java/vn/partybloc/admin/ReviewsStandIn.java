package vn.partybloc.admin;

import static vn.partybloc.admin.GatewayStandIn.BLOC;
import static vn.partybloc.admin.GatewayStandIn.CALLS;
import static vn.partybloc.admin.GatewayStandIn.COMMITTEE;
import static vn.partybloc.admin.GatewayStandIn.PLANNING_CELL;
import static vn.partybloc.admin.GatewayStandIn.REVIEW;
import static vn.partybloc.admin.GatewayStandIn.changedSince;
import static vn.partybloc.admin.GatewayStandIn.invalid;
import static vn.partybloc.admin.GatewayStandIn.notFound;
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
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * The gateway's answers about reviews: a subject's ratings, the review that goes through the flow a step at a time and
 * those made through the console, the review cycles and a subtree's ratings in a cycle; self-assessments, steps and
 * re-ratings, each as the API takes it.
 */
@Path("/api/v1")
@Produces("application/json")
public class ReviewsStandIn {

    @GET
    @Path("/reviews")
    public String reviews(@QueryParam("subjectId") String subjectId, @QueryParam("subjectKind") String subjectKind) {
        CALLS.add("reviews " + subjectKind + " " + subjectId);
        if (memberId(REVIEWED).toString().equals(subjectId)) {
            return """
                    {"items":[%s],"page":0,"size":50,"total":1}""".formatted(review());
        }
        return """
                {"items":[{"id":"%s","subjectKind":"MEMBER","subjectId":"%s","organizationId":"%s","status":"PUBLISHED",
                  "level":"GOOD","decisionNumber":"45-QĐ/ĐU","decidedOn":"2024-12-20","version":0},
                 {"id":"%s","subjectKind":"MEMBER","subjectId":"%s","organizationId":"%s","status":"SELF_ASSESSED",
                  "selfLevel":"GOOD","version":0}],
                 "page":0,"size":50,"total":2}""".formatted(UUID.randomUUID(), subjectId, COMMITTEE, UUID.randomUUID(), subjectId, COMMITTEE);
    }

    /** The member whose review of 2024 goes through the flow, one step a request, from their self-assessment. */
    static final String REVIEWED = "Bùi Thị Hoa 5";

    /** The review's steps so far, each with its level, day and decision: the review is what they made it. */
    private static final List<Map<String, String>> REVIEW_STEPS = new CopyOnWriteArrayList<>(
            List.of(Map.of("action", "SELF_ASSESSED", "level", "EXCELLENT", "actedAt", "2024-12-01T09:00:00+07:00")));

    private static String review() {
        Map<String, String> last = REVIEW_STEPS.get(REVIEW_STEPS.size() - 1);
        StringBuilder json = new StringBuilder("""
                {"id":"%s","cycleId":"%s","subjectKind":"MEMBER","subjectId":"%s","organizationId":"%s",
                 "status":"%s","selfLevel":"EXCELLENT","version":%d""".formatted(
                        REVIEW,
                        UUID.nameUUIDFromBytes("2024".getBytes(StandardCharsets.UTF_8)),
                        memberId(REVIEWED),
                        PLANNING_CELL,
                        last.get("action"),
                        REVIEW_STEPS.size() - 1));
        for (Map<String, String> step : REVIEW_STEPS) {
            switch (step.get("action")) {
                case "PROPOSED" -> json.append(",\"proposedLevel\":\"%s\"".formatted(step.get("level")));
                case "DECIDED" ->
                    json.append(",\"level\":\"%s\",\"decisionNumber\":\"%s\",\"decidedOn\":\"%s\""
                            .formatted(step.get("level"), step.get("decisionNumber"), step.get("decidedOn")));
                case "PUBLISHED" -> json.append(",\"publishedOn\":\"%s\"".formatted(step.get("publishedOn")));
                case "CANCELLED" -> json.append(",\"cancelReason\":\"%s\"".formatted(step.get("note")));
                default -> {}
            }
        }
        return json.append("}").toString();
    }

    @GET
    @Path("/reviews/{id}")
    public Response review(@PathParam("id") String id) {
        if (MADE_REVIEWS.containsKey(id)) {
            return Response.ok(MADE_REVIEWS.get(id)).build();
        }
        return id.equals(REVIEW) ? Response.ok(review()).build() : notFound(id);
    }

    /** The reviews made through the console (begun, or decided again), by id. */
    private static final Map<String, String> MADE_REVIEWS = new ConcurrentHashMap<>();

    /** A self-assessment as the API takes it: a score over 100 refused with the field named, else a review begun. */
    @POST
    @Path("/reviews")
    @Consumes("application/json")
    public Response selfAssess(@HeaderParam("Idempotency-Key") String idempotencyKey, String body)
            throws JsonProcessingException {
        Response reused = reusedKey(idempotencyKey, "self-assess " + body);
        if (reused != null) {
            return reused;
        }
        Map<String, Object> request = new ObjectMapper().readValue(body, new TypeReference<Map<String, Object>>() {});
        CALLS.add("self-assess " + new TreeMap<>(request));
        if (request.get("score") instanceof Number score && score.doubleValue() > 100) {
            return invalid("score", "từ 0 đến 100");
        }
        String id = UUID.randomUUID().toString();
        MADE_REVIEWS.put(id, """
                {"id":"%s","cycleId":"%s","subjectKind":"%s","subjectId":"%s","organizationId":"%s",
                 "status":"SELF_ASSESSED","selfLevel":"%s","version":0}""".formatted(
                        id,
                        request.get("cycleId"),
                        request.get("subjectKind"),
                        request.get("subjectId"),
                        COMMITTEE,
                        request.get("level")));
        return Response.status(201).entity(MADE_REVIEWS.get(id)).build();
    }

    @GET
    @Path("/reviews/{id}/history")
    public String reviewHistory(@PathParam("id") String id) {
        if (!id.equals(REVIEW)) {
            return "[]";
        }
        return REVIEW_STEPS.stream()
                .map(step -> """
                        {"action":"%s"%s,"actedAt":"%s","actedBy":"alice"}""".formatted(
                                step.get("action"),
                                step.containsKey("level") ? ",\"level\":\"" + step.get("level") + "\"" : "",
                                step.get("actedAt")))
                .collect(Collectors.joining(",", "[", "]"));
    }

    /**
     * A step of the review's flow as the API takes it: only the step after the review's last (REV-FLOW), for the
     * version shown (412 otherwise); a decision dated after 2030 refused with the field named, a publication before
     * the decision refused by the rule; else taken, as the review's next step.
     */
    @POST
    @Path("/reviews/{id}/{step: proposals|decisions|publications}")
    @Consumes("application/json")
    public Response reviewStep(
            @PathParam("id") String id,
            @PathParam("step") String step,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            String body)
            throws JsonProcessingException {
        Response reused = reusedKey(idempotencyKey, step + " " + id + " " + body);
        if (reused != null) {
            return reused;
        }
        Map<String, String> request = new ObjectMapper().readValue(body, new TypeReference<Map<String, String>>() {});
        CALLS.add(step + " " + id + " " + new TreeMap<>(request) + " if " + ifMatch);
        String last = REVIEW_STEPS.get(REVIEW_STEPS.size() - 1).get("action");
        String next = Map.of("proposals", "PROPOSED", "decisions", "DECIDED", "publications", "PUBLISHED")
                .get(step);
        if (!Map.of("PROPOSED", "SELF_ASSESSED", "DECIDED", "PROPOSED", "PUBLISHED", "DECIDED")
                .get(next)
                .equals(last)) {
            return rule("REV-FLOW", "Đánh giá chưa ở bước này.");
        }
        if (!ifMatch.equals("\"" + (REVIEW_STEPS.size() - 1) + "\"")) {
            return changedSince("Đánh giá đã thay đổi từ khi mở.");
        }
        if (request.get("decidedOn") != null && request.get("decidedOn").compareTo("2030") > 0) {
            return invalid("decidedOn", "không được sau ngày hôm nay");
        }
        String decidedOn = REVIEW_STEPS.stream()
                .map(s -> s.get("decidedOn"))
                .filter(d -> d != null)
                .findFirst()
                .orElse("");
        if (request.get("publishedOn") != null && request.get("publishedOn").compareTo(decidedOn) < 0) {
            return rule("REV-PUBLISH-AFTER-DECISION", "Ngày công bố không được trước ngày quyết định.");
        }
        Map<String, String> taken = new HashMap<>(request);
        taken.put("action", next);
        taken.put("actedAt", "2024-12-15T09:00:00+07:00");
        taken.values().removeIf(value -> value == null);
        REVIEW_STEPS.add(taken);
        return Response.ok(review()).build();
    }

    /**
     * A re-rating as the API takes it: only of a decided or published rating (REV-FLOW), for the version shown; a
     * decision dated after 2030 refused with its field named; else the review is cancelled with the reason and a new
     * one decided that names it.
     */
    @POST
    @Path("/reviews/{id}/re-ratings")
    @Consumes("application/json")
    public Response reRate(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            String body)
            throws JsonProcessingException {
        Response reused = reusedKey(idempotencyKey, "re-rate " + id + " " + body);
        if (reused != null) {
            return reused;
        }
        Map<String, Object> request = new ObjectMapper().readValue(body, new TypeReference<Map<String, Object>>() {});
        @SuppressWarnings("unchecked")
        Map<String, Object> decision = (Map<String, Object>) request.get("decision");
        CALLS.add("re-rate " + id + " because " + request.get("reason") + " to " + new TreeMap<>(decision) + " if "
                + ifMatch);
        String last = REVIEW_STEPS.get(REVIEW_STEPS.size() - 1).get("action");
        if (!id.equals(REVIEW) || !List.of("DECIDED", "PUBLISHED").contains(last)) {
            return rule("REV-FLOW", "Chỉ xếp loại lại một xếp loại đã quyết định.");
        }
        if (decision.get("decidedOn") instanceof String day && day.compareTo("2030") > 0) {
            return invalid("decision.decidedOn", "không được sau ngày hôm nay");
        }
        REVIEW_STEPS.add(Map.of(
                "action", "CANCELLED", "note", (String) request.get("reason"), "actedAt", "2025-01-10T09:00:00+07:00"));
        String decided = UUID.randomUUID().toString();
        MADE_REVIEWS.put(decided, """
                {"id":"%s","cycleId":"%s","subjectKind":"MEMBER","subjectId":"%s","organizationId":"%s",
                 "status":"DECIDED","level":"%s","decisionNumber":"%s","decidedOn":"%s","replacesReviewId":"%s",
                 "version":0}""".formatted(
                        decided,
                        UUID.nameUUIDFromBytes("2024".getBytes(StandardCharsets.UTF_8)),
                        memberId(REVIEWED),
                        PLANNING_CELL,
                        decision.get("level"),
                        decision.get("decisionNumber"),
                        decision.get("decidedOn"),
                        REVIEW));
        return Response.ok(MADE_REVIEWS.get(decided)).build();
    }

    @GET
    @Path("/review-cycles")
    public String reviewCycles() {
        return """
                {"items":[{"id":"%s","year":2023,"period":"YEAR","startsOn":"2023-01-01","endsOn":"2023-12-31",
                  "ruleSetId":"%s","ruleSetCode":"HD-25-2023","version":0},
                 {"id":"%s","year":2022,"period":"YEAR","startsOn":"2022-01-01","endsOn":"2022-12-31",
                  "ruleSetId":"%s","ruleSetCode":"HD-25-2019","version":0}],
                 "page":0,"size":50,"total":2}""".formatted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
    }

    /**
     * A subtree's ratings in a cycle (2023 unless a year is asked): most members rated, the targets one met, one not
     * and one for the committees, none of them rated, a grassroots organization over the excellent cap, and two subjects not rated yet (one of ten listed when
     * fewer are asked for). The Bloc has no cycle yet.
     */
    @GET
    @Path("/reviews/attainment")
    public String attainment(
            @QueryParam("organizationId") String id,
            @QueryParam("year") Integer year,
            @QueryParam("asOf") String asOf,
            @QueryParam("unratedLimit") Integer unratedLimit) {
        CALLS.add("attainment " + id + " " + year + " " + asOf + " " + unratedLimit);
        if (id.equals(BLOC)) {
            return """
                    {"organizationId":"%s","year":2025,"asOf":"%s","subjects":[],"targets":[],
                     "cap":{"organizationsChecked":0,"violations":[]},"notRated":[],"notRatedTruncated":false}""".formatted(id, asOf);
        }
        return """
                {"organizationId":"%s","cycleId":"%s","year":%d,"asOf":"%s",
                 "ruleSet":{"id":"%s","code":"HD-25-2023","documents":"Hướng dẫn 25-HD/BTCTW","usesScore":false},
                 "subjects":[
                   {"subjectKind":"MEMBER","subjects":120,"rated":110,"notRated":10,
                    "byLevel":{"EXCELLENT":12,"GOOD":80,"COMPLETE":16,"NOT_COMPLETE":2},
                    "atLeastCompletePercent":98.18,"atLeastGoodPercent":83.64,"excellentPercent":10.91},
                   {"subjectKind":"SUBORDINATE_ORGANIZATION","subjects":6,"rated":6,"notRated":0,
                    "byLevel":{"EXCELLENT":2,"GOOD":3,"COMPLETE":1},
                    "atLeastCompletePercent":100,"atLeastGoodPercent":83.33,"excellentPercent":33.33}],
                 "targets":[
                   {"subjectKind":"MEMBER","metric":"AT_LEAST_GOOD","comparison":"AT_LEAST","percent":80,
                    "actualPercent":83.64,"met":true,"gap":3.64},
                   {"subjectKind":"SUBORDINATE_ORGANIZATION","metric":"EXCELLENT","comparison":"AT_MOST","percent":20,
                    "actualPercent":33.33,"met":false,"gap":-13.33},
                   {"subjectKind":"COLLECTIVE_COMMITTEE","metric":"AT_LEAST_GOOD","comparison":"AT_LEAST","percent":90,
                    "met":false}],
                 "cap":{"capPercent":20,"organizationsChecked":1,"violations":[
                   {"organizationId":"%s","code":"SXD","name":"Đảng bộ Sở Xây dựng","subjectKind":"SUBORDINATE_ORGANIZATION",
                    "excellent":2,"good":3,"allowedExcellent":1}]},
                 "notRated":[
                   {"subjectKind":"MEMBER","subjectId":"%s","name":"Bùi Thị Hoa 1","organizationId":"%s"},
                   {"subjectKind":"SUBORDINATE_ORGANIZATION","subjectId":"%s","name":"Chi bộ Phòng Kế hoạch","organizationId":"%s"}
                 ],"notRatedTruncated":true}""".formatted(
                        id,
                        UUID.randomUUID(),
                        year == null ? 2023 : year,
                        asOf,
                        UUID.randomUUID(),
                        COMMITTEE,
                        memberId("Bùi Thị Hoa 1"),
                        PLANNING_CELL,
                        PLANNING_CELL,
                        COMMITTEE);
    }
}
