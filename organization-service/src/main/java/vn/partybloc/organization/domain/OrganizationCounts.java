package vn.partybloc.organization.domain;

import java.util.Map;

/** Active organizations of a subtree, by type and by host-unit kind (every type and kind present, zero if none). */
public record OrganizationCounts(Map<OrganizationType, Long> byType, Map<HostUnitKind, Long> byHostUnitKind) {

    /** Grassroots organizations (tổ chức cơ sở đảng): grassroots committees plus grassroots cells. */
    public long grassroots() {
        return byType.get(OrganizationType.GRASSROOTS_COMMITTEE) + byType.get(OrganizationType.GRASSROOTS_CELL);
    }

    public long total() {
        return byType.values().stream().mapToLong(Long::longValue).sum();
    }
}
