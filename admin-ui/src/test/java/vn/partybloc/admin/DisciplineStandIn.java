package vn.partybloc.admin;

import static vn.partybloc.admin.GatewayStandIn.BLOC;
import static vn.partybloc.admin.GatewayStandIn.CALLS;
import static vn.partybloc.admin.GatewayStandIn.PLANNING_CELL;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * The gateway's answers about discipline cases against members and organizations: a committee's cases of the year,
 * and the cases opened and decided through the console and their appeals, each as the API takes it (a case against an
 * organization as one against a member, under its own path).
 */
@Path("/api/v1")
@Produces("application/json")
public class DisciplineStandIn {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The cases opened through the console, by id, as the API shows them. */
    private static final Map<String, Map<String, Object>> OPENED = new ConcurrentHashMap<>();

    /**
     * 21 cases of members of the committee, newest first: Bùi Thị Hoa 1 warned, the others still open. The Bloc's are
     * refused, as they are to a role that may not read cases.
     */
    @GET
    @Path("/discipline-cases")
    public Response disciplineCases(
            @QueryParam("organizationId") String id,
            @QueryParam("year") Integer year,
            @QueryParam("page") int page,
            @QueryParam("size") int size) {
        CALLS.add("discipline cases " + id + " " + year + " " + page + " " + size);
        if (id.equals(BLOC)) {
            return forbidden();
        }
        List<String> cases = new ArrayList<>();
        for (int i = 1; i <= 21; i++) {
            String decision = i == 1
                    ? "\"status\":\"DECIDED\",\"form\":\"WARNING\",\"decisionNumber\":\"12-QĐ/ĐU\",\"decidedOn\":\"%d-05-20\""
                            .formatted(year)
                    : "\"status\":\"OPEN\"";
            cases.add("""
                    {"id":"%s","memberId":"%s","organizationId":"%s","category":"PARTY_ACTIVITIES","bodyKind":"STANDING_COMMITTEE",
                     "bodyLevel":"GRASSROOTS","openedOn":"%d-03-%02d",%s,"version":0}""".formatted(
                            UUID.randomUUID(), memberId("Bùi Thị Hoa " + i), PLANNING_CELL, year, 28 - i, decision));
        }
        String items = cases.stream().skip((long) page * size).limit(size).collect(Collectors.joining(","));
        return Response.ok("""
                {"items":[%s],"page":%d,"size":%d,"total":%d}""".formatted(items, page, size, cases.size())).build();
    }

    /**
     * The year's cases against organizations of the committee: its planning cell reprimanded, and one against an
     * organization the gateway does not know. The Bloc's are refused, as the members' are.
     */
    @GET
    @Path("/organization-discipline-cases")
    public Response organizationCases(
            @QueryParam("organizationId") String id,
            @QueryParam("year") Integer year,
            @QueryParam("page") int page,
            @QueryParam("size") int size) {
        CALLS.add("organization discipline cases " + id + " " + year + " " + page + " " + size);
        if (id.equals(BLOC)) {
            return forbidden();
        }
        return Response.ok("""
                {"items":[
                  {"id":"%s","organizationId":"%s","category":"PARTY_ACTIVITIES","bodyKind":"STANDING_COMMITTEE",
                   "bodyLevel":"GRASSROOTS","openedOn":"%d-02-03","status":"DECIDED","form":"REPRIMAND",
                   "decisionNumber":"7-QĐ/ĐU","decidedOn":"%d-04-08","version":1},
                  {"id":"%s","organizationId":"%s","category":"OTHER","bodyKind":"STANDING_COMMITTEE",
                   "bodyLevel":"GRASSROOTS","openedOn":"%d-05-03","status":"OPEN","version":0}],
                 "page":0,"size":%d,"total":2}""".formatted(
                                UUID.randomUUID(),
                                PLANNING_CELL,
                                year,
                                year,
                                UUID.randomUUID(),
                                GatewayStandIn.UNKNOWN,
                                year,
                                size))
                .build();
    }

    @GET
    @Path("/{kind: discipline-cases|organization-discipline-cases}/{id}")
    public Response disciplineCase(@PathParam("id") String id) throws JsonProcessingException {
        return OPENED.containsKey(id)
                ? Response.ok(JSON.writeValueAsString(OPENED.get(id))).build()
                : notFound(id);
    }

