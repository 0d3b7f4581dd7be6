package vn.partybloc.admin;

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
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The gateway's answers, as the merged document describes them, served by the test app itself: a Bloc with one
 * grassroots committee and one that has left it, and an organization the gateway does not know. It keeps each call's
 * {@code Authorization} and {@code asOf}, so a test sees what the console sent.
 */
@Path("/api/v1")
@Produces("application/json")
public class GatewayStandIn {

    static final String BLOC = "0b10c000-0000-4000-8000-000000000001";
    static final String COMMITTEE = "0b10c000-0000-4000-8000-000000000002";
    static final String LEFT = "0b10c000-0000-4000-8000-000000000003";
    static final String UNKNOWN = "0b10c000-0000-4000-8000-00000000dead";
    /** An organization whose children the gateway cannot fetch: organization-service is down. */
    static final String UNREACHABLE = "0b10c000-0000-4000-8000-000000000004";

    static final String EXECUTIVE_COMMITTEE = "0b10c000-0000-4000-8000-000000000007";
    static final String SECRETARY = "0b10c000-0000-4000-8000-000000000008";
    static final String RESIGNED = "0b10c000-0000-4000-8000-000000000009";

    static final String PLANNING_CELL = "0b10c000-0000-4000-8000-000000000005";
    static final String OFFICE_CELL = "0b10c000-0000-4000-8000-000000000006";
    /** A cell to be handed over out of the Bloc, and nothing else. */
    static final String LEAVING_CELL = "0b10c000-0000-4000-8000-00000000000b";

    static final List<String> CALLS = new CopyOnWriteArrayList<>();

    @GET
    @Path("/reports/overview")
    public String overview(
            @HeaderParam("Authorization") String authorization,
            @HeaderParam("Accept-Language") String language,
            @QueryParam("asOf") String asOf) {
        CALLS.add("overview " + asOf + " " + authorization);
        CALLS.add("overview in " + language);
        return """
                {"organizationId":"%s","asOf":"%s","sections":{
                  "organizations":{"status":"OK","httpStatus":200,"data":{"organizationId":"%s","asOf":"%s",
                    "grassroots":122,"total":1251,"byType":{"BLOC_COMMITTEE":1,"GRASSROOTS_COMMITTEE":93,
                    "GRASSROOTS_CELL":29,"SUB_COMMITTEE":12,"SUBORDINATE_CELL":1117}}},
                  "members":{"status":"OK","httpStatus":200,"data":{"organizationId":"%s","asOf":"%s",
                    "members":{"total":14357},
                    "grassrootsCommitteeMembers":{"total":1017,"doctorShare":4.42,"masterShare":42.67,"womenShare":21.3}}},
                  "training":{"status":"OK","httpStatus":200,"data":{"organizationId":"%s","topics":[
                    {"topic":"PARTY_WORK","courses":12,"attendees":640,"completions":650},
                    {"topic":"POLITICAL_THEORY","courses":4,"attendees":320,"completions":320}],
                    "totals":{"courses":16,"attendees":900,"completions":970}}},
                  "evaluation":{"status":"OK","httpStatus":200,"data":{"organizationId":"%s","year":2022,"targets":[
                    {"subjectKind":"MEMBER","metric":"AT_LEAST_GOOD","comparison":"AT_LEAST","percent":80,
                     "actualPercent":86.5,"met":true,"gap":6.5},
                    {"subjectKind":"GRASSROOTS_ORGANIZATION","metric":"EXCELLENT","comparison":"AT_MOST","percent":20,
                     "actualPercent":24.1,"met":false,"gap":-4.1}]}},
                  "meetings":{"status":"UNAVAILABLE","httpStatus":503,"detail":"organization-service did not answer"}}}""".formatted(BLOC, asOf, BLOC, asOf, BLOC, asOf, BLOC, BLOC);
    }

    @GET
    @Path("/organizations/{id}")
    public Response organization(@PathParam("id") String id, @QueryParam("asOf") String asOf) {
        CALLS.add("organization " + id + " " + asOf);
        return switch (id) {
            case BLOC -> Response.ok(bloc()).build();
            case COMMITTEE -> Response.ok(committee()).build();
            case PLANNING_CELL -> Response.ok(planningCell()).build();
            case OFFICE_CELL -> Response.ok(officeCell()).build();
            case LEAVING_CELL -> Response.ok(leavingCell()).build();
            default -> FOUNDED.containsKey(id) ? Response.ok(FOUNDED.get(id)).build() : notFound(id);
        };
    }

    /** The organizations founded through the console, by id. */
    private static final Map<String, String> FOUNDED = new ConcurrentHashMap<>();

