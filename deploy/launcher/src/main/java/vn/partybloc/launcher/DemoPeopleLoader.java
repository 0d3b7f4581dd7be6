package vn.partybloc.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import vn.partybloc.launcher.demo.Committee;
import vn.partybloc.launcher.demo.DemoDataset;
import vn.partybloc.launcher.demo.Member;
import vn.partybloc.launcher.demo.Position;

/**
 * The demo's members through member-service's CSV import (upsert by national id, files of at most 5,000 rows), then
 * the committees of the 2020–2025 term (created unless there) and their seats through the positions import.
 */
final class DemoPeopleLoader {

    private static final int ROWS_PER_FILE = 5_000;
    private static final String MEMBER_HEADER =
            "fullName,birthName,dateOfBirth,gender,ethnicity,religion,hometown,nationalId,"
                    + "partyCardNumber,dossierNumber,admittedOn,fullMemberSince,organizationId,generalEducation,degree,academicTitle,"
                    + "politicalTheory,stateManagement,foreignLanguage,itSkill,jobTitle,headsHostUnit,decisionNumber";
    private static final String POSITION_HEADER =
            "memberNationalId,committeeId,position,appointment,decisionNumber,decisionDate,"
                    + "startsOn,endsOn,endReason";

    private final ApiClient api;
    private final DemoIds ids;

    DemoPeopleLoader(ApiClient api, DemoIds ids) {
        this.api = api;
        this.ids = ids;
    }

    void load(DemoDataset demo) throws Exception {
        long t = System.nanoTime();
        awaitMemberServiceKnowsTheCells(demo.members());
        importMembers(demo.members());
        readMemberIds(demo.members());
        Console.info(String.format("  members loaded in %.1f s", (System.nanoTime() - t) / 1e9));

        t = System.nanoTime();
        loadCommittees(demo.committees(), demo.positions());
        Console.info(
                String.format("  committees and committee members loaded in %.1f s", (System.nanoTime() - t) / 1e9));
        JsonNode stats = api.get("/api/v1/members/statistics?organizationId=" + ids.bloc());
        Console.info("  member-service statistics of the Bloc: members "
                + stats.path("members").path("total").asLong()
                + ", committee members "
                + stats.path("committeeMembers").path("total").asLong()
                + " (grassroots "
                + stats.path("grassrootsCommitteeMembers").path("total").asLong()
                + ", meeting the configured standard "
                + stats.path("grassrootsCommitteeMembers")
                        .path("meetingStandardShare")
                        .asDouble() + "%)"
                + ", doctors "
                + stats.path("committeeMembers").path("doctorShare").asDouble() + "%"
                + ", masters "
                + stats.path("committeeMembers").path("masterShare").asDouble() + "%"
                + ", associate professors "
                + stats.path("committeeMembers")
                        .path("byAcademicTitle")
                        .path("ASSOCIATE_PROFESSOR")
                        .asLong());
    }

    // ---- members ----

