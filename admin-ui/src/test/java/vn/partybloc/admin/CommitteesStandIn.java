package vn.partybloc.admin;

import static vn.partybloc.admin.GatewayStandIn.CALLS;
import static vn.partybloc.admin.GatewayStandIn.COMMITTEE;
import static vn.partybloc.admin.GatewayStandIn.DEPUTY;
import static vn.partybloc.admin.GatewayStandIn.EXECUTIVE_COMMITTEE;
import static vn.partybloc.admin.GatewayStandIn.PLANNING_CELL;
import static vn.partybloc.admin.GatewayStandIn.PLANNING_COMMITTEE;
import static vn.partybloc.admin.GatewayStandIn.RESIGNED;
import static vn.partybloc.admin.GatewayStandIn.SECRETARY;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The gateway's answers about committees: the committee's executive committee and its positions, a secretary in office
 * and a member who resigned; committees formed, appointments and terminations, each as the API takes it.
 */
@Path("/api/v1")
@Produces("application/json")
public class CommitteesStandIn {

    /** Committees formed through the console, by id. */
    private static final Map<String, Map<String, Object>> FORMED = new ConcurrentHashMap<>();

    @GET
    @Path("/committees")
    public String committees(@QueryParam("organizationId") String organizationId) throws JsonProcessingException {
        List<String> formed = new ArrayList<>();
        for (Map<String, Object> committee : FORMED.values()) {
            if (committee.get("organizationId").equals(organizationId)) {
                formed.add(new ObjectMapper().writeValueAsString(committee));
            }
        }
        String first = PLANNING_CELL.equals(organizationId)
                ? """
                        {"id":"%s","organizationId":"%s","kind":"CELL_COMMITTEE","termStartYear":2020,"termEndYear":2025,
                         "version":0}""".formatted(PLANNING_COMMITTEE, organizationId)
                : """
                        {"id":"%s","organizationId":"%s","kind":"EXECUTIVE_COMMITTEE","termStartYear":2020,
                         "termEndYear":2025,"version":0}""".formatted(EXECUTIVE_COMMITTEE, organizationId);
        return Stream.concat(Stream.of(first), formed.stream()).collect(Collectors.joining(",", "[", "]"));
    }

    @GET
    @Path("/committees/{id}")
    public String committee(@PathParam("id") String id) throws JsonProcessingException {
        return FORMED.containsKey(id)
                ? new ObjectMapper().writeValueAsString(FORMED.get(id))
                : """
                {"id":"%s","organizationId":"%s","kind":"EXECUTIVE_COMMITTEE","termStartYear":2020,"termEndYear":2025,
                 "version":0}""".formatted(id, COMMITTEE);
    }

    /** A committee as the API takes it: a kind but a cell committee refused for a cell by the rule, else formed. */
    @POST
    @Path("/committees")
    @Consumes("application/json")
    public Response formCommittee(@HeaderParam("Idempotency-Key") String idempotencyKey, String body)
            throws JsonProcessingException {
        Response reused = reusedKey(idempotencyKey, "form " + body);
        if (reused != null) {
            return reused;
        }
        Map<String, Object> committee = new ObjectMapper().readValue(body, new TypeReference<Map<String, Object>>() {});
        CALLS.add("form " + committee.get("kind") + " of " + committee.get("organizationId") + " "
                + committee.get("termStartYear") + "–" + committee.get("termEndYear") + " key " + idempotencyKey);
        if (!"CELL_COMMITTEE".equals(committee.get("kind"))) {
            return rule(
                    "COM-KIND",
                    "Chi bộ trực thuộc không có %s (được phép: [CELL_COMMITTEE])".formatted(committee.get("kind")));
        }
        committee.put("id", UUID.randomUUID().toString());
        committee.put("version", 0);
        FORMED.put((String) committee.get("id"), committee);
        return Response.status(201)
                .entity(new ObjectMapper().writeValueAsString(committee))
                .build();
    }

    /**
     * The committee's secretary, in office until a test ends the position, and a member who resigned in 2023; none in
     * a committee just formed.
     */
    @GET
    @Path("/committees/{id}/positions")
    public String positions(@PathParam("id") String id) {
        if (FORMED.containsKey(id)) {
            return "[]";
        }
        if (PLANNING_COMMITTEE.equals(id)) {
            return """
                    [{"id":"%s","committeeId":"%s","memberId":"%s","position":"MEMBER","appointment":"ELECTED",
                      "startsOn":"2020-05-10","version":0},
                     {"id":"%s","committeeId":"%s","memberId":"%s","position":"SECRETARY","appointment":"ELECTED",
                      "startsOn":"2020-05-10","version":0},
                     {"id":"%s","committeeId":"%s","memberId":"%s","position":"MEMBER","appointment":"ELECTED",
                      "startsOn":"2020-05-10","endsOn":"2022-01-01","endReason":"RESIGNATION","version":1}]""".formatted(
                            UUID.randomUUID(),
                            id,
                            memberId("Bùi Thị Hoa 3"),
                            UUID.randomUUID(),
                            id,
                            memberId("Bùi Thị Hoa 2"),
                            UUID.randomUUID(),
                            id,
                            memberId("Trần Văn An"));
        }
        return "[" + secretary() + "," + """
                {"id":"%s","committeeId":"%s","memberId":"%s","position":"MEMBER","appointment":"APPOINTED",
                 "startsOn":"2021-03-01","endsOn":"2023-01-01","endReason":"RESIGNATION","version":1}""".formatted(RESIGNED, EXECUTIVE_COMMITTEE, memberId("Trần Văn An")) + "]";
    }

