package vn.partybloc.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.partybloc.kernel.BlocZone;
import vn.partybloc.kernel.Terms;
import vn.partybloc.launcher.demo.DemoDataset;
import vn.partybloc.launcher.demo.Member;
import vn.partybloc.launcher.demo.OrganizationChange;
import vn.partybloc.launcher.demo.OrganizationChange.Founding;
import vn.partybloc.launcher.demo.OrganizationChange.Merge;
import vn.partybloc.launcher.demo.OrganizationChange.Split;
import vn.partybloc.launcher.demo.OrganizationHistory;
import vn.partybloc.launcher.demo.RegisterHistory;

/**
 * Sends the demo dataset through the gateway with the public API, part after part: organizations, members, committees
 * and positions, training, ratings, cell meetings, a year of discipline. Each part leaves what is there already, so
 * loading again changes nothing.
 */
final class DemoLoader {

    private final ApiClient api;

    DemoLoader(ApiClient api) {
        this.api = api;
    }

    /** Loads it all; answers the ids of the demo's organizations. */
    DemoIds load(DemoDataset demo) throws Exception {
        long began = System.nanoTime();
        DemoOrganizationsLoader organizations = new DemoOrganizationsLoader(api);
        UUID bloc = organizations.bloc(demo.organizations());
        if (organizations.loaded(bloc)) {
            Console.info("  demo organizations and their history are already loaded");
        } else {
            loadTheHistory(demo, organizations, bloc);
        }
        DemoIds ids = DemoIds.read(api, bloc);
        new DemoPeopleLoader(api, ids).load(demo);
        long t = System.nanoTime();
        new DemoTrainingLoader(api, ids).load(demo.courses());
        Console.info(String.format("  training loaded in %.1f s", (System.nanoTime() - t) / 1e9));
        new DemoRatingsLoader(api, ids).load(demo.ratings());
        new DemoMeetingsLoader(api, ids).load(demo);
        new DemoDisciplineLoader(api, ids).load();
        new DemoComplaintsLoader(api, ids).load();
        Console.info(String.format("  demo dataset loaded in %.1f s", (System.nanoTime() - began) / 1e9));
        return ids;
    }

    /**
     * The tree of 2020 with the register of 2021-01-01, then the changes of 2021 → 06/2023, which carry the members:
     * out with their organizations, into split parts and merge targets (member-service follows organization-service's
     * events), into founded cells by moves.
     */
    private void loadTheHistory(DemoDataset demo, DemoOrganizationsLoader organizations, UUID bloc) throws Exception {
        RegisterHistory register = demo.register();
        organizations.baseline(demo.organizations());
        DemoRegisterLoader members = new DemoRegisterLoader(api, bloc, organizations::id);
        List<Founding> baseline = demo.organizations().baseline();
        members.importAtStart(
                register, baseline.get(baseline.size() - 1).organization().code());
        organizations.changes(demo.organizations(), members.splitMembers(register));
        Set<String> stay = demo.members().stream().map(Member::nationalId).collect(Collectors.toSet());
        Set<String> carriedFrom = new HashSet<>();
        for (OrganizationChange change : demo.organizations().changes()) {
            if (change instanceof Split split) {
                carriedFrom.add(split.sourceCode());
            } else if (change instanceof Merge merge) {
                carriedFrom.addAll(merge.sourceCodes());
            }
        }
        long left = register.atStart().stream()
                .filter(m -> !stay.contains(m.nationalId()))
                .count();
        long carried = register.atStart().stream()
                .filter(m -> carriedFrom.contains(m.cellCode()))
                .count();
        members.followTheChanges(register, left, carried);
    }

    /**
     * Binds the demo users to real demo records (user attributes), through Keycloak's admin API: the secretary to a
     * grassroots committee and the party member who holds its secretary's position today (org_id and member_id: the
     * gateway lets a secretary in only while the register shows them in office, ADR 0012); the inspector to the Bloc
     * committee, whose inspection committee they serve (org_id: they read the denouncers of its denunciations).
     */
    static void bindUsers(Stack stack, ApiClient api, DemoIds ids) throws Exception {
        UUID organizationId = ids.organization(OrganizationHistory.SECRETARY_ORGANIZATION);
        UUID member = secretaryOf(api, organizationId);
        setAttributes(stack, "secretary", Map.of("org_id", organizationId, "member_id", member));
        Console.info("  secretary / secretary-demo is now member " + member + ", secretary of organization "
                + organizationId);
        setAttributes(stack, "inspector", Map.of("org_id", ids.bloc()));
        Console.info("  inspector / inspector-demo now serves on the inspection committee of the Bloc " + ids.bloc());
    }

    private static void setAttributes(Stack stack, String username, Map<String, UUID> attributes) throws Exception {
        String keycloak = "http://localhost:" + stack.keycloakPort();
        String admin = Keycloak.masterToken(keycloak, new LocalSecrets(stack.home()).get(LocalSecrets.KEYCLOAK_ADMIN));
        ObjectNode user = (ObjectNode) ApiClient.parse(Keycloak.adminApi(
                        keycloak, admin, "GET", "partybloc/users?username=" + username + "&exact=true", null))
                .get(0);
        attributes.forEach(
                (name, value) -> user.with("attributes").putArray(name).add(value.toString()));
        Keycloak.adminApi(
                keycloak, admin, "PUT", "partybloc/users/" + user.path("id").asText(), user.toString());
    }

    /** The party member holding today the position of secretary on a committee of the organization. */
    private static UUID secretaryOf(ApiClient api, UUID organizationId) throws Exception {
        LocalDate today = BlocZone.today();
        for (JsonNode committee : api.get("/api/v1/committees?organizationId=" + organizationId)) {
            for (JsonNode p :
                    api.get("/api/v1/committees/" + committee.path("id").asText() + "/positions")) {
                if (p.path("position").asText().equals("SECRETARY")
                        && Terms.includes(
                                p.path("startsOn").asText(), p.path("endsOn").asText(null), today)) {
                    return UUID.fromString(p.path("memberId").asText());
                }
            }
        }
        throw new IllegalStateException("The demo names no secretary of organization " + organizationId + " today");
    }
}
