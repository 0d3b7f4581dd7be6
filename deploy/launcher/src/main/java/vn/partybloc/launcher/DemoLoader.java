package vn.partybloc.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import vn.partybloc.launcher.demo.DemoDataset;
import vn.partybloc.launcher.demo.OrganizationHistory;

/**
 * Sends the demo dataset through the gateway with the public API, part after part: organizations, members, committees
 * and positions, training, ratings. Each part leaves what is there already, so loading again changes nothing.
 */
final class DemoLoader {

    private final ApiClient api;

    DemoLoader(ApiClient api) {
        this.api = api;
    }

    /** Loads it all; answers the id of the grassroots committee the demo secretary belongs to. */
    UUID load(DemoDataset demo) throws Exception {
        long began = System.nanoTime();
        UUID bloc = new DemoOrganizationsLoader(api).load(demo.organizations());
        DemoIds ids = DemoIds.read(api, bloc);
        new DemoPeopleLoader(api, ids).load(demo);
        long t = System.nanoTime();
        new DemoTrainingLoader(api, ids).load(demo.courses());
        Console.info(String.format("  training loaded in %.1f s", (System.nanoTime() - t) / 1e9));
        new DemoRatingsLoader(api, ids).load(demo.ratings());
        Console.info(String.format("  demo dataset loaded in %.1f s", (System.nanoTime() - began) / 1e9));
        return ids.organization(OrganizationHistory.SECRETARY_ORGANIZATION);
    }

    /** Binds the demo secretary to a real demo organization (user attribute org_id), through Keycloak's admin API. */
    static void bindSecretary(Stack stack, UUID organizationId) throws Exception {
        ObjectMapper json = new ObjectMapper();
        String keycloak = "http://localhost:" + stack.keycloakPort();
        String admin = ApiClient.token(
                keycloak + "/realms/master", "grant_type=password&client_id=admin-cli&username=admin&password=admin");
        HttpClient http = HttpClient.newHttpClient();
        String users = keycloak + "/admin/realms/partybloc/users";
        JsonNode found = json.readTree(http.send(
                        HttpRequest.newBuilder(URI.create(users + "?username=secretary&exact=true"))
                                .header("Authorization", "Bearer " + admin)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
        ObjectNode user = (ObjectNode) found.get(0);
        user.with("attributes").putArray("org_id").add(organizationId.toString());
        HttpResponse<String> updated = http.send(
                HttpRequest.newBuilder(URI.create(users + "/" + user.path("id").asText()))
                        .header("Authorization", "Bearer " + admin)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(user.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (updated.statusCode() >= 300) {
            throw new IllegalStateException(
                    "could not bind the secretary: " + updated.statusCode() + " " + updated.body());
        }
        Console.info("  secretary / secretary-demo now confined to organization " + organizationId);
    }
}
