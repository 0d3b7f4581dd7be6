package vn.partybloc.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The demo's complaints and denunciations of 2024 (issue 20), about its latest discipline cases: a complaint about the
 * cell of one, taken up and found unfounded by the inspection committee of the grassroots committee above it, and a denunciation of
 * the member of the case still open, to the Bloc's inspection committee, taken up and still unresolved past its 90 days
 * at the year's end. The names are made up. Loaded once: a Bloc with complaints keeps them.
 */
final class DemoComplaintsLoader {

    /** Domain rule 6 as `CMP-ASSIGNEE` applies it: the organization types that have an inspection committee. */
    private static final Set<String> INSPECTED_LEVELS = Set.of("GRASSROOTS_COMMITTEE", "BLOC_COMMITTEE");

    private final ApiClient api;
    private final DemoIds ids;

    DemoComplaintsLoader(ApiClient api, DemoIds ids) {
        this.api = api;
        this.ids = ids;
    }

    void load() throws Exception {
        if (api.get("/api/v1/complaints?size=1").path("total").asLong() > 0) {
            Console.info("  complaints are already loaded");
        } else {
            JsonNode cases = api.get("/api/v1/discipline-cases?organizationId=" + ids.bloc() + "&year=2024&size=2")
                    .path("items");
            String cell = cases.get(1).path("organizationId").asText();
            String complaint = receive(Map.of(
                    "kind", "COMPLAINT",
                    "receivedOn", "2024-04-08",
                    "subjectOrganizationId", cell,
                    "content", "Khiếu nại việc chi bộ phân công nhiệm vụ (dữ liệu minh họa)",
                    "complainantName", "Đảng viên khiếu nại (dữ liệu minh họa)",
                    "assignedOrganizationId", withInspectionCommittee(cell)));
            acknowledge(complaint, "2024-04-15");
            api.post(
                    "/api/v1/complaints/" + complaint + "/resolution",
                    ApiClient.json(Map.of(
                            "outcome", "UNFOUNDED",
                            "conclusion", "Nội dung khiếu nại không có cơ sở (dữ liệu minh họa)",
                            "decisionNumber", "08-KL/UBKT",
                            "resolvedOn", "2024-06-10")));
            String denunciation = receive(Map.of(
                    "kind", "DENUNCIATION",
                    "receivedOn", "2024-09-02",
                    "subjectMemberId", cases.get(0).path("memberId").asText(),
                    "content", "Tố cáo đảng viên vi phạm những điều đảng viên không được làm (dữ liệu minh họa)",
                    "complainantName", "Người tố cáo (dữ liệu minh họa)",
                    "assignedOrganizationId", ids.bloc().toString()));
            acknowledge(denunciation, "2024-09-09");
        }
        JsonNode report = api.get(
                "/api/v1/discipline-cases/report?organizationId=" + ids.bloc() + "&from=2024-01-01&to=2024-12-31");
        Console.info(String.format(
                "  complaints and denunciations 2024: received %s, resolved %s, overdue at the year's end %s",
                report.path("complaintsReceived"),
                report.path("complaintsResolved"),
                report.path("complaintsOverdueAtEnd")));
    }

    /** The nearest organization above {@code organization} that has an inspection committee (domain rule 6). */
    private String withInspectionCommittee(String organization) throws Exception {
        JsonNode above = api.get("/api/v1/organizations/" + organization);
        do {
            above = api.get("/api/v1/organizations/" + above.path("parentId").asText());
        } while (!INSPECTED_LEVELS.contains(above.path("type").asText()));
        return above.path("id").asText();
    }

    private String receive(Map<String, String> fields) throws Exception {
        Map<String, Object> complaint = new LinkedHashMap<>(fields);
        complaint.put("channel", "LETTER");
        return api.post("/api/v1/complaints", ApiClient.json(complaint))
                .path("id")
                .asText();
    }

    private void acknowledge(String complaint, String on) throws Exception {
        api.post("/api/v1/complaints/" + complaint + "/acknowledgement", ApiClient.json(Map.of("acknowledgedOn", on)));
    }
}