    /**
     * A founding as the API takes it: a code in use refused (409), a type the parent may not hold refused by domain
     * rule 3 (a committee under a committee), a founding date after 2030 refused with the field named, else founded.
     */
    @POST
    @Path("/organizations")
    @Consumes("application/json")
    public Response found(@HeaderParam("Idempotency-Key") String idempotencyKey, String body)
            throws JsonProcessingException {
        Response reused = reusedKey(idempotencyKey, "found " + body);
        if (reused != null) {
            return reused;
        }
        Map<String, Map<String, Object>> request =
                new ObjectMapper().readValue(body, new TypeReference<Map<String, Map<String, Object>>>() {});
        Map<String, Object> organization = request.get("organization");
        Map<String, Object> decision = request.get("decision");
        CALLS.add("found " + organization.get("code") + " " + organization.get("name") + " " + organization.get("type")
                + " under " + organization.get("parentId") + " host " + organization.get("hostUnit") + " online "
                + organization.get("meetsOnline") + " by " + decision.get("number") + " of " + decision.get("date")
                + " key " + idempotencyKey);
        if ("SXD".equals(organization.get("code"))) {
            return Response.status(409)
                    .type("application/problem+json")
                    .entity("""
                        {"type":"https://partybloc.vn/problems/conflict","title":"Xung đột","status":409,
                         "detail":"Mã SXD đã được dùng cho một tổ chức khác."}""")
                    .build();
        }
        if ("GRASSROOTS_COMMITTEE".equals(organization.get("type"))) {
            return Response.status(422)
                    .type("application/problem+json")
                    .entity("""
                        {"type":"https://partybloc.vn/problems/domain-rule","title":"Vi phạm quy tắc","status":422,
                         "rule":"ORG-ALLOWED-PARENT",
                         "detail":"Đảng bộ cơ sở không thể trực thuộc Đảng bộ cơ sở."}""")
                    .build();
        }
        if (organization.get("foundedOn") instanceof String day && day.compareTo("2030") > 0) {
            return invalid("organization.foundedOn", "không được sau ngày hôm nay");
        }
        String id = UUID.nameUUIDFromBytes(
                        String.valueOf(organization.get("code")).getBytes(StandardCharsets.UTF_8))
                .toString();
        FOUNDED.put(
                id,
                organization(
                        id,
                        (String) organization.get("code"),
                        (String) organization.get("name"),
                        (String) organization.get("type"),
                        (String) organization.get("parentId"),
                        "ACTIVE"));
        return Response.status(201).entity(FOUNDED.get(id)).build();
    }

    /**
     * A transfer within the Bloc as the API takes it: a cell under the Bloc refused by domain rule 3, else moved.
     */
    @POST
    @Path("/organizations/{id}/transfers")
    @Consumes("application/json")
    public Response transfer(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            String body)
            throws JsonProcessingException {
        Response reused = reusedKey(idempotencyKey, "transfer " + id + " " + body);
        if (reused != null) {
            return reused;
        }
        Map<String, Object> transfer = new ObjectMapper().readValue(body, new TypeReference<Map<String, Object>>() {});
        @SuppressWarnings("unchecked")
        Map<String, String> decision = (Map<String, String>) transfer.get("decision");
        CALLS.add("transfer " + id + " to " + transfer.get("newParentId") + " by " + decision.get("number") + " of "
                + decision.get("date") + " if " + ifMatch + " key " + idempotencyKey);
        if (BLOC.equals(transfer.get("newParentId"))) {
            return Response.status(422)
                    .type("application/problem+json")
                    .entity("""
                        {"type":"https://partybloc.vn/problems/domain-rule","title":"Vi phạm quy tắc","status":422,
                         "rule":"ORG-ALLOWED-PARENT",
                         "detail":"Chi bộ trực thuộc không thể trực thuộc Đảng ủy Khối."}""")
                    .build();
        }
        return organization(id, null);
    }

    @GET
    @Path("/organizations/{id}/ancestors")
    public String ancestors(@PathParam("id") String id) {
        return id.equals(COMMITTEE) ? "[" + bloc() + "]" : "[]";
    }

    @GET
    @Path("/organizations/{id}/history")
    public String history(@PathParam("id") String id) {
        return """
                [{"id":"%s","kind":"FOUND","decisionNumber":"15-QĐ/TU","decisionDate":"1989-12-20",
                  "effectiveDate":"1990-01-01","organizations":[{"organizationId":"%s","role":"SUBJECT"}]}]""".formatted(UUID.randomUUID(), id);
    }

    @GET
    @Path("/organizations/{id}/terms")
    public String terms(@PathParam("id") String id) {
        return """
                [{"id":"%s","organizationId":"%s","startYear":2020,"endYear":2025,"label":"Nhiệm kỳ 2020–2025",
                  "congressDate":"2020-06-15","decisionNumber":"120-QĐ/ĐUK","version":0}]""".formatted(UUID.randomUUID(), id);
    }

