package vn.partybloc.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import vn.partybloc.launcher.demo.Member;

/**
 * Members through member-service's CSV import (upsert by national id, files of at most 5,000 rows), and their ids read
 * back by national id. A received member's row says {@code TRANSFERRED_IN} with its day and origin.
 */
final class MemberFiles {

    private static final int ROWS_PER_FILE = 5_000;
    private static final String HEADER = "fullName,birthName,dateOfBirth,gender,ethnicity,religion,hometown,nationalId,"
            + "partyCardNumber,dossierNumber,admittedOn,fullMemberSince,organizationId,generalEducation,degree,academicTitle,"
            + "politicalTheory,stateManagement,foreignLanguage,itSkill,jobTitle,headsHostUnit,decisionNumber,"
            + "entry,receivedOn,origin";

    private MemberFiles() {}

    /** Imports the members into the cells {@code cellId} names; a file with refused rows is sent again twice. */
    static void importAll(ApiClient api, List<Member> members, Function<String, UUID> cellId, String what)
            throws Exception {
        for (int attempt = 1; ; attempt++) {
            int failed = 0;
            for (int from = 0; from < members.size(); from += ROWS_PER_FILE) {
                List<Member> part = members.subList(from, Math.min(members.size(), from + ROWS_PER_FILE));
                StringBuilder csv = new StringBuilder(HEADER).append('\n');
                for (Member m : part) {
                    csv.append(row(m, cellId.apply(m.cellCode()))).append('\n');
                }
                JsonNode job = BulkImport.run(
                        api,
                        "/api/v1/members/imports",
                        csv.toString(),
                        String.format("%s %,d–%,d", what, from + 1, from + part.size()));
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

    static List<String> nationalIds(List<Member> members) {
        return members.stream().map(Member::nationalId).toList();
    }

    /**
     * member-service's ids of the members with these national ids, read from the list of the Bloc's members (every
     * status: also those who have left); all must be there.
     */
    static Map<String, UUID> ids(ApiClient api, UUID bloc, Collection<String> nationalIds) throws Exception {
        Set<String> wanted = new HashSet<>(nationalIds);
        Map<String, UUID> ids = new HashMap<>();
        for (int page = 0; ; page++) {
            JsonNode body = api.get(
                    "/api/v1/members?organizationId=" + bloc + "&includeDescendants=true&size=500&page=" + page);
            for (JsonNode m : body.path("items")) {
                String nationalId = m.path("nationalId").asText();
                if (wanted.contains(nationalId)) {
                    ids.put(nationalId, UUID.fromString(m.path("id").asText()));
                }
            }
            if ((page + 1) * 500L >= body.path("total").asLong()) {
                break;
            }
        }
        if (ids.size() < wanted.size()) {
            throw new IllegalStateException(
                    (wanted.size() - ids.size()) + " demo members are not listed by member-service");
        }
        return ids;
    }

    private static String row(Member m, UUID cell) {
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
                cell,
                m.generalEducation(),
                m.degree(),
                m.academicTitle(),
                m.politicalTheory(),
                m.stateManagement(),
                m.foreignLanguage(),
                m.itSkill(),
                m.jobTitle(),
                m.headsHostUnit() ? "true" : "",
                m.decisionNumber(),
                m.isReceived() ? "TRANSFERRED_IN" : "ADMITTED",
                m.receivedOn(),
                m.origin());
    }

    /** One CSV row: absent values as empty cells, a value with a comma or a quote quoted. */
    static String row(Object... values) {
        List<String> cells = new ArrayList<>(values.length);
        for (Object value : values) {
            String cell = value == null ? "" : value.toString();
            cells.add(cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
        }
        return String.join(",", cells);
    }
}
