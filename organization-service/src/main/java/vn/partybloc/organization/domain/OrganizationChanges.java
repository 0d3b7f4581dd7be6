package vn.partybloc.organization.domain;

/** A partial update of an organization's descriptive fields; null means unchanged. */
public record OrganizationChanges(
        String code, String name, String hostUnitName, HostUnitKind hostUnitKind, Boolean meetsOnline) {}
