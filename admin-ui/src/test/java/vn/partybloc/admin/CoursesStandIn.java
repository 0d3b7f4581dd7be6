package vn.partybloc.admin;

import static vn.partybloc.admin.GatewayStandIn.CALLS;
import static vn.partybloc.admin.GatewayStandIn.COMMITTEE;
import static vn.partybloc.admin.GatewayStandIn.changedSince;
import static vn.partybloc.admin.GatewayStandIn.invalid;
import static vn.partybloc.admin.GatewayStandIn.notFound;
import static vn.partybloc.admin.GatewayStandIn.reusedKey;
import static vn.partybloc.admin.GatewayStandIn.rule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The gateway's answers about courses: the committee's running course and a planned one, the running one's
 * enrolments, and courses scheduled and moved on, enrolments and results recorded through the console, each as the API
 * takes them.
 */
@Path("/api/v1")
@Produces("application/json")
public class CoursesStandIn {

    /** The committee's course that runs: members are enrolled in it and their results recorded. */
    static final String RUNNING = "0b10c000-0000-4000-8000-0000000000c1";

    private static final String PLANNED = "0b10c000-0000-4000-8000-0000000000c2";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The running course's enrolments, in the order made. */
    private static final List<Map<String, Object>> ENROLMENTS = new CopyOnWriteArrayList<>();

    @GET
    @Path("/courses")
    public String courses(
            @QueryParam("organizationId") String organizationId,
            @QueryParam("from") String from,
            @QueryParam("sort") String sort,
            @QueryParam("size") int size) {
        CALLS.add("courses of " + organizationId + " from " + from + " by " + sort + " " + size);
        String items = COMMITTEE.equals(organizationId) ? courseJson(PLANNED) + "," + courseJson(RUNNING) : "";
        return """
                {"items":[%s],"page":0,"size":%d,"total":%d}""".formatted(items, size, items.isEmpty() ? 0 : 2);
    }

    /** The courses scheduled through the console, by id. */
    private static final Map<String, Map<String, Object>> SCHEDULED = new ConcurrentHashMap<>();

    @GET
    @Path("/courses/{id}")
    public Response course(@PathParam("id") String id) throws JsonProcessingException {
        if (SCHEDULED.containsKey(id)) {
            return Response.ok(JSON.writeValueAsString(SCHEDULED.get(id))).build();
        }
        return RUNNING.equals(id) || PLANNED.equals(id)
                ? Response.ok(courseJson(id)).build()
                : notFound(id);
    }

    /** A course scheduled as the API takes it: a capacity below one refused with the field named, else planned. */
    @POST
    @Path("/courses")
    @Consumes("application/json")
    public Response schedule(@HeaderParam("Idempotency-Key") String idempotencyKey, String body)
            throws JsonProcessingException {
        Response reused = reusedKey(idempotencyKey, "schedule " + body);
        if (reused != null) {
            return reused;
        }
        Map<String, Object> course = JSON.readValue(body, new TypeReference<Map<String, Object>>() {});
        CALLS.add("schedule " + course.get("title") + " of " + course.get("organizationId") + " " + course.get("topic")
                + " " + course.get("format") + " " + course.get("startsOn") + ".." + course.get("endsOn") + " at "
                + course.get("place") + " for " + course.get("capacity"));
        if (!(course.get("capacity") instanceof Integer capacity) || capacity < 1) {
            return invalid("capacity", "phải lớn hơn hoặc bằng 1");
        }
        String id = UUID.randomUUID().toString();
        course.put("id", id);
        course.put("status", "PLANNED");
        course.put("version", 0);
        SCHEDULED.put(id, course);
        return Response.status(201).entity(JSON.writeValueAsString(course)).build();
    }

    /**
     * A scheduled course's details replaced as the API takes them: for another version than the course's refused (412),
     * a capacity below one refused with the field named, else replaced.
     */
    @PUT
    @Path("/courses/{id}")
    @Consumes("application/json")
    public Response replace(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, String body)
            throws JsonProcessingException {
        Map<String, Object> course = SCHEDULED.get(id);
        if (course == null) {
            return notFound(id);
        }
        Map<String, Object> details = JSON.readValue(body, new TypeReference<Map<String, Object>>() {});
        CALLS.add("replace course " + id + " " + details.get("title") + " at " + details.get("place") + " for "
                + details.get("capacity") + " held by " + details.get("organizationId") + " if " + ifMatch);
        if (!("\"" + course.get("version") + "\"").equals(ifMatch)) {
            return changedSince("Khóa học đã thay đổi từ khi mở.");
        }
        if (!(details.get("capacity") instanceof Integer capacity) || capacity < 1) {
            return invalid("capacity", "phải lớn hơn hoặc bằng 1");
        }
        course.putAll(details);
        course.put("version", (Integer) course.get("version") + 1);
        return Response.ok(JSON.writeValueAsString(course)).build();
    }