    @GET
    @Path("/positions/{id}")
    public String position(@PathParam("id") String id) {
        return DEPUTY.equals(id) ? """
                {"id":"%s","committeeId":"%s","memberId":"%s","position":"DEPUTY_SECRETARY","appointment":"ELECTED",
                 "startsOn":"2020-06-15","version":1}""".formatted(DEPUTY, EXECUTIVE_COMMITTEE, memberId("Trần Văn An")) : secretary();
    }

    /** The deputy's responsibilities, in the order assigned: propaganda work to begin with. */
    private static final List<Map<String, Object>> RESPONSIBILITIES =
            new CopyOnWriteArrayList<>(List.of(Map.<String, Object>of(
                    "id", UUID.randomUUID().toString(), "positionId", DEPUTY, "field", "Công tác tuyên giáo")));

    @GET
    @Path("/positions/{id}/responsibilities")
    public String responsibilities(@PathParam("id") String id) throws JsonProcessingException {
        return new ObjectMapper().writeValueAsString(DEPUTY.equals(id) ? RESPONSIBILITIES : List.of());
    }

    /** A responsibility as the API takes it: a field that is not plain text refused with the field named, else assigned. */
    @POST
    @Path("/positions/{id}/responsibilities")
    @Consumes("application/json")
    public Response assign(
            @PathParam("id") String id, @HeaderParam("Idempotency-Key") String idempotencyKey, String body)
            throws JsonProcessingException {
        Response reused = reusedKey(idempotencyKey, "assign " + id + " " + body);
        if (reused != null) {
            return reused;
        }
        Map<String, Object> responsibility =
                new ObjectMapper().readValue(body, new TypeReference<Map<String, Object>>() {});
        CALLS.add("assign " + id + " " + responsibility.get("field") + " following "
                + responsibility.get("followedOrganizationId") + " attending " + responsibility.get("attendsMeetings"));
        if (String.valueOf(responsibility.get("field")).contains("<")) {
            return invalid("field", "chỉ được là văn bản thuần");
        }
        responsibility.put("id", UUID.randomUUID().toString());
        responsibility.put("positionId", id);
        RESPONSIBILITIES.add(responsibility);
        return Response.status(201)
                .entity(new ObjectMapper().writeValueAsString(responsibility))
                .build();
    }

    /** An end as the API takes it: refused with the field named before the position's start, else recorded. */
    @POST
    @Path("/positions/{id}/terminations")
    @Consumes("application/json")
    public Response endPosition(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            String body)
            throws JsonProcessingException {
        Response reused = reusedKey(idempotencyKey, "endPosition " + id + " " + body);
        if (reused != null) {
            return reused;
        }
        Map<String, String> end = new ObjectMapper().readValue(body, new TypeReference<Map<String, String>>() {});
        CALLS.add("end " + id + " on " + end.get("endsOn") + " for " + end.get("reason") + " if " + ifMatch + " key "
                + idempotencyKey);
        if (end.get("endsOn").compareTo("2020-06-15") < 0) {
            return invalid("endsOn", "không được trước ngày bắt đầu");
        }
        SECRETARY_END.add(end.get("endsOn") + "/" + end.get("reason"));
        return Response.ok(secretary()).build();
    }

    /** An appointment as the API takes it: refused with the field named before the term's congress, else made. */
    @POST
    @Path("/positions")
    @Consumes("application/json")
    public Response startPosition(@HeaderParam("Idempotency-Key") String idempotencyKey, String body)
            throws JsonProcessingException {
        Response reused = reusedKey(idempotencyKey, "appoint " + body);
        if (reused != null) {
            return reused;
        }
        Map<String, String> start = new ObjectMapper().readValue(body, new TypeReference<Map<String, String>>() {});
        CALLS.add("appoint " + start.get("memberId") + " as " + start.get("position") + " " + start.get("appointment")
                + " to " + start.get("committeeId") + " from " + start.get("startsOn") + " key " + idempotencyKey);
        if (start.get("startsOn").compareTo("2020-06-15") < 0) {
            return invalid("startsOn", "không được trước ngày đại hội");
        }
        return Response.status(201).entity(secretary()).build();
    }

    private static final List<String> SECRETARY_END = new CopyOnWriteArrayList<>();

    private static String secretary() {
        String end = SECRETARY_END.isEmpty()
                ? ""
                : ",\"endsOn\":\"%s\",\"endReason\":\"%s\""
                        .formatted(
                                SECRETARY_END.get(0).split("/")[0],
                                SECRETARY_END.get(0).split("/")[1]);
        return """
                {"id":"%s","committeeId":"%s","memberId":"%s","position":"SECRETARY","appointment":"ELECTED",
                 "startsOn":"2020-06-15"%s,"version":3}""".formatted(SECRETARY, EXECUTIVE_COMMITTEE, memberId("Bùi Thị Hoa 1"), end);
    }
}