    /**
     * A subtree's meetings over a period: the planning cell met every month, the office cell missed two months and a
     * quarter's thematic meeting, and one of its members was absent without leave in three months.
     */
    @GET
    @Path("/organizations/{id}/meetings/report")
    public String meetingReport(
            @PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to) {
        CALLS.add("meetings report " + id + " " + from + " " + to);
        return """
                {"organizationId":"%s","from":"%s","to":"%s","judgedMonths":[],"rules":[],
                 "summary":{"cells":2,"cellsMeetingEveryMonth":1,"cellMonthsJudged":24,"cellMonthsWithoutRegularMeeting":2,
                   "cellQuartersJudged":8,"cellQuartersShortOfThematic":1,"meetings":1234,"onlineOrHybridMeetings":3,
                   "onlineOrHybridShare":12.5,"attendance":{"present":270,"absentWithLeave":20,"absentWithoutLeave":10,
                   "rate":90.0},"flaggedMembers":1,"cellsWithFollowers":2,"cellsAttendedByFollower":1,"cellsNobodyAttended":1},
                 "cells":[
                   {"organizationId":"%s","code":"SXD-KH","name":"Chi bộ Phòng Kế hoạch","type":"SUBORDINATE_CELL",
                    "meetings":16,"regularMeetings":12,"thematicMeetings":4,"onlineOrHybridMeetings":1,
                    "monthsWithoutRegularMeeting":[],"quartersShortOfThematic":[],
                    "attendance":{"present":150,"absentWithLeave":10,"absentWithoutLeave":0,"rate":93.75},
                    "followers":1,"meetingsAttendedBySuperior":3,"meetingsAttendedByFollower":3},
                   {"organizationId":"%s","code":"SXD-VP","name":"Chi bộ Văn phòng","type":"SUBORDINATE_CELL",
                    "meetings":13,"regularMeetings":10,"thematicMeetings":3,"onlineOrHybridMeetings":2,
                    "monthsWithoutRegularMeeting":["2023-02","2023-05"],"quartersShortOfThematic":["2023-Q2"],
                    "attendance":{"present":120,"absentWithLeave":10,"absentWithoutLeave":10,"rate":85.71},
                    "followers":1,"meetingsAttendedBySuperior":0,"meetingsAttendedByFollower":0}],
                 "flaggedMembers":[{"memberId":"%s","fullName":"Trần Văn An","organizationId":"%s","year":2023,
                   "months":["2023-02","2023-03","2023-05"]}],
                 "committeeMembers":[]}""".formatted(id, from, to, PLANNING_CELL, OFFICE_CELL, memberId("Trần Văn An"), OFFICE_CELL);
    }

    /** A subtree's new committee members on a day: 40 due, 38 trained (35 on time), 2 overdue; the target not met. */
    @GET
    @Path("/obligations/report")
    public String obligationCoverage(@QueryParam("organizationId") String id, @QueryParam("asOf") String asOf) {
        CALLS.add("obligations report " + id + " " + asOf);
        return """
                {"organizationId":"%s","from":null,"to":null,"asOf":"%s","total":46,"closed":1,"due":40,"fulfilled":38,
                 "fulfilledOnTime":35,"overdue":2,"open":5,"shareTrained":84.4,"targetShare":100,"targetMet":false}""".formatted(id, asOf);
    }

    @GET
    @Path("/courses/report")
    public String trainingByTopic(@QueryParam("organizationId") String id, @QueryParam("asOf") String asOf) {
        CALLS.add("training by topic " + id + " " + asOf);
        return """
                {"organizationId":"%s","from":null,"to":null,"asOf":"%s","topics":[
                  {"topic":"POLITICAL_THEORY","courses":3,"attendees":1250,"completions":1240}],
                 "totals":{"courses":3,"attendees":1250,"completions":1240}}""".formatted(id, asOf);
    }

    @GET
    @Path("/committees")
    public String committees(@QueryParam("organizationId") String organizationId) {
        return """
                [{"id":"%s","organizationId":"%s","kind":"EXECUTIVE_COMMITTEE","termStartYear":2020,"termEndYear":2025,
                  "version":0}]""".formatted(EXECUTIVE_COMMITTEE, organizationId);
    }

    @GET
    @Path("/committees/{id}")
    public String committee(@PathParam("id") String id) {
        return """
                {"id":"%s","organizationId":"%s","kind":"EXECUTIVE_COMMITTEE","termStartYear":2020,"termEndYear":2025,
                 "version":0}""".formatted(id, COMMITTEE);
    }

    /** The committee's secretary, in office until a test ends the position, and a member who resigned in 2023. */
    @GET
    @Path("/committees/{id}/positions")
    public String positions(@PathParam("id") String id) {
        return "[" + secretary() + "," + """
                {"id":"%s","committeeId":"%s","memberId":"%s","position":"MEMBER","appointment":"APPOINTED",
                 "startsOn":"2021-03-01","endsOn":"2023-01-01","endReason":"RESIGNATION","version":1}""".formatted(RESIGNED, EXECUTIVE_COMMITTEE, memberId("Trần Văn An")) + "]";
    }

