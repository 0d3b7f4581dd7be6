package vn.partybloc.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import vn.partybloc.launcher.demo.DemoDataset;
import vn.partybloc.launcher.demo.Member;
import vn.partybloc.launcher.demo.RegisterHistory;

/**
 * The demo's register through its history: the members of 2021-01-01 imported into the tree of 2020 before the
 * changes, the members each split lists per part, then, once member-service has followed the changes (members carried
 * out with their organizations, into merge targets and split parts, from its events), the moves into the cells founded
 * during the history.
 */
final class DemoRegisterLoader {

    private static final long WAIT_NANOS = 300_000_000_000L;

    private final ApiClient api;
    private final UUID bloc;
    private final Function<String, UUID> organizations;
    private final Map<String, UUID> members = new HashMap<>();

    DemoRegisterLoader(ApiClient api, UUID bloc, Function<String, UUID> organizations) {
        this.api = api;
        this.bloc = bloc;
        this.organizations = organizations;
    }

    /** The register of 2021-01-01, in the tree of 2020, once member-service knows its last cell. */
    void importAtStart(RegisterHistory register, String lastCell) throws Exception {
        long t = System.nanoTime();
        List<Member> atStart = register.atStart();
        awaitMemberServiceKnows(organizations.apply(lastCell));
        MemberFiles.importAll(api, atStart, organizations, "members of 2021-01-01");
        members.putAll(MemberFiles.ids(api, bloc, MemberFiles.nationalIds(atStart)));
        Console.info(String.format("  register of 2021-01-01 loaded in %.1f s", (System.nanoTime() - t) / 1e9));
    }

    /** Per split part (by code), the member-service ids of the members the split lists in it. */
    Map<String, List<UUID>> splitMembers(RegisterHistory register) {
        Map<String, List<UUID>> parts = new HashMap<>();
        register.splitParts()
                .forEach((part, nationalIds) ->
                        parts.put(part, nationalIds.stream().map(members::get).toList()));
        return parts;
    }

    /**
     * Waits until member-service has recorded the members who left with their organizations and moved those of the
     * merged and split cells, then moves the members of the founded cells.
     */
    void followTheChanges(RegisterHistory register, long leftWithOrganizations, long carriedByChanges)
            throws Exception {
        long t = System.nanoTime();
        String movements = "/api/v1/members/movements?organizationId=" + bloc + "&from=" + RegisterHistory.START
                + "&to="
                + DemoDataset.AS_OF;
        long deadline = System.nanoTime() + WAIT_NANOS;
        for (int polls = 0; ; polls++) {
            JsonNode report = api.get(movements);
            long left = report.path("transferredOut").path("withOrganization").asLong();
            long moved = report.path("byKind").path("MOVED").asLong();
            if (left == leftWithOrganizations && moved >= carriedByChanges) {
                break;
            }
            if (polls % 10 == 0) {
                Console.info(String.format(
                        "  member-service following the changes: %,d / %,d left, %,d / %,d moved",
                        left, leftWithOrganizations, moved, carriedByChanges));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("member-service has recorded " + left + " of " + leftWithOrganizations
                        + " members leaving with their organizations and " + moved + " of " + carriedByChanges
                        + " moved by merges and splits");
            }
            Thread.sleep(1000);
        }
        Console.info(String.format(
                "  member-service followed the changes in %.1f s: %,d members left with their organizations, %,d"
                        + " moved by merges and splits",
                (System.nanoTime() - t) / 1e9, leftWithOrganizations, carriedByChanges));
        for (RegisterHistory.Move move : register.moves()) {
            api.post(
                    "/api/v1/members/" + members.get(move.nationalId()) + "/moves",
                    ApiClient.json(Map.of(
                            "toOrganizationId",
                            organizations.apply(move.toCellCode()).toString(),
                            "date",
                            move.on().toString(),
                            "decisionNumber",
                            move.decisionNumber())));
        }
        Console.info("  " + register.moves().size() + " members moved into the cells founded since 2021");
    }

    /** member-service learns of organizations from events: wait until it knows this one. */
    private void awaitMemberServiceKnows(UUID organization) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (api.getRaw("/api/v1/committees?organizationId=" + organization).statusCode() != 200) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("member-service has not learnt of " + organization + " within 120 s");
            }
            Thread.sleep(500);
        }
    }
}
