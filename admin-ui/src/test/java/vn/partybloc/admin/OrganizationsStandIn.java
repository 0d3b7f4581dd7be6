package vn.partybloc.admin;

import static vn.partybloc.admin.GatewayStandIn.BLOC;
import static vn.partybloc.admin.GatewayStandIn.CALLS;
import static vn.partybloc.admin.GatewayStandIn.COMMITTEE;
import static vn.partybloc.admin.GatewayStandIn.LEAVING_CELL;
import static vn.partybloc.admin.GatewayStandIn.LEFT;
import static vn.partybloc.admin.GatewayStandIn.OFFICE_CELL;
import static vn.partybloc.admin.GatewayStandIn.PLANNING_CELL;
import static vn.partybloc.admin.GatewayStandIn.UNREACHABLE;
import static vn.partybloc.admin.GatewayStandIn.folded;
import static vn.partybloc.admin.GatewayStandIn.invalid;
import static vn.partybloc.admin.GatewayStandIn.notFound;
import static vn.partybloc.admin.GatewayStandIn.reusedKey;
import static vn.partybloc.admin.GatewayStandIn.rule;
import static vn.partybloc.admin.GatewayStandIn.unavailable;

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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The gateway's answers about organizations: the Bloc, its committee and cells, and those founded through the console;
 * their children, ancestors, history and terms; their founding, transfers within and out of the Bloc, splits, merges
 * and dissolutions, each as the API takes it.
 */
@Path("/api/v1")
@Produces("application/json")
public class OrganizationsStandIn {

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
        return Response.status(201).entity(founded(organization)).build();
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

