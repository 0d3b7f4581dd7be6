package vn.partybloc.contracts.events;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.partybloc.platform.inbox.PoisonEventException;

/**
 * An organization's state as every organization event carries it ({@code OrganizationEventData} in
 * organization-service; examples in {@code docs/events/organization}): what the replicas keep of it.
 *
 * @param path the ids from the Bloc down to this organization
 */
public record OrganizationState(
        UUID organizationId,
        String code,
        String name,
        String type,
        UUID parentId,
        List<UUID> path,
        String status,
        String hostUnitName,
        long version) {

    public static OrganizationState from(EventData data) {
        if (!data.node().path("path").isArray()) {
            throw new PoisonEventException("missing path");
        }
        List<UUID> path = new ArrayList<>();
        data.node().path("path").forEach(id -> path.add(uuid(id.asText())));
        return new OrganizationState(
                data.requiredUuid("organizationId"),
                data.requiredText("code"),
                data.requiredText("name"),
                data.requiredText("type"),
                data.uuid("parentId"),
                List.copyOf(path),
                data.requiredText("status"),
                data.text("hostUnitName"),
                data.version());
    }

    /** The path as the replicas store it: {@code /blocId/.../thisId/}, so that a subtree is a prefix. */
    public String pathText() {
        StringBuilder text = new StringBuilder("/");
        path.forEach(id -> text.append(id).append('/'));
        return text.toString();
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("malformed path", e);
        }
    }
}