    @GET
    @Path("/positions/{id}")
    public String position(@PathParam("id") String id) {
        return secretary();
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

    /**
     * Every member of the search, and those admitted through the console, as the API shows them; their training record
     * is out of reach: the service is down.
     */
    @GET
    @Path("/members/{id}")
    public Response getMember(@PathParam("id") String id) {
        return Stream.of(MEMBERS, ADMITTED, PROBATIONARY)
                .flatMap(List::stream)
                .filter(name -> memberId(name).toString().equals(id))
                .findFirst()
                .map(name -> Response.ok(memberJson(name)).build())
                .orElseGet(() -> notFound(id));
    }

    /** The members admitted through the console, by name; they are not among the search's. */
    private static final List<String> ADMITTED = new CopyOnWriteArrayList<>();

    /** An admission as the API takes it: a national id of other than 12 digits refused with the field named, else made. */
    @POST
    @Path("/members")
    @Consumes("application/json")
    public Response admit(@HeaderParam("Idempotency-Key") String idempotencyKey, String body)
            throws JsonProcessingException {
        Response reused = reusedKey(idempotencyKey, "admit " + body);
        if (reused != null) {
            return reused;
        }
        Map<String, String> member = new ObjectMapper().readValue(body, new TypeReference<Map<String, String>>() {});
        CALLS.add("admit " + member.get("fullName") + " " + member.get("gender") + " " + member.get("nationalId")
                + " born " + member.get("dateOfBirth") + " to " + member.get("organizationId") + " on "
                + member.get("admittedOn") + " " + member.get("entry") + " " + member.get("degree") + " key "
                + idempotencyKey);
        if (member.get("nationalId") == null || !member.get("nationalId").matches("[0-9]{12}")) {
            return invalid("nationalId", "phải gồm 12 chữ số");
        }
        ADMITTED.add(member.get("fullName"));
        return Response.status(201).entity(memberJson(member.get("fullName"))).build();
    }

    @GET
    @Path("/members/{id}/history")
    public String memberHistory(@PathParam("id") String id) {
        return """
                [{"id":"%s","kind":"ADMITTED","occurredOn":"2005-05-19","decisionNumber":"88-QĐ/ĐU","memberId":"%s",
                  "toOrganizationId":"%s"}]""".formatted(UUID.randomUUID(), id, COMMITTEE);
    }

    @GET
    @Path("/training-records/{id}")
    public Response trainingRecord(@PathParam("id") String id) {
        return unavailable("training-service không trả lời");
    }

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

    static final String REVIEW = "0b10c000-0000-4000-8000-00000000000a";

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
            return Response.status(412)
                    .type("application/problem+json")
                    .entity("""
                    {"type":"https://partybloc.vn/problems/precondition-failed","title":"Đã thay đổi","status":412,
                     "detail":"Đánh giá đã thay đổi từ khi mở."}""")
                    .build();
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

    private static Response rule(String rule, String detail) {
        return Response.status(422)
                .type("application/problem+json")
                .entity("""
                    {"type":"https://partybloc.vn/problems/domain-rule","title":"Vi phạm quy tắc","status":422,
                     "rule":"%s","detail":"%s"}""".formatted(rule, detail))
                .build();
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

    /** A subtree's discipline in a period, as counts: the API gives every code of each map, 0 or not. */
    @GET
    @Path("/discipline-cases/report")
    public String disciplineReport(
            @QueryParam("organizationId") String id, @QueryParam("from") String from, @QueryParam("to") String to) {
        CALLS.add("discipline report " + id + " " + from + " " + to);
        return """
                {"organizationId":"%s","from":"%s","to":"%s","opened":21,"decided":3,"openAtEnd":18,
                 "byForm":{"REPRIMAND":1,"WARNING":2,"REMOVAL_FROM_POST":0,"EXPULSION":0},
                 "byLevel":{"CELL":1,"SUB_COMMITTEE":0,"GRASSROOTS":2,"BLOC":0},
                 "byCategory":{"POLITICS_ETHICS_LIFESTYLE":0,"PARTY_ACTIVITIES":2,"ASSIGNED_TASKS":1,
                   "CORRUPTION_WASTE":0,"OTHER":0},
                 "appealsLodged":1,"appealsResolved":{"UPHELD":1,"CHANGED":0,"ANNULLED":0},
                 "complaintsReceived":{"COMPLAINT":4,"DENUNCIATION":2},"complaintsResolved":{"COMPLAINT":3,"DENUNCIATION":1},
                 "complaintsOverdueAtEnd":{"COMPLAINT":0,"DENUNCIATION":1},
                 "organizationCases":{"opened":1,"decided":1,"openAtEnd":0,
                   "byForm":{"REPRIMAND":1,"WARNING":0,"DISSOLUTION":0},
                   "byLevel":{"CELL":0,"SUB_COMMITTEE":0,"GRASSROOTS":0,"BLOC":1},
                   "byCategory":{"POLITICS_ETHICS_LIFESTYLE":0,"PARTY_ACTIVITIES":1,"ASSIGNED_TASKS":0,
                     "CORRUPTION_WASTE":0,"OTHER":0},
                   "appealsLodged":0,"appealsResolved":{"UPHELD":0,"CHANGED":0,"ANNULLED":0}}}""".formatted(id, from, to);
    }

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
    @Path("/organizations")
    public String organizations(
            @HeaderParam("Authorization") String authorization,
            @QueryParam("asOf") String asOf,
            @QueryParam("q") String q,
            @QueryParam("type") List<String> type) {
        CALLS.add("organizations " + asOf + " " + authorization);
        if (q != null && type.isEmpty()) {
            String named = Stream.of(bloc(), committee(), planningCell(), officeCell())
                    .filter(organization -> folded(organization).contains(folded(q)))
                    .collect(Collectors.joining(","));
            return """
                    {"items":[%s],"page":0,"size":10,"total":4}""".formatted(named);
        }
        if (type.contains("SUB_COMMITTEE")) {
            String parents = Stream.of(bloc(), committee())
                    .filter(parent -> folded(parent).contains(folded(q)))
                    .collect(Collectors.joining(","));
            return """
                    {"items":[%s],"page":0,"size":10,"total":2}""".formatted(parents);
        }
        if (type.contains("SUBORDINATE_CELL")) {
            String cells = Stream.of(planningCell(), officeCell())
                    .filter(cell -> folded(cell).contains(folded(q)))
                    .collect(Collectors.joining(","));
            return """
                    {"items":[%s],"page":0,"size":10,"total":2}""".formatted(cells);
        }
        return """
                {"items":[%s],"page":0,"size":1,"total":3}""".formatted(organization(
                BLOC, "DUK", "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh", "BLOC_COMMITTEE", null, "ACTIVE"));
    }

    /** As the API answers: every child the organization had by the day, only those of {@code status} when asked. */
    @GET
    @Path("/organizations/{id}/children")
    public Response children(
            @PathParam("id") String id,
            @HeaderParam("Authorization") String authorization,
            @QueryParam("asOf") String asOf,
            @QueryParam("status") List<String> status) {
        CALLS.add("children " + id + " " + asOf + " " + authorization);
        return switch (id) {
            case BLOC -> {
                List<String> children = List.of(
                        committee(),
                        organization(
                                UNREACHABLE, "TCT", "Đảng bộ Trường Chính trị", "GRASSROOTS_COMMITTEE", BLOC, "ACTIVE"),
                        organization(
                                LEFT,
                                "DL",
                                "Đảng bộ Công ty Điện lực",
                                "GRASSROOTS_COMMITTEE",
                                BLOC,
                                "TRANSFERRED_OUT"));
                yield Response.ok(children.stream()
                                .filter(child -> status.isEmpty()
                                        || status.stream().anyMatch(s -> child.contains("\"status\":\"" + s + "\"")))
                                .collect(Collectors.joining(",", "[", "]")))
                        .build();
            }
            case COMMITTEE -> Response.ok("[]").build();
            case UNREACHABLE -> unavailable("organization-service không trả lời");
            default -> notFound(id);
        };
    }

    private static final Map<String, String> REQUESTS_BY_KEY = new ConcurrentHashMap<>();

    /**
     * As the API keeps idempotency keys: a key is one request, whatever the answer was (a refusal is kept as well), so
     * another request under a key already used is refused (422), before anything is done.
     */
    private static Response reusedKey(String key, String request) {
        if (key == null || REQUESTS_BY_KEY.computeIfAbsent(key, k -> request).equals(request)) {
            return null;
        }
        CALLS.add("key reused " + key);
        return Response.status(422).type("application/problem+json").entity("""
                    {"type":"https://partybloc.vn/problems/idempotency-key-reused","title":"Khóa đã dùng","status":422,
                     "detail":"Idempotency-Key này đã được dùng cho một yêu cầu khác."}""").build();
    }

    /** A 400 problem naming one field, as the API words it in Vietnamese. */
    private static Response invalid(String field, String message) {
        return Response.status(400)
                .type("application/problem+json")
                .entity("""
                    {"type":"https://partybloc.vn/problems/validation","title":"Yêu cầu không hợp lệ","status":400,
                     "detail":"Yêu cầu có 1 trường không hợp lệ.","errors":[{"field":"%s","message":"%s"}]}""".formatted(field, message))
                .build();
    }

    private static Response unavailable(String detail) {
        return Response.status(503)
                .type("application/problem+json")
                .entity("""
                    {"type":"https://partybloc.vn/problems/unavailable","title":"Service unavailable","status":503,
                     "detail":"%s"}""".formatted(detail))
                .build();
    }

    private static Response notFound(String id) {
        return Response.status(404)
                .type("application/problem+json")
                .entity("""
                    {"type":"https://partybloc.vn/problems/not-found","title":"Not found","status":404,
                     "detail":"Không tìm thấy tổ chức đảng %s"}""".formatted(id))
                .build();
    }

    /**
     * 25 members named Bùi Thị Hoa 1 … 25 and one Trần Văn An, found as the API finds them: by a name typed with or
     * without accents, in any case, a page at a time.
     */
    @GET
    @Path("/members")
    public String members(
            @HeaderParam("Authorization") String authorization,
            @QueryParam("q") String q,
            @QueryParam("page") int page,
            @QueryParam("size") int size,
            @QueryParam("organizationId") String organizationId,
            @QueryParam("includeDescendants") Boolean includeDescendants,
            @QueryParam("status") String status,
            @QueryParam("kind") String kind,
            @QueryParam("degree") String degree) {
        CALLS.add("members " + q + " " + page + " " + authorization);
        CALLS.add("member filters organizationId=" + organizationId + " includeDescendants=" + includeDescendants
                + " status=" + status + " kind=" + kind + " degree=" + degree);
        List<String> found = MEMBERS.stream()
                .filter(name -> q == null || folded(name).contains(folded(q)))
                .toList();
        String items = found.stream()
                .skip((long) page * size)
                .limit(size)
                .map(GatewayStandIn::memberJson)
                .collect(Collectors.joining(","));
        return """
                {"items":[%s],"page":%d,"size":%d,"total":%d}""".formatted(items, page, size, found.size());
    }

    private static final List<String> MEMBERS = members();

    private static List<String> members() {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            names.add("Bùi Thị Hoa " + i);
        }
        names.add("Trần Văn An");
        return names;
    }

    static UUID memberId(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    private static String memberJson(String name) {
        return """
                {"id":"%s","fullName":"%s","dateOfBirth":"1980-02-29","gender":"FEMALE","membershipKind":"FULL",
                 "status":"%s","admittedOn":"2005-05-19","fullMemberSince":"2006-05-19","organizationId":"%s",
                 "degree":"MASTER","version":%d}""".formatted(
                        memberId(name),
                        name,
                        DEPARTED.getOrDefault(
                                memberId(name).toString(),
                                EXEMPTED.contains(memberId(name).toString()) ? "EXEMPT" : "ACTIVE"),
                        COMMITTEE,
                        Stream.of(DEPARTED.keySet(), RECOGNISED, EXEMPTED)
                                .filter(changes ->
                                        changes.contains(memberId(name).toString()))
                                .count())
                .replace(
                        "\"membershipKind\":\"FULL\"",
                        PROBATIONARY.contains(name)
                                        && !RECOGNISED.contains(memberId(name).toString())
                                ? "\"membershipKind\":\"PROBATIONARY\""
                                : "\"membershipKind\":\"FULL\"");
    }

    /** Probationary members, by name, known only by id: none of the search's. */
    private static final List<String> PROBATIONARY = new CopyOnWriteArrayList<>();

    private static final List<String> RECOGNISED = new CopyOnWriteArrayList<>();
    private static final List<String> EXEMPTED = new CopyOnWriteArrayList<>();

    /** A probationary member the gateway knows by id, for a test to take through their changes. */
    static UUID probationary(String name) {
        PROBATIONARY.add(name);
        return memberId(name);
    }

    /**
     * A recognition or an exemption as the API takes it: a day after 2030 refused with the field named, a member
     * already full or already exempt refused (409), else recorded. Kept with its headers.
     */
    @POST
    @Path("/members/{id}/{change: recognitions|exemptions}")
    @Consumes("application/json")
    public Response changeStanding(
            @PathParam("id") String id,
            @PathParam("change") String change,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            String body)
            throws JsonProcessingException {
        Response reused = reusedKey(idempotencyKey, change + " " + id + " " + body);
        if (reused != null) {
            return reused;
        }
        Map<String, String> request = new ObjectMapper().readValue(body, new TypeReference<Map<String, String>>() {});
        CALLS.add(change + " " + id + " on " + request.get("date") + " by " + request.get("decisionNumber") + " note "
                + request.get("note") + " if " + ifMatch);
        if (request.get("date").compareTo("2030") > 0) {
            return invalid("date", "không được sau ngày hôm nay");
        }
        List<String> changed = change.equals("recognitions") ? RECOGNISED : EXEMPTED;
        if (changed.contains(id)) {
            return Response.status(409)
                    .type("application/problem+json")
                    .entity("""
                        {"type":"https://partybloc.vn/problems/conflict","title":"Xung đột","status":409,
                         "detail":"Đã ghi nhận từ trước."}""")
                    .build();
        }
        changed.add(id);
        return getMember(id);
    }

    /** The members who left the register, by id, with the status they left with. */
    private static final Map<String, String> DEPARTED = new ConcurrentHashMap<>();

    /**
     * A departure as the API takes it: a kind it does not record or a date after 2030 refused with the field named, a
     * member who already left refused by the rule, else the member leaves with the kind's status. Kept with its headers.
     */
    @POST
    @Path("/members/{id}/departures")
    @Consumes("application/json")
    public Response depart(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            String body)
            throws JsonProcessingException {
        Response reused = reusedKey(idempotencyKey, "depart " + id + " " + body);
        if (reused != null) {
            return reused;
        }
        Map<String, String> departure = new ObjectMapper().readValue(body, new TypeReference<Map<String, String>>() {});
        CALLS.add("depart " + id + " " + departure.get("kind") + " on " + departure.get("date") + " by "
                + departure.get("decisionNumber") + " note " + departure.get("note") + " if " + ifMatch + " key "
                + idempotencyKey);
        if (departure.get("kind") == null) {
            return invalid("kind", "không được để trống");
        }
        if (departure.get("date").compareTo("2030") > 0) {
            return invalid("date", "không được sau ngày hôm nay");
        }
        if (DEPARTED.containsKey(id)) {
            return Response.status(422)
                    .type("application/problem+json")
                    .entity("""
                        {"type":"https://partybloc.vn/problems/domain-rule","title":"Vi phạm quy tắc","status":422,
                         "rule":"MEM-ACTIVE","detail":"Đảng viên đã ra khỏi danh sách."}""")
                    .build();
        }
        DEPARTED.put(
                id,
                Map.of(
                                "TRANSFERRED_OUT",
                                "TRANSFERRED_OUT",
                                "DIED",
                                "DECEASED",
                                "STRUCK_OFF",
                                "STRUCK_OFF",
                                "EXPELLED",
                                "EXPELLED")
                        .get(departure.get("kind")));
        return getMember(id);
    }

    private static String bloc() {
        return organization(
                BLOC, "DUK", "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh", "BLOC_COMMITTEE", null, "ACTIVE");
    }

    private static String committee() {
        return organization(COMMITTEE, "SXD", "Đảng bộ Sở Xây dựng", "GRASSROOTS_COMMITTEE", BLOC, "ACTIVE");
    }

    private static String planningCell() {
        return organization(
                PLANNING_CELL,
                "SXD-KH",
                "Chi bộ Phòng Kế hoạch",
                "SUBORDINATE_CELL",
                COMMITTEE,
                DISSOLVED.contains(PLANNING_CELL) ? "DISSOLVED" : "ACTIVE");
    }

    private static final List<String> DISSOLVED = new CopyOnWriteArrayList<>();

    /**
     * A dissolution as the API takes it: refused for an organization with active children (the committee), refused
     * with the field named for a decision dated after 2030, else done.
     */
    @POST
    @Path("/organizations/{id}/dissolutions")
    @Consumes("application/json")
    public Response dissolve(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            String body)
            throws JsonProcessingException {
        Response reused = reusedKey(idempotencyKey, "dissolve " + id + " " + body);
        if (reused != null) {
            return reused;
        }
        Map<String, String> decision = new ObjectMapper()
                .readValue(body, new TypeReference<Map<String, Map<String, String>>>() {})
                .get("decision");
        CALLS.add("dissolve " + id + " by " + decision.get("number") + " of " + decision.get("date") + " from "
                + decision.get("effectiveDate") + " if " + ifMatch + " key " + idempotencyKey);
        if (id.equals(COMMITTEE)) {
            return Response.status(422)
                    .type("application/problem+json")
                    .entity("""
                        {"type":"https://partybloc.vn/problems/domain-rule","title":"Vi phạm quy tắc","status":422,
                         "rule":"ORG-DISSOLVE-ACTIVE-CHILDREN",
                         "detail":"Đảng bộ Sở Xây dựng còn tổ chức trực thuộc đang hoạt động."}""")
                    .build();
        }
        if (decision.get("date").compareTo("2030") > 0) {
            return invalid("decision.date", "không được sau ngày hôm nay");
        }
        DISSOLVED.add(id);
        return Response.ok(planningCell()).build();
    }

    private static final List<String> TRANSFERRED_OUT = new CopyOnWriteArrayList<>();

    private static String leavingCell() {
        return organization(
                LEAVING_CELL,
                "SXD-KB",
                "Chi bộ Kho bạc",
                "SUBORDINATE_CELL",
                COMMITTEE,
                TRANSFERRED_OUT.contains(LEAVING_CELL) ? "TRANSFERRED_OUT" : "ACTIVE");
    }

    /** A hand-over out of the Bloc as the API takes it: a decision dated after 2030 refused with its field named. */
    @POST
    @Path("/organizations/{id}/transfers-out")
    @Consumes("application/json")
    public Response transferOut(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            String body)
            throws JsonProcessingException {
        Response reused = reusedKey(idempotencyKey, "transfer-out " + id + " " + body);
        if (reused != null) {
            return reused;
        }
        Map<String, Object> request = new ObjectMapper().readValue(body, new TypeReference<Map<String, Object>>() {});
        @SuppressWarnings("unchecked")
        Map<String, String> decision = (Map<String, String>) request.get("decision");
        CALLS.add("transfer-out " + id + " to " + request.get("destination") + " by " + decision.get("number") + " of "
                + decision.get("date") + " if " + ifMatch);
        if (decision.get("date").compareTo("2030") > 0) {
            return invalid("decision.date", "không được sau ngày hôm nay");
        }
        TRANSFERRED_OUT.add(id);
        return organization(id, null);
    }

    /**
     * A split as the API takes it: fewer than two parts refused, a part's code that is not a code refused with the
     * part's field named ({@code into[i].code}), else the parts founded under the source's parent.
     */
    @POST
    @Path("/organizations/{id}/splits")
    @Consumes("application/json")
    public Response split(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            String body)
            throws JsonProcessingException {
        Response reused = reusedKey(idempotencyKey, "split " + id + " " + body);
        if (reused != null) {
            return reused;
        }
        Map<String, Object> request = new ObjectMapper().readValue(body, new TypeReference<Map<String, Object>>() {});
        @SuppressWarnings("unchecked")
        List<Map<String, String>> parts = (List<Map<String, String>>) request.get("into");
        CALLS.add("split " + id + " into "
                + parts.stream()
                        .map(part -> part.get("code") + " " + part.get("name"))
                        .toList() + " if " + ifMatch);
        if (parts.size() < 2) {
            return invalid("into", "cần ít nhất hai tổ chức");
        }
        for (int i = 0; i < parts.size(); i++) {
            if (!parts.get(i).get("code").matches("[A-Za-z0-9._-]+")) {
                return invalid("into[" + i + "].code", "chỉ gồm chữ cái không dấu, chữ số và các ký tự '.', '-', '_'");
            }
        }
        return Response.ok(parts.stream()
                        .map(part -> organization(
                                UUID.randomUUID().toString(),
                                part.get("code"),
                                part.get("name"),
                                "SUBORDINATE_CELL",
                                COMMITTEE,
                                "ACTIVE"))
                        .collect(Collectors.joining(",", "[", "]")))
                .build();
    }

    /** A merge as the API takes it: a cell into a committee refused by the rule, else merged into the target. */
    @POST
    @Path("/organizations/merges")
    @Consumes("application/json")
    public Response merge(@HeaderParam("Idempotency-Key") String idempotencyKey, String body)
            throws JsonProcessingException {
        Response reused = reusedKey(idempotencyKey, "merge " + body);
        if (reused != null) {
            return reused;
        }
        Map<String, Object> request = new ObjectMapper().readValue(body, new TypeReference<Map<String, Object>>() {});
        @SuppressWarnings("unchecked")
        Map<String, String> decision = (Map<String, String>) request.get("decision");
        CALLS.add("merge " + request.get("sourceIds") + " into " + request.get("targetId") + " by "
                + decision.get("number") + " of " + decision.get("date"));
        if (COMMITTEE.equals(request.get("targetId"))) {
            return rule("ORG-MERGE-SAME-TYPE", "Chỉ sáp nhập vào tổ chức cùng loại.");
        }
        return organization((String) request.get("targetId"), null);
    }

    private static String officeCell() {
        return organization(OFFICE_CELL, "SXD-VP", "Chi bộ Văn phòng", "SUBORDINATE_CELL", COMMITTEE, "ACTIVE");
    }

    /**
     * A move as the API takes it: a date after 2030 is refused with the field named (as a future date is), else the
     * member is moved. The call is kept with its headers.
     */
    @POST
    @Path("/members/{id}/moves")
    @Consumes("application/json")
    public Response move(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @HeaderParam("Accept-Language") String language,
            String body)
            throws JsonProcessingException {
        Response reused = reusedKey(idempotencyKey, "move " + id + " " + body);
        if (reused != null) {
            return reused;
        }
        Map<String, String> move = new ObjectMapper().readValue(body, new TypeReference<Map<String, String>>() {});
        CALLS.add("move " + id + " to " + move.get("toOrganizationId") + " on " + move.get("date") + " by "
                + move.get("decisionNumber") + " if " + ifMatch + " key " + idempotencyKey + " in " + language);
        if (move.get("date") != null && move.get("date").compareTo("2030") > 0) {
            return invalid("date", "không được sau ngày hôm nay");
        }
        return Response.ok(memberJson(MEMBERS.get(0))).build();
    }

    private static final Map<String, String> IMPORTS = new ConcurrentHashMap<>();
    private static final Map<String, Integer> IMPORT_READS = new ConcurrentHashMap<>();

    /** A member import as the API takes it: queued at once, then running, then done with a refused row per nameless member. */
    @POST
    @Path("/members/imports")
    @Consumes("text/csv")
    public Response importMembers(@HeaderParam("Idempotency-Key") String idempotencyKey, String csv) {
        Response reused = reusedKey(idempotencyKey, "import " + csv);
        if (reused != null) {
            return reused;
        }
        CALLS.add("import of " + csv.lines().count() + " lines, key " + idempotencyKey);
        String id = UUID.randomUUID().toString();
        IMPORTS.put(id, csv);
        IMPORT_READS.put(id, 0);
        return Response.status(202).entity(importJob(id, "QUEUED")).build();
    }

    @GET
    @Path("/members/imports/{id}")
    public Response importJob(@PathParam("id") String id) {
        if (!IMPORTS.containsKey(id)) {
            return notFound(id);
        }
        return Response.ok(importJob(id, IMPORT_READS.merge(id, 1, Integer::sum) < 2 ? "RUNNING" : "DONE"))
                .build();
    }

    private static String importJob(String id, String status) {
        List<String> rows = IMPORTS.get(id).lines().skip(1).toList();
        List<String> errors = new ArrayList<>();
        for (int row = 1; row <= rows.size(); row++) {
            if (rows.get(row - 1).startsWith(",")) {
                errors.add("""
                        {"row":%d,"field":"fullName","message":"không được để trống"}""".formatted(row));
            }
        }
        boolean done = status.equals("DONE");
        return """
                {"id":"%s","kind":"MEMBERS","format":"CSV","status":"%s","totalRows":%d,"processedRows":%d,
                 "createdRows":%d,"updatedRows":0,"unchangedRows":0,"failedRows":%d,
                 "submittedAt":"2024-03-01T08:00:00Z","errors":[%s]}""".formatted(
                        id,
                        status,
                        rows.size(),
                        done ? rows.size() : 1,
                        done ? rows.size() - errors.size() : 0,
                        done ? errors.size() : 0,
                        done ? String.join(",", errors) : "");
    }

    private static String folded(String text) {
        return Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    private static String organization(String id, String code, String name, String type, String parent, String status) {
        return """
                {"id":"%s","code":"%s","name":"%s","type":"%s"%s,"status":"%s","foundedOn":"1990-01-01","version":0}""".formatted(id, code, name, type, parent == null ? "" : ",\"parentId\":\"" + parent + "\"", status);
    }
}