    /** Every organization's term of 2020–2025, then those opened through the console, by organization. */
    @GET
    @Path("/organizations/{id}/terms")
    public String terms(@PathParam("id") String id) {
        return Stream.concat(
                        Stream.of("""
                                {"id":"%s","organizationId":"%s","startYear":2020,"endYear":2025,"label":"Nhiệm kỳ 2020–2025",
                                 "congressDate":"2020-06-15","decisionNumber":"120-QĐ/ĐUK","version":0}""".formatted(UUID.randomUUID(), id)),
                        OPENED_TERMS.getOrDefault(id, List.of()).stream())
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static final Map<String, List<String>> OPENED_TERMS = new ConcurrentHashMap<>();

    /** A term as the API takes it: its end not after its start refused with the field named, one overlapping 2020–2025 by the rule. */
    @POST
    @Path("/organizations/{id}/terms")
    @Consumes("application/json")
    public Response openTerm(
            @PathParam("id") String id, @HeaderParam("Idempotency-Key") String idempotencyKey, String body)
            throws JsonProcessingException {
        Response reused = reusedKey(idempotencyKey, "open term " + id + " " + body);
        if (reused != null) {
            return reused;
        }
        Map<String, Object> term = new ObjectMapper().readValue(body, new TypeReference<Map<String, Object>>() {});
        int start = (Integer) term.get("startYear");
        int end = (Integer) term.get("endYear");
        CALLS.add("open term " + id + " " + start + "–" + end + " congress " + term.get("congressDate") + " by "
                + term.get("decisionNumber") + " key " + idempotencyKey);
        if (end <= start) {
            return invalid("endYear", "phải sau startYear");
        }
        if (start < 2025) {
            return rule(
                    "TERM-OVERLAP",
                    "Nhiệm kỳ %d–%d trùng thời gian với một nhiệm kỳ khác của tổ chức đảng này".formatted(start, end));
        }
        String opened = """
                {"id":"%s","organizationId":"%s","startYear":%d,"endYear":%d,"label":"Nhiệm kỳ %d–%d",
                 "congressDate":"%s","decisionNumber":"%s","version":0}""".formatted(
                UUID.randomUUID(), id, start, end, start, end, term.get("congressDate"), term.get("decisionNumber"));
        OPENED_TERMS.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>()).add(opened);
        return Response.status(201).entity(opened).build();
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

    /**
     * As the API answers the Bloc's subtree (every organization below it, only those of {@code status} when asked), in
     * pages of at most three whatever the size asked, so that a reader must follow the pages.
     */
    @GET
    @Path("/organizations/{id}/subtree")
    public Response subtree(
            @PathParam("id") String id,
            @QueryParam("asOf") String asOf,
            @QueryParam("page") int page,
            @QueryParam("size") int size,
            @QueryParam("status") List<String> status) {
        CALLS.add("subtree " + id + " " + asOf + " page " + page + " size " + size + " status " + status);
        if (!BLOC.equals(id)) {
            return notFound(id);
        }
        List<String> below = Stream.of(
                        committee(),
                        officeCell(),
                        organization(
                                UNREACHABLE, "TCT", "Đảng bộ Trường Chính trị", "GRASSROOTS_COMMITTEE", BLOC, "ACTIVE"),
                        planningCell(),
                        organization(
                                LEFT,
                                "DL",
                                "Đảng bộ Công ty Điện lực",
                                "GRASSROOTS_COMMITTEE",
                                BLOC,
                                "TRANSFERRED_OUT"))
                .filter(organization -> status.isEmpty()
                        || status.stream().anyMatch(s -> organization.contains("\"status\":\"" + s + "\"")))
                .toList();
        int shown = Math.min(size, 3);
        String items = below.stream().skip((long) page * shown).limit(shown).collect(Collectors.joining(","));
        return Response.ok("""
                        {"items":[%s],"page":%d,"size":%d,"total":%d}""".formatted(items, page, shown, below.size())).build();
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
        List<Map<String, Object>> parts = (List<Map<String, Object>>) request.get("into");
        CALLS.add("split " + id + " into "
                + parts.stream()
                        .map(part -> part.get("code") + " " + part.get("name"))
                        .toList() + " if " + ifMatch);
        CALLS.add("split " + id + " members "
                + parts.stream()
                        .map(part -> String.valueOf(part.get("memberIds")))
                        .toList());
        if (parts.size() < 2) {
            return invalid("into", "cần ít nhất hai tổ chức");
        }
        for (int i = 0; i < parts.size(); i++) {
            if (!String.valueOf(parts.get(i).get("code")).matches("[A-Za-z0-9._-]+")) {
                return invalid("into[" + i + "].code", "chỉ gồm chữ cái không dấu, chữ số và các ký tự '.', '-', '_'");
            }
        }
        return Response.ok(parts.stream()
                        .map(part -> organization(
                                UUID.randomUUID().toString(),
                                String.valueOf(part.get("code")),
                                String.valueOf(part.get("name")),
                                "SUBORDINATE_CELL",
                                COMMITTEE,
                                "ACTIVE"))
                        .collect(Collectors.joining(",", "[", "]")))
                .build();
    }

    /**
     * A merge as the API takes it: into an existing target, a cell into a committee refused by the rule, else merged
     * into it; into a new one (hợp nhất), fewer than two sources refused by the rule, a new organization without a
     * parent or founded after 2030 refused with the field named, else founded.
     */
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
        if (request.get("newTarget") instanceof Map<?, ?> newTarget) {
            return consolidated((List<?>) request.get("sourceIds"), newTarget, decision);
        }
        if (COMMITTEE.equals(request.get("targetId"))) {
            return rule("ORG-MERGE-SAME-TYPE", "Chỉ sáp nhập vào tổ chức cùng loại.");
        }
        return organization((String) request.get("targetId"), null);
    }

    private static Response consolidated(List<?> sources, Map<?, ?> organization, Map<String, String> decision) {
        CALLS.add("consolidate " + sources + " into " + organization.get("code") + " " + organization.get("name") + " "
                + organization.get("type") + " under " + organization.get("parentId") + " by "
                + decision.get("number"));
        if (sources.size() < 2) {
            return rule("ORG-MERGE-SOURCES", "Hợp nhất cần ít nhất hai tổ chức khác nhau.");
        }
        if (organization.get("parentId") == null) {
            return invalid("newTarget.parentId", "không được để trống");
        }
        if (organization.get("foundedOn") instanceof String day && day.compareTo("2030") > 0) {
            return invalid("newTarget.foundedOn", "không được sau ngày hôm nay");
        }
        return Response.ok(founded(organization)).build();
    }

    /** The organization founded, kept under an id made of its code; as the API answers it. */
    private static String founded(Map<?, ?> organization) {
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
        return FOUNDED.get(id);
    }

    private static String officeCell() {
        return organization(OFFICE_CELL, "SXD-VP", "Chi bộ Văn phòng", "SUBORDINATE_CELL", COMMITTEE, "ACTIVE");
    }

    private static String organization(String id, String code, String name, String type, String parent, String status) {
        return """
                {"id":"%s","code":"%s","name":"%s","type":"%s"%s,"status":"%s","foundedOn":"1990-01-01","version":0}""".formatted(id, code, name, type, parent == null ? "" : ",\"parentId\":\"" + parent + "\"", status);
    }
}
