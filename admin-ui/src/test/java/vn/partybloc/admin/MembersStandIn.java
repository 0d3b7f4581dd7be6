package vn.partybloc.admin;

import static vn.partybloc.admin.GatewayStandIn.CALLS;
import static vn.partybloc.admin.GatewayStandIn.COMMITTEE;
import static vn.partybloc.admin.GatewayStandIn.GARBLED;
import static vn.partybloc.admin.GatewayStandIn.OFFICE_CELL;
import static vn.partybloc.admin.GatewayStandIn.PROXY_ERROR;
import static vn.partybloc.admin.GatewayStandIn.changedSince;
import static vn.partybloc.admin.GatewayStandIn.folded;
import static vn.partybloc.admin.GatewayStandIn.invalid;
import static vn.partybloc.admin.GatewayStandIn.notFound;
import static vn.partybloc.admin.GatewayStandIn.reusedKey;
import static vn.partybloc.admin.GatewayStandIn.unavailable;

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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The gateway's answers about members: the search's 25 members and one more, those admitted through the console and
 * the probationary ones a test asks for; a member's history and training record; admissions, moves, departures,
 * recognitions, exemptions, changes of details and imports, each as the API takes it.
 */
@Path("/api/v1")
@Produces("application/json")
public class MembersStandIn {

    /**
     * Every member of the search, and those admitted through the console, as the API shows them; their training record
     * is out of reach: the service is down. One member's record comes back garbled, another's as a proxy's error page.
     */
    @GET
    @Path("/members/{id}")
    public Response getMember(@PathParam("id") String id) {
        if (id.equals(GARBLED)) {
            return Response.ok("{\"id\": \"" + id + "\", \"fullName\": ").build();
        }
        if (id.equals(PROXY_ERROR)) {
            return Response.status(502)
                    .type("text/html")
                    .entity("<html><body><h1>502 Bad Gateway</h1><hr>nginx/1.24.0 at 10.0.3.7</body></html>")
                    .build();
        }
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

    /**
     * 25 members named Bùi Thị Hoa 1 … 25 and one Trần Văn An, found as the API finds them: by a name typed with or
     * without accents, in any case, a page at a time; the office cell's three members for a list of that cell.
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
        List<String> found = (OFFICE_CELL.equals(organizationId) ? OFFICE : MEMBERS)
                .stream()
                        .filter(name -> q == null || folded(name).contains(folded(q)))
                        .toList();
        String items = found.stream()
                .skip((long) page * size)
                .limit(size)
                .map(MembersStandIn::memberJson)
                .collect(Collectors.joining(","));
        return """
                {"items":[%s],"page":%d,"size":%d,"total":%d}""".formatted(items, page, size, found.size());
    }

    private static final List<String> MEMBERS = members();

    /** The office cell's members, by name, as its list of members answers them. */
    static final List<String> OFFICE = List.of("Lê Thị Bình", "Phạm Văn Cường", "Trần Văn An");

    private static List<String> members() {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            names.add("Bùi Thị Hoa " + i);
        }
        names.add("Trần Văn An");
        return names;
    }

    /** The name of the search's member {@code id}, or null. */
    static String nameOf(String id) {
        return MEMBERS.stream()
                .filter(name -> memberId(name).toString().equals(id))
                .findFirst()
                .orElse(null);
    }

