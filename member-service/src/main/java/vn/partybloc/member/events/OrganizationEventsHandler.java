package vn.partybloc.member.events;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.partybloc.contracts.Topics;
import vn.partybloc.contracts.events.EventData;
import vn.partybloc.contracts.events.OrganizationState;
import vn.partybloc.contracts.replica.ReplicaEventsHandlerBase;
import vn.partybloc.member.domain.MemberService;
import vn.partybloc.member.domain.StructuralMoves;
import vn.partybloc.platform.inbox.IncomingEvent;

/**
 * Keeps this service's replica of organizations from organization-service's events; members follow their
 * organization's structural changes: out of the Bloc with a transfer out, into the continuing cells with a merge or a
 * split.
 */
@ApplicationScoped
public class OrganizationEventsHandler extends ReplicaEventsHandlerBase {

    static final String TRANSFERRED_OUT = "OrganizationTransferredOut";
    static final String MERGED = "OrganizationsMerged";
    static final String SPLIT = "OrganizationSplit";

    @Inject
    MemberService members;

    @Inject
    StructuralMoves moves;

    public OrganizationEventsHandler() {
        super("organizations", Topics.ORGANIZATIONS);
    }

    /** A structural change moves members into or out of other organizations: it sees the replica as it was before. */
    @Override
    protected boolean appliedAlone(IncomingEvent event) {
        return Set.of(TRANSFERRED_OUT, MERGED, SPLIT).contains(event.type());
    }

    @Override
    protected void organizationApplied(IncomingEvent event, OrganizationState state) {
        JsonNode data = event.data();
        EventData change = EventData.of(event.type(), data.path("change"));
        switch (event.type()) {
            case TRANSFERRED_OUT ->
                members.leaveWithOrganization(
                        change.uuid("changeId"),
                        state.pathText(),
                        change.requiredDate("effectiveDate"),
                        change.text("decisionNumber"),
                        change.text("counterparty"));
            case MERGED -> {
                EventData merged = EventData.of(event.type(), data);
                if (merged.has("mergedInto")) { // the target's own event names its sources instead
                    moves.followMerge(
                            change.uuid("changeId"),
                            state.organizationId(),
                            merged.requiredUuid("mergedInto"),
                            change.requiredDate("effectiveDate"),
                            change.text("decisionNumber"));
                }
            }
            case SPLIT ->
                moves.followSplit(
                        change.uuid("changeId"),
                        state.organizationId(),
                        uuids(data.path("splitInto")),
                        partByMember(data.path("memberAllocation")),
                        change.requiredDate("effectiveDate"),
                        change.text("decisionNumber"));
            default -> {}
        }
    }

    private static List<UUID> uuids(JsonNode array) {
        List<UUID> ids = new ArrayList<>();
        array.forEach(id -> ids.add(UUID.fromString(id.asText())));
        return ids;
    }

    private static Map<UUID, UUID> partByMember(JsonNode allocation) {
        Map<UUID, UUID> parts = new HashMap<>();
        allocation.forEach(part -> {
            UUID organization = UUID.fromString(part.path("organizationId").asText());
            uuids(part.path("memberIds")).forEach(member -> parts.put(member, organization));
        });
        return parts;
    }
}
