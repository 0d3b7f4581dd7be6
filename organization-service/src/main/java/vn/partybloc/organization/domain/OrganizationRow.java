package vn.partybloc.organization.domain;

import java.time.Instant;
import java.time.LocalDate;
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
        String updatedBy) {}
