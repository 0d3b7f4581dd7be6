package vn.partybloc.organization.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description =
                "ACTIVE; DISSOLVED (giải thể); MERGED into another (sáp nhập / hợp nhất); SPLIT into several (chia tách); "
                        + "TRANSFERRED_OUT of the Bloc (chuyển giao).")
public enum OrganizationStatus {
    ACTIVE,
    DISSOLVED,
    MERGED,
    SPLIT,
    TRANSFERRED_OUT
}
