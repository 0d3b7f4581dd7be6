package vn.partybloc.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plausible year of discipline in the demo Bloc (issue 20), in 2024, after the rated years: cells reprimand two of
 * their members and warn one, a grassroots committee's inspection committee warns one, the Bloc's standing committee
 * expels one, and one case is still open at the year's end. The member the inspection committee warned appeals to the
 * committee's standing committee, which upholds the warning. The members are the first full members of subordinate
 * cells on the register, so every form is one their body may decide. The Bloc's inspection committee also reprimands
 * one of those cells, which stopped holding its monthly meetings (QĐ 22-QĐ/TW, Điều 12). Loaded once: a Bloc with
 * cases keeps them.
 */
final class DemoDisciplineLoader {

    private record Plan(
            String bodyKind,
            boolean bodyAboveCell,
            String form,
            String category,
            String openedOn,
            String decidedOn,
            String appealedOn,
            String upheldOn) {

        Plan(String bodyKind, boolean bodyAboveCell, String form, String category, String openedOn, String decidedOn) {
            this(bodyKind, bodyAboveCell, form, category, openedOn, decidedOn, null, null);
        }
    }

    private static final List<Plan> PLANS = List.of(
            new Plan("CELL", false, "REPRIMAND", "PARTY_ACTIVITIES", "2024-02-19", "2024-03-12"),
            new Plan("CELL", false, "REPRIMAND", "PARTY_ACTIVITIES", "2024-04-22", "2024-05-20"),
            new Plan("CELL", false, "WARNING", "POLITICS_ETHICS_LIFESTYLE", "2024-05-27", "2024-06-18"),
            new Plan(
                    "INSPECTION_COMMITTEE",
                    true,
                    "WARNING",
                    "ASSIGNED_TASKS",
                    "2024-07-15",
                    "2024-09-10",
                    "2024-09-30",
                    "2024-11-08"),
            new Plan("STANDING_COMMITTEE", true, "EXPULSION", "CORRUPTION_WASTE", "2024-08-05", "2024-10-15"),
            new Plan("CELL", false, null, "PARTY_ACTIVITIES", "2024-11-25", null));

    private final ApiClient api;
    private final DemoIds ids;
    private final Map<String, JsonNode> organizations = new HashMap<>();

    DemoDisciplineLoader(ApiClient api, DemoIds ids) {
        this.api = api;
        this.ids = ids;
    }

    void load() throws Exception {
        if (api.get("/api/v1/discipline-cases?size=1").path("total").asLong() > 0) {
            Console.info("  discipline cases are already loaded");
        } else {
            List<JsonNode> members = membersOfSubordinateCells(PLANS.size());
            for (int i = 0; i < PLANS.size(); i++) {
                record(PLANS.get(i), members.get(i));
            }
        }
        if (api.get("/api/v1/organization-discipline-cases?size=1")
                        .path("total")
                        .asLong()
                == 0) {
            reprimandACell(
                    membersOfSubordinateCells(1).get(0).path("organizationId").asText());
        }
        JsonNode report = api.get(
                "/api/v1/discipline-cases/report?organizationId=" + ids.bloc() + "&from=2024-01-01&to=2024-12-31");
        Console.info(String.format(
                "  discipline 2024: %d cases opened, %d decided %s, %d open at the year's end, %d appeal(s) %s;"
                        + " %d organization(s) disciplined %s",
                report.path("opened").asInt(),
                report.path("decided").asInt(),
                report.path("byForm"),
                report.path("openAtEnd").asInt(),
                report.path("appealsLodged").asInt(),
                report.path("appealsResolved"),
                report.path("organizationCases").path("decided").asInt(),
                report.path("organizationCases").path("byForm")));
    }