    /** member-service learns of organizations from events: wait until it knows the last cells. */
    private void awaitMemberServiceKnowsTheCells(List<Member> members) throws Exception {
        List<String> cells = members.stream().map(Member::cellCode).distinct().toList();
        long deadline = System.nanoTime() + 120_000_000_000L;
        for (String code : cells.subList(Math.max(0, cells.size() - 5), cells.size())) {
            UUID cell = ids.organization(code);
            while (api.getRaw("/api/v1/committees?organizationId=" + cell).statusCode() != 200) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("member-service has not learnt of cell " + cell + " within 120 s");
                }
                Thread.sleep(500);
            }
        }
    }

    private void importMembers(List<Member> members) throws Exception {
        for (int attempt = 1; ; attempt++) {
            int failed = 0;
            for (int from = 0; from < members.size(); from += ROWS_PER_FILE) {
                List<Member> part = members.subList(from, Math.min(members.size(), from + ROWS_PER_FILE));
                StringBuilder csv = new StringBuilder(MEMBER_HEADER).append('\n');
                for (Member m : part) {
                    csv.append(memberRow(m)).append('\n');
                }
                JsonNode job = BulkImport.run(
                        api,
                        "/api/v1/members/imports",
                        csv.toString(),
                        String.format("members %,d–%,d", from + 1, from + part.size()));
                failed += job.path("failedRows").asInt();
            }
            if (failed == 0) {
                return;
            }
            if (attempt == 3) {
                throw new IllegalStateException(failed + " member rows refused");
            }
            Console.warn("  " + failed + " rows refused (organizations not yet replicated?); importing again in 10 s");
            Thread.sleep(10_000);
        }
    }

    private String memberRow(Member m) {
        return row(
                m.fullName(),
                "", // birthName
                m.dateOfBirth(),
                m.gender(),
                m.ethnicity(),
                m.religion(),
                m.hometown(),
                m.nationalId(),
                m.partyCardNumber(),
                m.dossierNumber(),
                m.admittedOn(),
                m.fullMemberSince(),
                ids.organization(m.cellCode()),
                m.generalEducation(),
                m.degree(),
                m.academicTitle(),
                m.politicalTheory(),
                m.stateManagement(),
                m.foreignLanguage(),
                m.itSkill(),
                m.jobTitle(),
                m.headsHostUnit() ? "true" : "",
                m.decisionNumber());
    }

    private void readMemberIds(List<Member> members) throws Exception {
        Map<String, Member> demo = new HashMap<>();
        members.forEach(m -> demo.put(m.nationalId(), m));
        for (int page = 0; ; page++) {
            JsonNode body = api.get(
                    "/api/v1/members?organizationId=" + ids.bloc() + "&includeDescendants=true&size=500&page=" + page);
            for (JsonNode m : body.path("items")) {
                String nationalId = m.path("nationalId").asText();
                if (demo.containsKey(nationalId)) {
                    ids.member(nationalId, UUID.fromString(m.path("id").asText()));
                }
            }
            if ((page + 1) * 500L >= body.path("total").asLong()) {
                break;
            }
        }
        long missing =
                members.stream().filter(m -> !ids.knowsMember(m.nationalId())).count();
        if (missing > 0) {
            throw new IllegalStateException(missing + " demo members are not listed by member-service");
        }
    }

    // ---- committees and positions ----

    private void loadCommittees(List<Committee> committees, List<Position> positions) throws Exception {
        Map<String, List<Committee>> byOrganization = new LinkedHashMap<>();
        committees.forEach(c -> byOrganization
                .computeIfAbsent(c.organizationCode(), k -> new ArrayList<>())
                .add(c));
        int created = 0;
        for (Map.Entry<String, List<Committee>> organization : byOrganization.entrySet()) {
            UUID organizationId = ids.organization(organization.getKey());
            Map<String, UUID> existing = new HashMap<>();
            for (JsonNode c : api.get("/api/v1/committees?organizationId=" + organizationId)) {
                if (c.path("termStartYear").asInt() == 2020) {
                    existing.put(
                            c.path("kind").asText(),
                            UUID.fromString(c.path("id").asText()));
                }
            }
            for (Committee committee : organization.getValue()) {
                UUID id = existing.get(committee.kind());
                if (id == null) {
                    id = UUID.fromString(api.post(
                                    "/api/v1/committees",
                                    ApiClient.json(Map.of(
                                            "organizationId",
                                            organizationId.toString(),
                                            "kind",
                                            committee.kind(),
                                            "termStartYear",
                                            committee.termStartYear(),
                                            "termEndYear",
                                            committee.termEndYear())))
                            .path("id")
                            .asText());
                    created++;
                }
                ids.committee(committee.organizationCode(), committee.kind(), id);
            }
        }
        Console.info(String.format("  committees (term 2020–2025)  %d, %d new", ids.committees(), created));
        // Standing-committee members must already hold a seat on the executive: two files, the executive ones first.
        Predicate<Position> standing = Position::onStandingCommittee;
        BulkImport.run(
                api,
                "/api/v1/positions/imports",
                positions(positions, standing.negate()),
                "positions (executive, cell, inspection)");
        BulkImport.run(
                api, "/api/v1/positions/imports", positions(positions, standing), "positions (standing committees)");
    }

    private String positions(List<Position> positions, Predicate<Position> which) {
        StringBuilder csv = new StringBuilder(POSITION_HEADER).append('\n');
        for (Position p : positions) {
            if (which.test(p)) {
                csv.append(row(
                                p.memberNationalId(),
                                ids.committee(p.organizationCode(), p.committeeKind()),
                                p.position(),
                                p.appointment(),
                                p.decisionNumber(),
                                p.decisionDate(),
                                p.startsOn(),
                                "", // endsOn
                                "")) // endReason
                        .append('\n');
            }
        }
        return csv.toString();
    }

    /** One CSV row: absent values as empty cells, a value with a comma or a quote quoted. */
    private static String row(Object... values) {
        List<String> cells = new ArrayList<>(values.length);
        for (Object value : values) {
            String cell = value == null ? "" : value.toString();
            cells.add(cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
        }
        return String.join(",", cells);
    }
}
