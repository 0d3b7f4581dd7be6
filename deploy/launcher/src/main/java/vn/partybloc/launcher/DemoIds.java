package vn.partybloc.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import vn.partybloc.launcher.demo.Rating;

/**
 * The ids the services gave the demo's organizations, members and committees, which the dataset names by code,
 * national id and committee kind.
 */
final class DemoIds {

    private final UUID bloc;
    private final Map<String, UUID> organizations = new HashMap<>();
    private final Map<String, UUID> members = new HashMap<>();
    private final Map<String, UUID> committees = new HashMap<>();

    private DemoIds(UUID bloc) {
        this.bloc = bloc;
    }

    /**
     * The organizations of the Bloc as organization-service lists them: the active ones, and those of the tree of 2020
     * that have left since (rated for the years they were part of it).
     */
    static DemoIds read(ApiClient api, UUID bloc) throws Exception {
        DemoIds ids = new DemoIds(bloc);
        ids.readSubtree(api, "status=ACTIVE");
        ids.readSubtree(api, "asOf=2020-12-31");
        return ids;
    }

    private void readSubtree(ApiClient api, String filter) throws Exception {
        for (int page = 0; ; page++) {
            JsonNode body = api.get("/api/v1/organizations/" + bloc + "/subtree?" + filter + "&size=500&page=" + page);
            for (JsonNode o : body.path("items")) {
                organizations.putIfAbsent(
                        o.path("code").asText(), UUID.fromString(o.path("id").asText()));
            }
            if ((page + 1) * 500L >= body.path("total").asLong()) {
                return;
            }
        }
    }

    UUID bloc() {
        return bloc;
    }

    UUID organization(String code) {
        return require(organizations, code, "organization");
    }

    UUID member(String nationalId) {
        return require(members, nationalId, "member");
    }

    UUID committee(String organizationCode, String kind) {
        return require(committees, organizationCode + "/" + kind, "committee");
    }

    boolean knowsMember(String nationalId) {
        return members.containsKey(nationalId);
    }

    void member(String nationalId, UUID id) {
        members.put(nationalId, id);
    }

    void committee(String organizationCode, String kind, UUID id) {
        committees.put(organizationCode + "/" + kind, id);
    }

    int committees() {
        return committees.size();
    }

    UUID subject(Rating.Subject subject) {
        if (subject instanceof Rating.OrganizationSubject o) {
            return organization(o.code());
        }
        if (subject instanceof Rating.CommitteeSubject c) {
            return committee(c.organizationCode(), c.kind());
        }
        return member(((Rating.MemberSubject) subject).nationalId());
    }

    private static UUID require(Map<String, UUID> ids, String key, String what) {
        UUID id = ids.get(key);
        if (id == null) {
            throw new IllegalStateException("the demo's " + what + " " + key + " is not in the Bloc");
        }
        return id;
    }
}