    private void record(Plan plan, JsonNode member) throws Exception {
        String cell = member.path("organizationId").asText();
        String body = plan.bodyAboveCell()
                ? (plan.bodyKind().equals("STANDING_COMMITTEE") ? ids.bloc().toString() : parentOf(cell))
                : cell;
        Map<String, Object> opening = new LinkedHashMap<>();
        opening.put("memberId", member.path("id").asText());
        opening.put("violation", "Vi phạm được nêu trong hồ sơ vụ việc (dữ liệu minh họa)");
        opening.put("category", plan.category());
        opening.put("violatedOn", plan.openedOn().substring(0, 4) + "-01-15");
        opening.put("bodyKind", plan.bodyKind());
        opening.put("bodyOrganizationId", body);
        opening.put("openedOn", plan.openedOn());
        String id = api.post("/api/v1/discipline-cases", ApiClient.json(opening))
                .path("id")
                .asText();
        if (plan.form() != null) {
            Map<String, Object> decision = new LinkedHashMap<>();
            decision.put("form", plan.form());
            decision.put("decisionNumber", (PLANS.indexOf(plan) + 11) + "-QĐ/KL");
            decision.put("decidedOn", plan.decidedOn());
            api.post("/api/v1/discipline-cases/" + id + "/decisions", ApiClient.json(decision));
        }
        if (plan.appealedOn() != null) {
            appealUpheld(id, body, plan);
        }
    }

    private void reprimandACell(String cell) throws Exception {
        Map<String, Object> opening = new LinkedHashMap<>();
        opening.put("organizationId", cell);
        opening.put("violation", "Không duy trì sinh hoạt chi bộ định kỳ hằng tháng (dữ liệu minh họa)");
        opening.put("category", "PARTY_ACTIVITIES");
        opening.put("violatedOn", "2024-01-15");
        opening.put("bodyKind", "INSPECTION_COMMITTEE");
        opening.put("bodyOrganizationId", ids.bloc().toString());
        opening.put("openedOn", "2024-06-10");
        String id = api.post("/api/v1/organization-discipline-cases", ApiClient.json(opening))
                .path("id")
                .asText();
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("form", "REPRIMAND");
        decision.put("decisionNumber", "31-QĐ/UBKT");
        decision.put("decidedOn", "2024-08-20");
        api.post("/api/v1/organization-discipline-cases/" + id + "/decisions", ApiClient.json(decision));
    }

    /** The member appeals to the standing committee over the inspection committee that decided; it upholds. */
    private void appealUpheld(String disciplineCase, String body, Plan plan) throws Exception {
        Map<String, Object> appeal = new LinkedHashMap<>();
        appeal.put("lodgedOn", plan.appealedOn());
        appeal.put("bodyKind", "STANDING_COMMITTEE");
        appeal.put("bodyOrganizationId", body);
        String id = api.post("/api/v1/discipline-cases/" + disciplineCase + "/appeals", ApiClient.json(appeal))
                .path("id")
                .asText();
        Map<String, Object> resolution = new LinkedHashMap<>();
        resolution.put("outcome", "UPHELD");
        resolution.put("decisionNumber", "21-QĐ/ĐU");
        resolution.put("resolvedOn", plan.upheldOn());
        api.post(
                "/api/v1/discipline-cases/" + disciplineCase + "/appeals/" + id + "/resolution",
                ApiClient.json(resolution));
    }

    /** Full members on the register, each of another subordinate cell (whose parent is a grassroots committee). */
    private List<JsonNode> membersOfSubordinateCells(int count) throws Exception {
        JsonNode page = api.get("/api/v1/members?organizationId=" + ids.bloc()
                + "&includeDescendants=true&status=ACTIVE&kind=FULL&size=200");
        List<JsonNode> chosen = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        for (JsonNode member : page.path("items")) {
            String cell = member.path("organizationId").asText();
            if (chosen.size() < count && !cells.contains(cell) && isSubordinateCell(cell)) {
                chosen.add(member);
                cells.add(cell);
            }
        }
        if (chosen.size() < count) {
            throw new IllegalStateException("the demo Bloc has too few subordinate cells with full members");
        }
        return chosen;
    }

    private boolean isSubordinateCell(String organization) throws Exception {
        return organization(organization).path("type").asText().equals("SUBORDINATE_CELL");
    }

    private String parentOf(String organization) throws Exception {
        return organization(organization).path("parentId").asText();
    }

    /** The organization as the API answers it, asked once. */
    private JsonNode organization(String id) throws Exception {
        JsonNode known = organizations.get(id);
        if (known == null) {
            known = api.get("/api/v1/organizations/" + id);
            organizations.put(id, known);
        }
        return known;
    }
}
