package vn.partybloc.admin;

import static vn.partybloc.admin.GatewayStandIn.CALLS;
import static vn.partybloc.admin.GatewayStandIn.OFFICE_CELL;
import static vn.partybloc.admin.GatewayStandIn.changedSince;
import static vn.partybloc.admin.GatewayStandIn.invalid;
import static vn.partybloc.admin.MembersStandIn.memberId;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The gateway's answers about one organization's meetings: the office cell met in January and March 2023 (a regular
 * meeting with an agenda, a guest and a member of the superior committee, and a thematic one online) and not in
 * February; any other organization has none. Its January is recorded (version 3) and may be recorded again, as the API
 * takes a month: whole, for the version shown, with a meeting outside the month refused.
 */
@Path("/api/v1")
@Produces("application/json")
public class MeetingsStandIn {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final String JANUARY_MEETING = "0b10c000-0000-4000-8000-0000000000d1";

    /** The months recorded since the tests began, by organization and month: the answer to a read of one. */
    private static final Map<String, ObjectNode> RECORDED = new ConcurrentHashMap<>();

    @GET
    @Path("/organizations/{id}/meetings")
    public String meetings(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to) {
        CALLS.add("meetings of " + id + " " + from + " " + to);
        if (!OFFICE_CELL.equals(id)) {
            return "[]";
        }
        return "[" + january() + "," + march() + "]";
    }

    @GET
    @Path("/organizations/{id}/meetings/{month}")
    public Response month(@PathParam("id") String id, @PathParam("month") String month) {
        ObjectNode recorded = recorded(id, month);
        return recorded == null
                ? GatewayStandIn.notFound(id + " " + month)
                : Response.ok(recorded.toString()).build();
    }

    @PUT
    @Path("/organizations/{id}/meetings/{month}")
    @Consumes("application/json")
    public Response record(
            @PathParam("id") String id,
            @PathParam("month") String month,
            @HeaderParam("If-Match") String ifMatch,
            String body)
            throws JsonProcessingException {
        CALLS.add("record meetings " + id + " " + month + " If-Match " + ifMatch + " " + body);
        ObjectNode recorded = recorded(id, month);
        if (ifMatch != null && (recorded == null || !ifMatch.equals("\"" + recorded.get("version") + "\""))) {
            return changedSince("Tháng " + month + " đã được ghi lại từ khi trang hiện ra.");
        }
        ArrayNode meetings = (ArrayNode) JSON.readTree(body).get("meetings");
        for (int i = 0; i < meetings.size(); i++) {
            if (!meetings.get(i).path("heldOn").asText().startsWith(month)) {
                return invalid("meetings[" + i + "].heldOn", "Ngày sinh hoạt phải trong tháng " + month);
            }
            JsonNode agenda = meetings.get(i).path("agenda");
            for (int j = 0; j < agenda.size(); j++) {
                if (agenda.get(j).path("title").asText("").isBlank()) {
                    return invalid("meetings[" + i + "].agenda[" + j + "].title", "không được để trống");
                }
            }
        }
        ObjectNode answer = JSON.createObjectNode()
                .put("organizationId", id)
                .put("month", month)
                .put("version", recorded == null ? 0 : recorded.get("version").asLong() + 1);
        ArrayNode answered = answer.putArray("meetings");
        for (JsonNode meeting : meetings) {
            ObjectNode line = ((ObjectNode) meeting.deepCopy())
                    .put("id", UUID.randomUUID().toString())
                    .put("organizationId", id);
            ArrayNode superior = line.putArray("superiorAttendees");
            meeting.path("superiorAttendeeIds")
                    .forEach(member -> superior.addObject()
                            .put("memberId", member.asText())
                            .put("followsCell", true));
            line.remove("superiorAttendeeIds");
            answered.add(line);
        }
        RECORDED.put(id + " " + month, answer);
        return Response.status(recorded == null ? 201 : 200)
                .entity(answer.toString())
                .build();
    }

    private static ObjectNode recorded(String id, String month) {
        ObjectNode recorded = RECORDED.get(id + " " + month);
        if (recorded == null && OFFICE_CELL.equals(id) && "2023-01".equals(month)) {
            try {
                recorded = (ObjectNode) JSON.readTree("""
                        {"organizationId":"%s","month":"2023-01","version":3,"meetings":[%s]}""".formatted(OFFICE_CELL, january()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return recorded;
    }

    private static String january() {
        return """
                {"id":"%s","organizationId":"%s","heldOn":"2023-01-10",
                 "kind":"REGULAR","format":"IN_PERSON","topic":"Sinh hoạt thường kỳ tháng 1","quality":"GOOD",
                 "agenda":[{"category":"PARTY_BUILDING","title":"Thu đảng phí quý IV"}],
                 "chairMemberId":"%s","resolutions":["Hoàn thành kế hoạch năm"],
                 "guests":[{"name":"Nguyễn Văn Tư","role":"Chủ tịch Công đoàn"}],
                 "superiorAttendees":[{"memberId":"%s","followsCell":true}],
                 "attendance":[{"memberId":"%s","status":"PRESENT"},{"memberId":"%s","status":"PRESENT"},
                   {"memberId":"%s","status":"ABSENT_WITH_LEAVE","reason":"Đi công tác"}]}""".formatted(
                        JANUARY_MEETING,
                        OFFICE_CELL,
                        memberId("Trần Văn An"),
                        memberId("Bùi Thị Hoa 1"),
                        memberId("Trần Văn An"),
                        memberId("Lê Thị Bình"),
                        memberId("Phạm Văn Cường"));
    }

    private static String march() {
        return """
                {"id":"0b10c000-0000-4000-8000-0000000000d2","organizationId":"%s","heldOn":"2023-03-15",
                 "kind":"THEMATIC","format":"ONLINE","topic":"Học tập và làm theo tư tưởng Hồ Chí Minh",
                 "quality":"FAIR",
                 "attendance":[{"memberId":"%s","status":"PRESENT"},{"memberId":"%s","status":"PRESENT"},
                   {"memberId":"%s","status":"ABSENT_WITHOUT_LEAVE"}]}""".formatted(OFFICE_CELL, memberId("Lê Thị Bình"), memberId("Phạm Văn Cường"), memberId("Trần Văn An"));
    }
}
