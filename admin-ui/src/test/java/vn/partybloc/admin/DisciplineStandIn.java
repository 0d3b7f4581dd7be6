package vn.partybloc.admin;

import static vn.partybloc.admin.GatewayStandIn.BLOC;
import static vn.partybloc.admin.GatewayStandIn.CALLS;
import static vn.partybloc.admin.GatewayStandIn.PLANNING_CELL;
import static vn.partybloc.admin.GatewayStandIn.invalid;
import static vn.partybloc.admin.GatewayStandIn.notFound;
import static vn.partybloc.admin.GatewayStandIn.reusedKey;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The gateway's answers about discipline cases against members: a committee's cases of the year, and the cases opened
 * and decided through the console, each as the API takes it.
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
            return Response.status(403)
                    .type("application/problem+json")
                    .entity("""
                        {"type":"https://partybloc.vn/problems/forbidden","title":"Forbidden","status":403,
                         "detail":"Vai trò của bạn không được xem vụ việc kỷ luật"}""")
                    .build();
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

    @GET
    @Path("/discipline-cases/{id}")
    public Response disciplineCase(@PathParam("id") String id) throws JsonProcessingException {
        return OPENED.containsKey(id)
                ? Response.ok(JSON.writeValueAsString(OPENED.get(id))).build()
                : notFound(id);
    }

    /** A case opened as the API takes it: a violation after 2030 refused with the field named, else opened. */
    @POST
    @Path("/discipline-cases")
    @Consumes("application/json")
    public Response open(@HeaderParam("Idempotency-Key") String idempotencyKey, String body)
            throws JsonProcessingException {
        Response reused = reusedKey(idempotencyKey, "open case " + body);
        if (reused != null) {
            return reused;
        }
        Map<String, Object> opened = JSON.readValue(body, new TypeReference<Map<String, Object>>() {});
        CALLS.add("open case against " + opened.get("memberId") + " " + opened.get("category") + " on "
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
    @Path("/discipline-cases/{id}/decisions")
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
}
