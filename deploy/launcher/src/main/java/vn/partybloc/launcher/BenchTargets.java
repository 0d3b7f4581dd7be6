package vn.partybloc.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the benchmark reads, taken from the running stack: organizations and members to read one by one, the Bloc, one
 * grassroots committee, and a family name to search for without its accents.
 */
record BenchTargets(
        List<String> organizations, List<String> members, String bloc, String grassrootsCommittee, String searchTerm) {

    private static final int POINT_READS = 200;

    static BenchTargets read(ApiClient api) throws Exception {
        JsonNode blocs =
                api.get("/api/v1/organizations?type=BLOC_COMMITTEE&size=1").path("items");
        JsonNode committees = api.get("/api/v1/organizations?type=GRASSROOTS_COMMITTEE&size=1")
                .path("items");
        JsonNode members = api.get("/api/v1/members?size=" + POINT_READS).path("items");
        if (blocs.isEmpty() || committees.isEmpty() || members.isEmpty()) {
            throw new IllegalStateException(
                    "The stack holds no Bloc, grassroots committee or member to read: load the demo first (./run.sh demo)");
        }
        String bloc = blocs.get(0).path("id").asText();
        JsonNode organizations = api.get("/api/v1/organizations/" + bloc + "/subtree?size=" + POINT_READS)
                .path("items");
        return new BenchTargets(
                ids(organizations),
                ids(members),
                bloc,
                committees.get(0).path("id").asText(),
                familyName(members.get(0).path("fullName").asText()));
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.path("id").asText()));
        return List.copyOf(ids);
    }

    /** "Nguyễn Văn An" → "nguyen": a search as a user types it, without the accents the stored name has. */
    static String familyName(String fullName) {
        String first = fullName.strip().split("\\s+")[0];
        return Normalizer.normalize(first, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('đ', 'd')
                .replace('Đ', 'D')
                .toLowerCase(Locale.ROOT);
    }
}
