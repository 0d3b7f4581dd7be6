package vn.partybloc.admin;

import static vn.partybloc.admin.GatewayStandIn.CALLS;
import static vn.partybloc.admin.GatewayStandIn.COMMITTEE;
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
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The gateway's answers about complaints and denunciations: the committee's, a complaint about Trần Văn An received in
 * March 2024 and those received through the console; each received, taken up and resolved as the API takes it.
 */
@Path("/api/v1/complaints")
@Produces("application/json")
public class ComplaintsStandIn {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String ABOUT_AN = "0b10c000-0000-4000-8000-0000000000f1";

    /** The complaints by id, as the API shows them. */
    private static final Map<String, Map<String, Object>> RECEIVED = new ConcurrentHashMap<>(Map.of(
            ABOUT_AN,
            new HashMap<>(Map.of(
                    "id",
                    ABOUT_AN,
                    "kind",
                    "COMPLAINT",
                    "receivedOn",
                    "2024-03-01",
                    "channel",
                    "IN_PERSON",
                    "subjectMemberId",
                    memberId("Trần Văn An").toString(),
                    "organizationId",
                    COMMITTEE,
                    "assignedOrganizationId",
                    COMMITTEE,
                    "status",
                    "RECEIVED",
                    "version",
                    0))));

    @GET
    public Response complaints(
            @QueryParam("organizationId") String id, @QueryParam("page") int page, @QueryParam("size") int size)
            throws JsonProcessingException {
        CALLS.add("complaints of " + id + " page " + page);
        List<Map<String, Object>> about = RECEIVED.values().stream()
                .filter(complaint -> id.equals(complaint.get("organizationId")))
                .sorted((a, b) -> String.valueOf(a.get("receivedOn")).compareTo(String.valueOf(b.get("receivedOn"))))
                .toList();
        return Response.ok(JSON.writeValueAsString(
                        Map.of("items", about, "page", page, "size", size, "total", about.size())))
                .build();
    }

    @GET
    @Path("/{id}")
    public Response complaint(@PathParam("id") String id) throws JsonProcessingException {
        return RECEIVED.containsKey(id)
                ? Response.ok(JSON.writeValueAsString(RECEIVED.get(id))).build()
                : notFound(id);
    }

    /** A complaint received as the API takes it: received after 2030 refused with the field named, else received. */
    @POST
    @Consumes("application/json")
    public Response receive(@HeaderParam("Idempotency-Key") String idempotencyKey, String body)
            throws JsonProcessingException {
        Response reused = reusedKey(idempotencyKey, "receive complaint " + body);
        if (reused != null) {
            return reused;
        }
        Map<String, Object> complaint = JSON.readValue(body, new TypeReference<Map<String, Object>>() {});
        CALLS.add("receive complaint " + complaint.get("kind") + " on " + complaint.get("receivedOn") + " by "
                + complaint.get("channel") + " about member " + complaint.get("subjectMemberId") + " organization "
                + complaint.get("subjectOrganizationId") + " to " + complaint.get("assignedOrganizationId")
                + " from " + complaint.get("complainantName") + ": " + complaint.get("content"));
        if (String.valueOf(complaint.get("receivedOn")).compareTo("2030") > 0) {
            return invalid("receivedOn", "không được sau ngày hôm nay");
        }
        String id = UUID.randomUUID().toString();
        LocalDate received = LocalDate.parse(String.valueOf(complaint.get("receivedOn")));
        complaint.put("id", id);
        complaint.put("organizationId", COMMITTEE);
        complaint.put("status", "RECEIVED");
        complaint.put("acknowledgeBy", received.plusDays(10).toString());
        complaint.put("resolveBy", received.plusDays(90).toString());
        complaint.put("version", 0);
        RECEIVED.put(id, complaint);
        return Response.status(201).entity(JSON.writeValueAsString(complaint)).build();
    }

    @POST
    @Path("/{id}/acknowledgement")
    @Consumes("application/json")
    public Response acknowledge(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            String body)
            throws JsonProcessingException {
        Response reused = reusedKey(idempotencyKey, "acknowledge " + id + " " + body);
        if (reused != null) {
            return reused;
        }
        Map<String, Object> step = JSON.readValue(body, new TypeReference<Map<String, Object>>() {});
        CALLS.add("acknowledge complaint " + id + " on " + step.get("acknowledgedOn") + " if " + ifMatch);
        return applied(id, ifMatch, step, "ACKNOWLEDGED");
    }

    /** A resolution as the API takes it: of a complaint only received, anything but NOT_ACCEPTED refused by the rule. */
    @POST
    @Path("/{id}/resolution")
    @Consumes("application/json")
    public Response resolve(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            String body)
            throws JsonProcessingException {
        Response reused = reusedKey(idempotencyKey, "resolve " + id + " " + body);
        if (reused != null) {
            return reused;
        }
        Map<String, Object> step = JSON.readValue(body, new TypeReference<Map<String, Object>>() {});
        CALLS.add("resolve complaint " + id + " " + step.get("outcome") + " by " + step.get("decisionNumber") + " on "
                + step.get("resolvedOn") + " if " + ifMatch + ": " + step.get("conclusion"));
        Map<String, Object> found = RECEIVED.get(id);
        if (found != null && "RECEIVED".equals(found.get("status")) && !"NOT_ACCEPTED".equals(step.get("outcome"))) {
            return rule("CMP-FLOW", "Đơn thư chưa được thụ lý chỉ có thể kết thúc là không thụ lý.");
        }
        return applied(id, ifMatch, step, "RESOLVED");
    }

    private static Response applied(String id, String ifMatch, Map<String, Object> step, String status)
            throws JsonProcessingException {
        Map<String, Object> found = RECEIVED.get(id);
        if (found == null) {
            return notFound(id);
        }
        if (ifMatch != null && !ifMatch.equals("\"" + found.get("version") + "\"")) {
            return changedSince("Đơn thư đã thay đổi từ khi trang hiện ra.");
        }
        found.putAll(step);
        found.put("status", status);
        found.put("version", ((Number) found.get("version")).intValue() + 1);
        return Response.ok(JSON.writeValueAsString(found)).build();
    }
}
