package vn.partybloc.member.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description =
                "ACTIVE; EXEMPT from activities (miễn sinh hoạt); TRANSFERRED_OUT of the Bloc; DECEASED; STRUCK_OFF (xóa tên); EXPELLED (khai trừ).")
public enum MemberStatus {
    ACTIVE,
    EXEMPT,
    TRANSFERRED_OUT,
    DECEASED,
    STRUCK_OFF,
    EXPELLED
}
