package vn.partybloc.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import vn.partybloc.e2e.contract.Operations;

/**
 * Runs after every journey class (the last {@code @Order}), on what they all sent and received through
 * {@link Gateway#contract()} in this JVM.
 */
@Order(Integer.MAX_VALUE)
class ContractCoverageIT extends Journey {

    /**
     * Runs last: every {@code Location} the journeys received names the gateway and can be read there, no call
     * mismatched the merged document, and every creating operation of the merged document (a POST whose 201 declares
     * {@code Location}) was called by some journey.
     */
    @Test
    void everyLocationNamesTheGatewayAndEveryCreatingOperationIsExercised() {
        Map<Operations.Operation, List<String>> seen =
                Gateway.contract().locations().seen();
        List<String> unreadable = unreadableLocations(seen, LocalStack.login("admin"));
        System.out.println("[e2e] calls: " + Gateway.contract().calls());
        System.out.println("[e2e] Location headers received: " + seen);
        System.out.println(
                "[e2e] known mismatches tolerated: " + Gateway.contract().tolerated());
        assertEquals(List.of(), Gateway.contract().mismatches(), "calls that did not match the merged document");
        assertEquals(
                List.of(),
                Gateway.contract().staleKnownMismatches(),
                "known mismatches that no call shows any more: remove them from Gateway.KNOWN_MISMATCHES");
        assertFalse(seen.isEmpty(), "the journeys received no Location at all");
        seen.forEach((operation, locations) -> locations.forEach(location -> assertTrue(
                location.startsWith(Gateway.BASE_URL + "/"),
                operation + " answered Location " + location + ", not through the gateway " + Gateway.BASE_URL)));
        Set<Operations.Operation> creating = Gateway.contract().operations().creating();
        Set<Operations.Operation> notExercised = creating.stream()
                .filter(operation -> !seen.containsKey(operation))
                .collect(Collectors.toSet());
        System.out.println("[e2e] creating operations: " + creating.size() + ", not exercised: " + notExercised);
        assertEquals(Set.of(), notExercised, "creating operations no journey called: add a journey");
        assertEquals(List.of(), unreadable, "Locations that an admin cannot read through the gateway");
    }

    /** Follows each {@code Location} through the gateway (checked against the document) and lists those not 200. */
    private static List<String> unreadableLocations(Map<Operations.Operation, List<String>> seen, String token) {
        List<String> unreadable = new ArrayList<>();
        int followed = 0;
        for (Map.Entry<Operations.Operation, List<String>> entry : seen.entrySet()) {
            for (String location : entry.getValue()) {
                if (!location.startsWith(Gateway.BASE_URL + "/")) {
                    continue; // reported by the gateway check
                }
                followed++;
                int status =
                        Gateway.following().auth().oauth2(token).get(location).statusCode();
                if (status != 200) {
                    unreadable.add(entry.getKey() + ": GET " + location + " → " + status);
                }
            }
        }
        System.out.println("[e2e] Locations followed: " + followed + ", not readable: " + unreadable.size());
        return unreadable;
    }
}
