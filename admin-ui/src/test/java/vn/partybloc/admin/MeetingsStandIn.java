package vn.partybloc.admin;

import static vn.partybloc.admin.GatewayStandIn.CALLS;
import static vn.partybloc.admin.GatewayStandIn.OFFICE_CELL;
import static vn.partybloc.admin.MembersStandIn.memberId;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;

/**
 * The gateway's answers about one organization's meetings: the office cell met in January and March 2023 (a regular
 * meeting and a thematic one online) and not in February; any other organization has none.
 */
@Path("/api/v1")
@Produces("application/json")
public class MeetingsStandIn {

    @GET
    @Path("/organizations/{id}/meetings")
    public String meetings(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to) {
        CALLS.add("meetings of " + id + " " + from + " " + to);
        if (!OFFICE_CELL.equals(id)) {
            return "[]";
        }
        String an = memberId("Trần Văn An").toString();
        String binh = memberId("Lê Thị Bình").toString();
        String cuong = memberId("Phạm Văn Cường").toString();
        return """
                [{"id":"0b10c000-0000-4000-8000-0000000000d1","organizationId":"%s","heldOn":"2023-01-10",
                  "kind":"REGULAR","format":"IN_PERSON","topic":"Sinh hoạt thường kỳ tháng 1","quality":"GOOD",
                  "attendance":[{"memberId":"%s","status":"PRESENT"},{"memberId":"%s","status":"PRESENT"},
                    {"memberId":"%s","status":"ABSENT_WITH_LEAVE","reason":"Đi công tác"}]},
                 {"id":"0b10c000-0000-4000-8000-0000000000d2","organizationId":"%s","heldOn":"2023-03-15",
                  "kind":"THEMATIC","format":"ONLINE","topic":"Học tập và làm theo tư tưởng Hồ Chí Minh",
                  "quality":"FAIR",
                  "attendance":[{"memberId":"%s","status":"PRESENT"},{"memberId":"%s","status":"PRESENT"},
                    {"memberId":"%s","status":"ABSENT_WITHOUT_LEAVE"}]}]""".formatted(OFFICE_CELL, an, binh, cuong, OFFICE_CELL, binh, cuong, an);
    }
}
