package vn.partybloc.admin;

import static vn.partybloc.admin.GatewayStandIn.CALLS;
import static vn.partybloc.admin.GatewayStandIn.invalid;
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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The gateway's answers about inspection and supervision: one plan of 2025 in every subtree, by its inspection
 * committee, with a routine inspection of the planning cell done and a thematic one of a committee member planned; the
 * year's report; an item concluded as the API takes it.
 */
@Path("/api/v1/inspection-plans")
@Produces("application/json")
public class InspectionPlansStandIn {

    static final String PLAN = "0b10c000-0000-4000-8000-000000000010";
    static final String DONE_ITEM = "0b10c000-0000-4000-8000-000000000011";
    static final String PLANNED_ITEM = "0b10c000-0000-4000-8000-000000000012";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The planned item's conclusion once concluded through the console. */
    private static final Map<String, Map<String, String>> CONCLUDED = new ConcurrentHashMap<>();

    @GET
    public String plans(@QueryParam("organizationId") String organizationId, @QueryParam("year") Integer year) {
        return year != null && year == 2025
                ? "{\"items\":[" + plan(organizationId) + "],\"page\":0,\"size\":10,\"total\":1}"
                : "{\"items\":[],\"page\":0,\"size\":10,\"total\":0}";
    }

    @GET
    @Path("/report")
    public String report(@QueryParam("year") Integer year, @QueryParam("organizationId") String organizationId) {
        int thematicDone = CONCLUDED.isEmpty() ? 0 : 1;
        return """
                {"organizationId":"%s","year":%d,"screenings":{},"lines":[
                 {"activity":"INSPECTION","kind":"ROUTINE","planned":1,"done":1,"cancelled":0},
                 {"activity":"INSPECTION","kind":"THEMATIC","planned":1,"done":%d,"cancelled":0}]}""".formatted(organizationId, year, thematicDone);
    }

    @GET
    @Path("/{id}")
    public String planById(@PathParam("id") String id) {
        return plan(GatewayStandIn.COMMITTEE);
    }

    @GET
    @Path("/{id}/items/{itemId}")
    public String item(@PathParam("id") String id, @PathParam("itemId") String itemId) {
        return DONE_ITEM.equals(itemId) ? doneItem() : plannedItem();
    }

    /** A conclusion as the API takes it: one that is not plain text refused with the field named, else recorded. */
    @POST
    @Path("/{id}/items/{itemId}/conclusions")
    @Consumes("application/json")
    public Response conclude(
            @PathParam("id") String id,
            @PathParam("itemId") String itemId,
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            String body)
            throws JsonProcessingException {
        Response reused = reusedKey(idempotencyKey, "conclude " + itemId + " " + body);
        if (reused != null) {
            return reused;
        }
        Map<String, String> conclusion = JSON.readValue(body, new TypeReference<Map<String, String>>() {});
        CALLS.add("conclude " + id + " " + itemId + " " + conclusion.get("conclusion") + " on "
                + conclusion.get("concludedOn") + " key " + idempotencyKey);
        if (conclusion.get("conclusion").contains("<")) {
            return invalid("conclusion", "chỉ được là văn bản thuần");
        }
        CONCLUDED.put(itemId, conclusion);
        return Response.ok(plannedItem()).build();
    }

    private static String plan(String organizationId) {
        return """
                {"id":"%s","year":2025,"bodyOrganizationId":"%s","bodyKind":"INSPECTION_COMMITTEE",
                 "activity":"INSPECTION","title":"Kế hoạch kiểm tra năm 2025","items":[%s,%s],"version":1}""".formatted(PLAN, organizationId, doneItem(), plannedItem());
    }

    private static String doneItem() {
        return """
                {"id":"%s","kind":"ROUTINE","subjectKind":"ORGANIZATION","subjectId":"%s",
                 "content":"Việc chấp hành nghị quyết của Đảng ủy","plannedFrom":"2025-03-01","plannedTo":"2025-04-30",
                 "status":"DONE","findings":"Chi bộ sinh hoạt đều đặn","conclusion":"Chi bộ thực hiện tốt",
                 "concludedOn":"2025-05-10"}""".formatted(DONE_ITEM, GatewayStandIn.PLANNING_CELL);
    }

    private static String plannedItem() {
        Map<String, String> concluded = CONCLUDED.get(PLANNED_ITEM);
        String outcome = concluded == null
                ? "\"status\":\"PLANNED\""
                : "\"status\":\"DONE\",\"findings\":%s,\"conclusion\":%s,\"concludedOn\":\"%s\""
                        .formatted(
                                quoted(concluded.get("findings")),
                                quoted(concluded.get("conclusion")),
                                concluded.get("concludedOn"));
        return """
                {"id":"%s","kind":"THEMATIC","subjectKind":"COMMITTEE_MEMBER","subjectId":"%s",
                 "content":"Việc kê khai tài sản, thu nhập","plannedFrom":"2025-09-01","plannedTo":"2025-10-31",%s}""".formatted(PLANNED_ITEM, memberId("Bùi Thị Hoa 5"), outcome);
    }

    private static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
