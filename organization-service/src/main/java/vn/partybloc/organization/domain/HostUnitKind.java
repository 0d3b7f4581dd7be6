package vn.partybloc.organization.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description =
                "Kind of the workplace an organization belongs to: AGENCY (cơ quan), PUBLIC_SERVICE_UNIT (đơn vị sự nghiệp), "
                        + "STATE_ENTERPRISE (doanh nghiệp nhà nước), NON_STATE_ENTERPRISE (doanh nghiệp ngoài nhà nước).")
public enum HostUnitKind {
    AGENCY,
    PUBLIC_SERVICE_UNIT,
    STATE_ENTERPRISE,
    NON_STATE_ENTERPRISE
}
