package vn.partybloc.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import vn.partybloc.launcher.demo.Decision;
import vn.partybloc.launcher.demo.DemoDataset;
import vn.partybloc.launcher.demo.NewOrganization;
import vn.partybloc.launcher.demo.OrganizationChange;
import vn.partybloc.launcher.demo.OrganizationChange.Founding;
import vn.partybloc.launcher.demo.OrganizationChange.Merge;
import vn.partybloc.launcher.demo.OrganizationChange.Split;
import vn.partybloc.launcher.demo.OrganizationChange.TransferIn;
import vn.partybloc.launcher.demo.OrganizationChange.TransferOut;
import vn.partybloc.launcher.demo.OrganizationHistory;

/**
 * The demo's organizations through organization-service: the Bloc (unless there is one), the tree of 2020, then the
 * changes of 2021 → 06/2023 in order, a split listing the members of each part. {@link DemoLoader} skips both when the
 * Bloc already has the demo's cells.
 */
final class DemoOrganizationsLoader {

    /** Organizations founded per request, the most one batch takes. */
    private static final int BATCH = 1000;

    private final ApiClient api;
    /** The ids of the organizations founded or received in this run, by code. */
    private final Map<String, UUID> ids = new HashMap<>();

    DemoOrganizationsLoader(ApiClient api) {
        this.api = api;
    }

    /** The Bloc (founded unless there is one); answers its id. */
    UUID bloc(OrganizationHistory history) throws Exception {
        return root(history.root());
    }

    /** Whether the Bloc already has the demo's cells (then nothing of the demo's history is sent again). */
    boolean loaded(UUID bloc) throws Exception {
        JsonNode counts = api.get("/api/v1/organizations/" + bloc + "/counts?asOf=" + DemoDataset.AS_OF);
        return counts.path("byType").path("SUBORDINATE_CELL").asInt() >= 1000;
    }

    /**
     * The tree of 2020, level by level in batches ({@code POST /organizations/batch}): each batch founds organizations
     * whose parents an earlier one founded.
     */
    void baseline(OrganizationHistory history) throws Exception {
        long began = System.nanoTime();
        List<Founding> remaining = new ArrayList<>(history.baseline());
        int founded = 0;
        while (!remaining.isEmpty()) {
            List<Founding> level = remaining.stream()
                    .filter(f -> ids.containsKey(f.organization().parentCode()))
                    .toList();
            if (level.isEmpty()) {
                throw new IllegalStateException("the demo's tree names parents it never founds: " + remaining.get(0));
            }
            for (int from = 0; from < level.size(); from += BATCH) {
                List<Founding> batch = level.subList(from, Math.min(level.size(), from + BATCH));
                foundAll(batch);
                founded += batch.size();
                Console.info(String.format(
                        "  organizations of 2020   %,d / %,d",
                        founded, history.baseline().size()));
            }
            remaining.removeAll(new HashSet<>(level));
        }
        Console.info(String.format("  tree of 2020 loaded in %.1f s", (System.nanoTime() - began) / 1e9));
    }

    /**
     * The changes of 2021 → 06/2023 in order; a split lists its members per part ({@code splitMembers}, by part code:
     * member-service ids).
     */
    void changes(OrganizationHistory history, Map<String, List<UUID>> splitMembers) throws Exception {
        long began = System.nanoTime();
        for (OrganizationChange change : history.changes()) {
            apply(change, splitMembers);
        }
        Console.info(String.format(
                "  %d structural changes of 2021 → 06/2023 applied in %.1f s",
                history.changes().size(), (System.nanoTime() - began) / 1e9));
    }

    /** The id of an organization founded or received in this run, by code. */
    UUID id(String code) {
        UUID id = ids.get(code);
        if (id == null) {
            throw new IllegalStateException("the demo's organization " + code + " was not founded in this run");
        }
        return id;
    }