    /**
     * A scheduled course moved on as the API takes it: for another version than the course's refused (412), to a
     * status it may not go to from its own refused by the rule, else moved.
     */
    @POST
    @Path("/courses/{id}/status-changes")
    @Consumes("application/json")
    public Response changeStatus(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            String body)
            throws JsonProcessingException {
        Response reused = reusedKey(idempotencyKey, "status " + id + " " + body);
        if (reused != null) {
            return reused;
        }
        Map<String, Object> course = SCHEDULED.get(id);
        if (course == null) {
            return notFound(id);
        }
        String status = JSON.readValue(body, new TypeReference<Map<String, String>>() {})
                .get("status");
        CALLS.add("course " + id + " from " + course.get("status") + " to " + status + " at " + ifMatch);
        if (!("\"" + course.get("version") + "\"").equals(ifMatch)) {
            return changedSince("Khóa học đã thay đổi từ khi mở.");
        }
        if ("RUNNING".equals(course.get("status")) && "OPEN".equals(status)) {
            return rule("TRN-COURSE-STATUS", "Không thể chuyển khóa học từ RUNNING sang OPEN.");
        }
        course.put("status", status);
        course.put("version", (Integer) course.get("version") + 1);
        return Response.ok(JSON.writeValueAsString(course)).build();
    }

    private static String courseJson(String id) {
        boolean running = RUNNING.equals(id);
        return """
                {"id":"%s","title":"%s","topic":"PARTY_WORK","organizationId":"%s","format":"IN_PERSON",
                 "startsOn":"%s","endsOn":"%s","place":"Hội trường Đảng ủy Khối","capacity":60,"status":"%s",
                 "version":2}""".formatted(
                        id,
                        running ? "Bồi dưỡng nghiệp vụ công tác đảng" : "Bồi dưỡng lý luận chính trị",
                        COMMITTEE,
                        running ? "2024-05-06" : "2025-03-03",
                        running ? "2024-05-10" : "2025-03-07",
                        running ? "RUNNING" : "PLANNED");
    }

    @GET
    @Path("/courses/{id}/enrollments")
    public String enrolments(@PathParam("id") String id, @QueryParam("size") int size) throws JsonProcessingException {
        List<Map<String, Object>> enrolled = RUNNING.equals(id) ? ENROLMENTS : List.of();
        return """
                {"items":%s,"page":0,"size":%d,"total":%d}""".formatted(JSON.writeValueAsString(enrolled), size, enrolled.size());
    }

    /** An enrolment as the API takes it: a member enrolled already refused by the rule, else enrolled. */
    @POST
    @Path("/courses/{id}/enrollments")
    @Consumes("application/json")
    public Response enrol(
            @PathParam("id") String id, @HeaderParam("Idempotency-Key") String idempotencyKey, String body)
            throws JsonProcessingException {
        Response reused = reusedKey(idempotencyKey, "enrol " + id + " " + body);
        if (reused != null) {
            return reused;
        }
        String member = JSON.readValue(body, new TypeReference<Map<String, String>>() {})
                .get("memberId");
        CALLS.add("enrol " + member + " in " + id);
        if (ENROLMENTS.stream().anyMatch(enrolment -> member.equals(enrolment.get("memberId")))) {
            return rule("TRN-ALREADY-ENROLLED", "Đảng viên đã được ghi danh vào lớp này.");
        }
        Map<String, Object> enrolment = new LinkedHashMap<>();
        enrolment.put("id", UUID.randomUUID().toString());
        enrolment.put("courseId", id);
        enrolment.put("memberId", member);
        enrolment.put("memberName", MembersStandIn.nameOf(member));
        enrolment.put("status", "ENROLLED");
        enrolment.put("version", 0);
        ENROLMENTS.add(enrolment);
        return Response.status(201).entity(JSON.writeValueAsString(enrolment)).build();
    }

    /** Results as the API takes them: a day after 2030 refused with the item's field named, else recorded. */
    @POST
    @Path("/courses/{id}/completions")
    @Consumes("application/json")
    public Response complete(
            @PathParam("id") String id, @HeaderParam("Idempotency-Key") String idempotencyKey, String body)
            throws JsonProcessingException {
        Response reused = reusedKey(idempotencyKey, "complete " + id + " " + body);
        if (reused != null) {
            return reused;
        }
        Map<String, List<Map<String, Object>>> request =
                JSON.readValue(body, new TypeReference<Map<String, List<Map<String, Object>>>>() {});
        Map<String, Object> item = request.get("completions").get(0);
        CALLS.add("complete " + item.get("memberId") + " in " + id + " " + item.get("result") + " on "
                + item.get("completedOn") + " certificate " + item.get("certificateNumber"));
        if (String.valueOf(item.get("completedOn")).compareTo("2030") > 0) {
            return invalid("completions[0].completedOn", "không được sau ngày hôm nay");
        }
        for (Map<String, Object> enrolment : ENROLMENTS) {
            if (enrolment.get("memberId").equals(item.get("memberId"))) {
                enrolment.put("status", "FAILED".equals(item.get("result")) ? "NOT_COMPLETED" : "COMPLETED");
                enrolment.put("result", item.get("result"));
                enrolment.put("completedOn", item.get("completedOn"));
                enrolment.put("certificateNumber", item.get("certificateNumber"));
            }
        }
        return Response.ok("""
                {"completed":%d,"notCompleted":%d,"obligationsFulfilled":0}""".formatted(
                        "FAILED".equals(item.get("result")) ? 0 : 1, "FAILED".equals(item.get("result")) ? 1 : 0))
                .build();
    }
}
