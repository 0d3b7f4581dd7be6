package vn.partybloc.organization.domain;

import java.util.Map;

/** Active organizations of a subtree, by type and by host-unit kind. */
public record OrganizationCounts(Map<OrganizationType, Long> byType, Map<HostUnitKind, Long> byHostUnitKind) {}
