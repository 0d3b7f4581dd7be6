package vn.partybloc.admin;

import static vn.partybloc.admin.GatewayStandIn.CALLS;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The gateway's answers about confidence votes: a vote of 2024 in every subtree, and those recorded through the
 * console, newest first (all of them when 2024's are asked for, none for another year); a vote recorded as the API takes it, its counts checked row by row and its shares and flags
 * computed (domain rule 12).
 */
@Path("/api/v1/confidence-votes")
@Produces("application/json")
public class ConfidenceVotesStandIn {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<Map<String, Object>> RECORDED = new CopyOnWriteArrayList<>();

    @GET
    public String votes(@QueryParam("organizationId") String organizationId, @QueryParam("year") Integer year)
            throws JsonProcessingException {
        CALLS.add("votes " + organizationId + " of " + year);
        if (year != null && year != 2024) {
            return JSON.writeValueAsString(Map.of("items", List.of(), "page", 0, "size", 10, "total", 0));
        }
        List<Map<String, Object>> votes = new ArrayList<>();
        for (int i = RECORDED.size() - 1; i >= 0; i--) {
            if (RECORDED.get(i).get("organizationId").equals(organizationId)) {
                votes.add(RECORDED.get(i));
            }
        }
        votes.add(decided(new LinkedHashMap<>(Map.of(
                "organizationId",
                organizationId,
                "body",
                "Hội nghị chi bộ cuối năm 2024",
                "votedOn",
                "2024-11-20",
                "summoned",
                10,
                "present",
                9,
                "results",
                List.of(ballots("Bùi Thị Hoa 4", "Phó Bí thư", 9, 3, 1, 5))))));
        return JSON.writeValueAsString(Map.of("items", votes, "page", 0, "size", 10, "total", votes.size()));
    }

    /** A vote as the API takes it: a row whose confidence levels do not add up to its valid ballots refused. */
    @POST
    @Consumes("application/json")
    public Response record(@HeaderParam("Idempotency-Key") String idempotencyKey, String body)
            throws JsonProcessingException {
        Response reused = reusedKey(idempotencyKey, "vote " + body);
        if (reused != null) {
            return reused;
        }
        Map<String, Object> vote = JSON.readValue(body, new TypeReference<Map<String, Object>>() {});
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> results = (List<Map<String, Object>>) vote.get("results");
        CALLS.add("vote " + vote.get("organizationId") + " " + vote.get("body") + " on " + vote.get("votedOn") + " "
                + vote.get("present") + "/" + vote.get("summoned") + " " + results + " key " + idempotencyKey);
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            Map<String, Object> row = results.get(i);
            if (count(row, "high") + count(row, "trust") + count(row, "low") != count(row, "validBallots")) {
                errors.add("""
                        {"field":"results[%d]","message":"số phiếu tín nhiệm cao, tín nhiệm và tín nhiệm thấp phải bằng số phiếu hợp lệ"}""".formatted(i));
            }
        }
        if (!errors.isEmpty()) {
            return Response.status(422)
                    .type("application/problem+json")
                    .entity("""
                            {"type":"https://partybloc.vn/problems/domain-rule","title":"Vi phạm quy tắc","status":422,
                             "detail":"Số phiếu không khớp nhau","rule":"CV-COUNTS","errors":[%s]}""".formatted(String.join(",", errors)))
                    .build();
        }
        Map<String, Object> recorded = decided(vote);
        RECORDED.add(recorded);
        return Response.status(201).entity(JSON.writeValueAsString(recorded)).build();
    }

    private static Map<String, Object> ballots(String name, String post, int valid, int high, int trust, int low) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("memberId", memberId(name).toString());
        row.put("positionTitle", post);
        row.put("ballotsIssued", valid);
        row.put("ballotsReturned", valid);
        row.put("validBallots", valid);
        row.put("invalidBallots", 0);
        row.put("high", high);
        row.put("trust", trust);
        row.put("low", low);
        return row;
    }

    /** The vote with its id, validity, and each row's shares of the ballots returned and flag, as the API computes them. */
    private static Map<String, Object> decided(Map<String, Object> vote) {
        vote.put("id", UUID.randomUUID().toString());
        vote.put("valid", count(vote, "present") * 3 >= count(vote, "summoned") * 2);
        vote.put("version", 0);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> results = (List<Map<String, Object>>) vote.get("results");
        List<Map<String, Object>> decided = new ArrayList<>();
        for (Map<String, Object> ballots : results) {
            Map<String, Object> row = new LinkedHashMap<>(ballots);
            int returned = count(row, "ballotsReturned");
            for (String level : List.of("high", "trust", "low")) {
                row.put(level + "Percent", share(count(row, level), returned));
            }
            int low = count(row, "low");
            row.put(
                    "flag",
                    low * 3 >= returned * 2 ? "DISMISSAL" : low * 2 > returned ? "REMOVE_FROM_PLANNING" : "NONE");
            decided.add(row);
        }
        vote.put("results", decided);
        return vote;
    }

    private static BigDecimal share(int part, int whole) {
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    private static int count(Map<String, Object> fields, String name) {
        return ((Number) fields.get(name)).intValue();
    }
}
