package vn.partybloc.organization.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partybloc.organization.domain.ChangeKind;
import vn.partybloc.organization.domain.HostUnitKind;
import vn.partybloc.organization.domain.MemberAllocation;
import vn.partybloc.organization.domain.Organization;
import vn.partybloc.organization.domain.OrganizationStatus;
import vn.partybloc.organization.domain.OrganizationType;
import vn.partybloc.organization.domain.StructuralChange;

/**
 * The {@code data} of every organization event: the organization's full state after the change (so a replica can
 * simply upsert it), the change that caused it, and the organizations it relates to.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrganizationEventData(
        UUID organizationId,
        String code,
        String name,
        OrganizationType type,
        UUID parentId,
        List<UUID> path,
        OrganizationStatus status,
        String hostUnitName,
        HostUnitKind hostUnitKind,
        LocalDate foundedOn,
        boolean meetsOnline,
        long version,
        Change change,
        UUID previousParentId,
        List<UUID> mergedFrom,
        UUID mergedInto,
        List<UUID> splitInto,
        UUID splitFrom,
        List<MemberAllocation> memberAllocation) {

    /** The structural change behind the event. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(
            UUID changeId,
            ChangeKind kind,
            String decisionNumber,
            LocalDate decisionDate,
            LocalDate effectiveDate,
            String counterparty) {}

    public static OrganizationEventData of(Organization o, StructuralChange c) {
        return new OrganizationEventData(
                o.id,
                o.code,
                o.name,
                o.type,
                o.parentId,
                o.pathIds(),
                o.status,
                o.hostUnit == null ? null : o.hostUnit.name,
                o.hostUnit == null ? null : o.hostUnit.kind,
                o.foundedOn,
                o.meetsOnline,
                o.version,
                change(c),
                null,
                null,
                null,
                null,
                null,
                null);
    }

    public OrganizationEventData withPreviousParent(UUID previous) {
        return related(previous, mergedFrom, mergedInto, splitInto, splitFrom, memberAllocation);
    }

    public OrganizationEventData withMerge(List<UUID> from, UUID into) {
        return related(previousParentId, from, into, splitInto, splitFrom, memberAllocation);
    }

    public OrganizationEventData withSplit(List<UUID> into, UUID from) {
        return related(previousParentId, mergedFrom, mergedInto, into, from, memberAllocation);
    }

    /** The split's members per part; omitted when the command listed none (they all join the first part). */
    public OrganizationEventData withMemberAllocation(List<MemberAllocation> allocation) {
        return related(
                previousParentId,
                mergedFrom,
                mergedInto,
                splitInto,
                splitFrom,
                allocation.isEmpty() ? null : allocation);
    }

    /** The same organization and change, related to other organizations as given. */
    private OrganizationEventData related(
            UUID previousParentId,
            List<UUID> mergedFrom,
            UUID mergedInto,
            List<UUID> splitInto,
            UUID splitFrom,
            List<MemberAllocation> memberAllocation) {
        return new OrganizationEventData(
                organizationId,
                code,
                name,
                type,
                parentId,
                path,
                status,
                hostUnitName,
                hostUnitKind,
                foundedOn,
                meetsOnline,
                version,
                change,
                previousParentId,
                mergedFrom,
                mergedInto,
                splitInto,
                splitFrom,
                memberAllocation);
    }

    private static Change change(StructuralChange c) {
        return c == null
                ? null
                : new Change(c.id, c.kind, c.decisionNumber, c.decisionDate, c.effectiveDate, c.counterparty);
    }
}
