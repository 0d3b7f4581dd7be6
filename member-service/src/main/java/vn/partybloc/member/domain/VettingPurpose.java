package vn.partybloc.member.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description =
                "Why the dossier was checked: before PLANNING (quy hoạch), APPOINTMENT (bổ nhiệm), ROTATION (luân chuyển), "
                        + "ADMISSION to the Party, or OTHER.")
public enum VettingPurpose {
    PLANNING,
    APPOINTMENT,
    ROTATION,
    ADMISSION,
    OTHER
}
