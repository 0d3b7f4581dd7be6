package vn.partybloc.organization.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An organization as read, now or as of a date (then version and audit fields are null). */
public record OrganizationRow(
        UUID id,
        String code,
        String name,
        OrganizationType type,
        UUID parentId,
        String path,
        int depth,
        String hostUnitName,
        HostUnitKind hostUnitKind,
        LocalDate foundedOn,
        String foundingDecision,
        OrganizationStatus status,
        LocalDate statusSince,
        boolean meetsOnline,
        Long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    /** Ancestor ids from the Bloc down to this organization (included). */
    public List<UUID> pathIds() {
        return Organization.pathIds(path);
    }

    /** Ids from the Bloc down to this organization's parent. */
    public List<UUID> ancestorIds() {
        List<UUID> ids = pathIds();
        return ids.subList(0, ids.size() - 1);
    }

    /** True for the organization {@code ancestorId} itself and everything below it. */
    public boolean isInSubtreeOf(UUID ancestorId) {
        return Organization.isInSubtree(path, ancestorId);
    }
}