    /** A case opened as the API takes it: a violation after 2030 refused with the field named, else opened. */
    @POST
    @Path("/{kind: discipline-cases|organization-discipline-cases}")
    @Consumes("application/json")
    public Response open(@HeaderParam("Idempotency-Key") String idempotencyKey, String body)
            throws JsonProcessingException {
        Response reused = reusedKey(idempotencyKey, "open case " + body);
        if (reused != null) {
            return reused;
        }
        Map<String, Object> opened = JSON.readValue(body, new TypeReference<Map<String, Object>>() {});
        CALLS.add("open case against "
                + opened.getOrDefault("memberId", opened.get("organizationId")) + " " + opened.get("category") + " on "
                + opened.get("violatedOn") + " by " + opened.get("bodyKind") + " of "
                + opened.get("bodyOrganizationId") + " from " + opened.get("openedOn") + ": "
                + opened.get("violation"));
        if (String.valueOf(opened.get("violatedOn")).compareTo("2030") > 0) {
            return invalid("violatedOn", "không được sau ngày hôm nay");
        }
        String id = UUID.randomUUID().toString();
        opened.put("id", id);
        opened.put("status", "OPEN");
        opened.put("bodyLevel", "GRASSROOTS");
        opened.put("version", 0);
        OPENED.put(id, opened);
        return Response.status(201).entity(JSON.writeValueAsString(opened)).build();
    }

    /**
     * A decision as the API takes it: a removal from post without the post refused with the field named, a case not
     * open refused by the rule, else decided. Kept with its headers.
     */
    @POST
    @Path("/{kind: discipline-cases|organization-discipline-cases}/{id}/decisions")
    @Consumes("application/json")
    public Response decide(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            String body)
            throws JsonProcessingException {
        Response reused = reusedKey(idempotencyKey, "decide case " + id + " " + body);
        if (reused != null) {
            return reused;
        }
        Map<String, Object> decision = JSON.readValue(body, new TypeReference<Map<String, Object>>() {});
        CALLS.add("decide case " + id + " " + decision.get("form") + " post " + decision.get("positionId") + " by "
                + decision.get("decisionNumber") + " of " + decision.get("decidedOn") + " self-remedied "
                + decision.get("selfRemedied") + " if " + ifMatch);
        Map<String, Object> found = OPENED.get(id);
        if (found == null) {
            return notFound(id);
        }
        if ("REMOVAL_FROM_POST".equals(decision.get("form")) && decision.get("positionId") == null) {
            return invalid("positionId", "bắt buộc khi cách chức");
        }
        if (!"OPEN".equals(found.get("status"))) {
            return Response.status(422)
                    .type("application/problem+json")
                    .entity("""
                        {"type":"https://partybloc.vn/problems/domain-rule","title":"Vi phạm quy tắc","status":422,
                         "rule":"DIS-FLOW","detail":"Vụ việc đã được quyết định."}""")
                    .build();
        }
        found.putAll(decision);
        found.put("status", "DECIDED");
        found.put("version", 1);
        return Response.ok(JSON.writeValueAsString(found)).build();
    }

    /** A case decided (a reprimand by the committee's standing committee) against {@code member}, for a test to appeal. */
    static String decided(String member) {
        String id = UUID.randomUUID().toString();
        Map<String, Object> found = new HashMap<>(Map.of(
                "id", id,
                "memberId", memberId(member).toString(),
                "organizationId", GatewayStandIn.COMMITTEE,
                "category", "PARTY_ACTIVITIES",
                "violatedOn", "2024-02-01",
                "bodyKind", "STANDING_COMMITTEE",
                "bodyOrganizationId", GatewayStandIn.COMMITTEE,
                "bodyLevel", "GRASSROOTS",
                "openedOn", "2024-03-01",
                "status", "DECIDED"));
        found.putAll(Map.of("form", "REPRIMAND", "decisionNumber", "8-QĐ/ĐU", "decidedOn", "2024-04-01", "version", 1));
        OPENED.put(id, found);
        return id;
    }

    /** The appeals of each case, by the case's id. */
    private static final Map<String, List<Map<String, Object>>> APPEALS = new ConcurrentHashMap<>();

    @GET
    @Path("/{kind: discipline-cases|organization-discipline-cases}/{id}/appeals")
    public Response appeals(@PathParam("id") String id) throws JsonProcessingException {
        if (!OPENED.containsKey(id)) {
            return notFound(id);
        }
        return Response.ok(JSON.writeValueAsString(APPEALS.getOrDefault(id, List.of())))
                .build();
    }