    private UUID root(Founding root) throws Exception {
        JsonNode roots = api.get("/api/v1/organizations?type=BLOC_COMMITTEE");
        if (roots.path("total").asInt() > 0) {
            UUID existing =
                    UUID.fromString(roots.path("items").get(0).path("id").asText());
            ids.put(root.organization().code(), existing);
            return existing;
        }
        return found(root);
    }

    private void apply(OrganizationChange change, Map<String, List<UUID>> splitMembers) throws Exception {
        if (change instanceof Founding founding) {
            found(founding);
        } else if (change instanceof TransferOut out) {
            api.post(
                    "/api/v1/organizations/" + ids.get(out.code()) + "/transfers-out",
                    ApiClient.json(Map.of("destination", out.destination(), "decision", decision(out.decision()))));
        } else if (change instanceof TransferIn in) {
            JsonNode received = api.post(
                    "/api/v1/organizations/transfers-in",
                    ApiClient.json(Map.of(
                            "organization",
                            organization(in.organization()),
                            "origin",
                            in.origin(),
                            "decision",
                            decision(in.decision()))));
            ids.put(
                    in.organization().code(),
                    UUID.fromString(received.path("id").asText()));
        } else if (change instanceof Split split) {
            api.post(
                    "/api/v1/organizations/" + ids.get(split.sourceCode()) + "/splits",
                    ApiClient.json(Map.of(
                            "into",
                            split.into().stream()
                                    .map(part -> Map.of(
                                            "code",
                                            part.code(),
                                            "name",
                                            part.name(),
                                            "memberIds",
                                            splitMembers.getOrDefault(part.code(), List.of()).stream()
                                                    .map(UUID::toString)
                                                    .toList()))
                                    .toList(),
                            "decision",
                            decision(split.decision()))));
        } else if (change instanceof Merge merge) {
            api.post(
                    "/api/v1/organizations/merges",
                    ApiClient.json(Map.of(
                            "sourceIds",
                            merge.sourceCodes().stream()
                                    .map(code -> ids.get(code).toString())
                                    .toList(),
                            "newTarget",
                            organization(merge.newTarget()),
                            "decision",
                            decision(merge.decision()))));
        }
    }

    private UUID found(Founding founding) throws Exception {
        JsonNode created = api.post(
                "/api/v1/organizations",
                ApiClient.json(Map.of(
                        "organization",
                        organization(founding.organization()),
                        "decision",
                        decision(founding.decision()))));
        UUID id = UUID.fromString(created.path("id").asText());
        ids.put(founding.organization().code(), id);
        return id;
    }

    private void foundAll(List<Founding> foundings) throws Exception {
        JsonNode founded = api.post(
                "/api/v1/organizations/batch",
                ApiClient.json(Map.of(
                        "items",
                        foundings.stream()
                                .map(f -> Map.of(
                                        "organization", organization(f.organization()),
                                        "decision", decision(f.decision())))
                                .toList())));
        for (JsonNode organization : founded.path("items")) {
            ids.put(
                    organization.path("code").asText(),
                    UUID.fromString(organization.path("id").asText()));
        }
    }

    private Map<String, Object> organization(NewOrganization o) {
        return organization(o, ids::get);
    }

    /** The organization as a founding request names it, its parent by the id {@code idOf} gives its code. */
    static Map<String, Object> organization(NewOrganization o, Function<String, UUID> idOf) {
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("code", o.code());
        org.put("name", o.name());
        org.put("type", o.type());
        if (o.parentCode() != null) {
            org.put("parentId", idOf.apply(o.parentCode()).toString());
        }
        org.put("hostUnit", Map.of("name", o.hostUnitName(), "kind", o.hostUnitKind()));
        org.put("meetsOnline", o.meetsOnline());
        return org;
    }

    private static Map<String, Object> decision(Decision d) {
        return Map.of(
                "number",
                d.number(),
                "date",
                d.date().toString(),
                "effectiveDate",
                d.effectiveDate().toString());
    }
}