    static UUID memberId(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    private static String memberJson(String name) {
        String member = recordedJson(name);
        Map<String, Object> details = DETAILS.get(memberId(name).toString());
        if (details == null) {
            return member;
        }
        try {
            Map<String, Object> edited = JSON.readValue(member, new TypeReference<Map<String, Object>>() {});
            edited.keySet().removeAll(DETAIL_FIELDS);
            edited.putAll(details);
            return JSON.writeValueAsString(edited);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The fields a member's details replace, all at once. */
    private static final List<String> DETAIL_FIELDS = List.of(
            "fullName",
            "birthName",
            "dateOfBirth",
            "gender",
            "ethnicity",
            "religion",
            "hometown",
            "partyCardNumber",
            "dossierNumber",
            "generalEducation",
            "degree",
            "academicTitle",
            "politicalTheory",
            "stateManagement",
            "foreignLanguage",
            "itSkill",
            "jobTitle",
            "headsHostUnit");

    /** The details sent for a member, by id, as the request carried them. */
    private static final Map<String, Map<String, Object>> DETAILS = new ConcurrentHashMap<>();

    /**
     * A member's details replaced as the API takes them: for another version than the member's refused (412), a general
     * education of other than digits and slashes refused with the field named, else every field replaced by the
     * request's (one left out is cleared). Kept with its headers.
     */
    @PUT
    @Path("/members/{id}")
    @Consumes("application/json")
    public Response replaceDetails(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, String body)
            throws JsonProcessingException {
        CALLS.add("details " + id + " " + body + " if " + ifMatch);
        Response member = getMember(id);
        if (member.getStatus() != 200) {
            return member;
        }
        Map<String, Object> shown =
                JSON.readValue((String) member.getEntity(), new TypeReference<Map<String, Object>>() {});
        if (!("\"" + shown.get("version") + "\"").equals(ifMatch)) {
            return changedSince("Hồ sơ đã được người khác sửa; hãy tải lại.");
        }
        Map<String, Object> details = JSON.readValue(body, new TypeReference<Map<String, Object>>() {});
        if (details.get("generalEducation") instanceof String education && !education.matches("[0-9/]*")) {
            return invalid("generalEducation", "chỉ gồm chữ số và dấu /");
        }
        DETAILS.put(id, details);
        return getMember(id);
    }

    /** A member as recorded before any change of details: every detail field, with the changes of membership. */
    private static String recordedJson(String name) {
        return """
                {"id":"%s","fullName":"%s","dateOfBirth":"1980-02-29","gender":"FEMALE","membershipKind":"FULL",
                 "status":"%s","admittedOn":"2005-05-19","fullMemberSince":"2006-05-19","organizationId":"%s",
                 "ethnicity":"Kinh","hometown":"Xã Mỹ Trà, thành phố Cao Lãnh","partyCardNumber":"01234567",
                 "generalEducation":"12/12","degree":"MASTER","academicTitle":"ASSOCIATE_PROFESSOR",
                 "politicalTheory":"ADVANCED","foreignLanguage":"Tiếng Anh B1","jobTitle":"Chuyên viên",
                 "headsHostUnit":false,"version":%d}""".formatted(
                        memberId(name),
                        name,
                        DEPARTED.getOrDefault(
                                memberId(name).toString(),
                                EXEMPTED.contains(memberId(name).toString()) ? "EXEMPT" : "ACTIVE"),
                        COMMITTEE,
                        Stream.of(DEPARTED.keySet(), RECOGNISED, EXEMPTED, DETAILS.keySet())
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
    private static final Map<String, String> IMPORT_KINDS = new ConcurrentHashMap<>();
    private static final Map<String, Integer> IMPORT_READS = new ConcurrentHashMap<>();

    /** A member import as the API takes it: queued at once, then running, then done with a refused row per nameless member. */
    @POST
    @Path("/members/imports")
    @Consumes("text/csv")
    public Response importMembers(@HeaderParam("Idempotency-Key") String idempotencyKey, String csv) {
        return imported("MEMBERS", "import", idempotencyKey, csv);
    }

    @GET
    @Path("/members/imports/{id}")
    public Response importJob(@PathParam("id") String id) {
        return importRead("MEMBERS", id);
    }

    /** A position import, as the member import: a row without the member's national id refused. */
    @POST
    @Path("/positions/imports")
    @Consumes("text/csv")
    public Response importPositions(@HeaderParam("Idempotency-Key") String idempotencyKey, String csv) {
        return imported("POSITIONS", "import of positions", idempotencyKey, csv);
    }

    @GET
    @Path("/positions/imports/{id}")
    public Response positionImportJob(@PathParam("id") String id) {
        return importRead("POSITIONS", id);
    }

    private static Response imported(String kind, String call, String idempotencyKey, String csv) {
        Response reused = reusedKey(idempotencyKey, call + " " + csv);
        if (reused != null) {
            return reused;
        }
        CALLS.add(call + " of " + csv.lines().count() + " lines, key " + idempotencyKey);
        String id = UUID.randomUUID().toString();
        IMPORTS.put(id, csv);
        IMPORT_KINDS.put(id, kind);
        IMPORT_READS.put(id, 0);
        return Response.status(202).entity(importJob(id, "QUEUED")).build();
    }

    /** A job of another kind is not found here, as the API keeps each kind's jobs apart. */
    private static Response importRead(String kind, String id) {
        if (!kind.equals(IMPORT_KINDS.get(id))) {
            return notFound(id);
        }
        return Response.ok(importJob(id, IMPORT_READS.merge(id, 1, Integer::sum) < 2 ? "RUNNING" : "DONE"))
                .build();
    }

    private static String importJob(String id, String status) {
        String kind = IMPORT_KINDS.get(id);
        String required = kind.equals("MEMBERS") ? "fullName" : "memberNationalId";
        List<String> rows = IMPORTS.get(id).lines().skip(1).toList();
        List<String> errors = new ArrayList<>();
        for (int row = 1; row <= rows.size(); row++) {
            if (rows.get(row - 1).startsWith(",")) {
                errors.add("""
                        {"row":%d,"field":"%s","message":"không được để trống"}""".formatted(row, required));
            }
        }
        boolean done = status.equals("DONE");
        return """
                {"id":"%s","kind":"%s","format":"CSV","status":"%s","totalRows":%d,"processedRows":%d,
                 "createdRows":%d,"updatedRows":0,"unchangedRows":0,"failedRows":%d,
                 "submittedAt":"2024-03-01T08:00:00Z","errors":[%s]}""".formatted(
                        id,
                        kind,
                        status,
                        rows.size(),
                        done ? rows.size() : 1,
                        done ? rows.size() - errors.size() : 0,
                        done ? errors.size() : 0,
                        done ? String.join(",", errors) : "");
    }
}