    /**
     * An appeal as the API takes it: lodged after 2030 refused with the field named, against a case not decided or
     * with an appeal pending refused by the rule, else pending before the body named (the Bloc's level).
     */
    @POST
    @Path("/{kind: discipline-cases|organization-discipline-cases}/{id}/appeals")
    @Consumes("application/json")
    public Response lodge(
            @PathParam("id") String id, @HeaderParam("Idempotency-Key") String idempotencyKey, String body)
            throws JsonProcessingException {
        Response reused = reusedKey(idempotencyKey, "appeal " + id + " " + body);
        if (reused != null) {
            return reused;
        }
        Map<String, Object> appeal = JSON.readValue(body, new TypeReference<Map<String, Object>>() {});
        CALLS.add("appeal " + id + " received " + appeal.get("receivedOn") + " lodged " + appeal.get("lodgedOn")
                + " to " + appeal.get("bodyKind") + " of " + appeal.get("bodyOrganizationId"));
        if (String.valueOf(appeal.get("lodgedOn")).compareTo("2030") > 0) {
            return invalid("lodgedOn", "không được sau ngày hôm nay");
        }
        List<Map<String, Object>> appeals = APPEALS.computeIfAbsent(id, caseId -> new CopyOnWriteArrayList<>());
        if (!"DECIDED".equals(OPENED.get(id).get("status"))
                || appeals.stream().anyMatch(lodged -> "PENDING".equals(lodged.get("status")))) {
            return rule(
                    "DIS-APPEAL-FLOW",
                    "Chỉ khiếu nại được quyết định đang có hiệu lực, chưa có khiếu nại chờ giải quyết.");
        }
        appeal.put("id", UUID.randomUUID().toString());
        appeal.put("caseId", id);
        appeal.put("status", "PENDING");
        appeal.put("bodyLevel", "BLOC");
        appeal.put("previousForm", OPENED.get(id).get("form"));
        appeal.put("version", 0);
        appeals.add(appeal);
        return Response.status(201).entity(JSON.writeValueAsString(appeal)).build();
    }

    /**
     * An appeal resolved as the API takes it: a change without the new form refused with the field named, else
     * resolved; a change puts the new form in force, an annulment annuls the case. Kept with its headers.
     */
    @POST
    @Path("/{kind: discipline-cases|organization-discipline-cases}/{id}/appeals/{appealId}/resolution")
    @Consumes("application/json")
    public Response resolve(
            @PathParam("id") String id,
            @PathParam("appealId") String appealId,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            String body)
            throws JsonProcessingException {
        Response reused = reusedKey(idempotencyKey, "resolve " + appealId + " " + body);
        if (reused != null) {
            return reused;
        }
        Map<String, Object> resolution = JSON.readValue(body, new TypeReference<Map<String, Object>>() {});
        CALLS.add("resolve appeal " + appealId + " of " + id + " " + resolution.get("outcome") + " to "
                + resolution.get("form") + " by " + resolution.get("decisionNumber") + " of "
                + resolution.get("resolvedOn") + " if " + ifMatch);
        Map<String, Object> appeal = APPEALS.getOrDefault(id, List.of()).stream()
                .filter(lodged -> appealId.equals(lodged.get("id")))
                .findFirst()
                .orElse(null);
        if (appeal == null) {
            return notFound(appealId);
        }
        if ("CHANGED".equals(resolution.get("outcome")) && resolution.get("form") == null) {
            return invalid("form", "bắt buộc khi thay đổi hình thức");
        }
        appeal.putAll(resolution);
        appeal.put("status", "RESOLVED");
        appeal.put("version", 1);
        if ("CHANGED".equals(resolution.get("outcome"))) {
            OPENED.get(id).put("form", resolution.get("form"));
        } else if ("ANNULLED".equals(resolution.get("outcome"))) {
            OPENED.get(id).put("status", "ANNULLED");
        }
        return Response.ok(JSON.writeValueAsString(appeal)).build();
    }

    /** The refusal a role that may not read cases gets. */
    private static Response forbidden() {
        return Response.status(403).type("application/problem+json").entity("""
                    {"type":"https://partybloc.vn/problems/forbidden","title":"Forbidden","status":403,
                     "detail":"Vai trò của bạn không được xem vụ việc kỷ luật"}""").build();
    }
}
