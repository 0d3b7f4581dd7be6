package vn.partybloc.organization.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "MeetingAttendanceStatus",
        description = "A member at a meeting: PRESENT, ABSENT_WITH_LEAVE (vắng có lý do, with a reason) or "
                + "ABSENT_WITHOUT_LEAVE (vắng không lý do).")
public enum AttendanceStatus {
    PRESENT,
    ABSENT_WITH_LEAVE,
    ABSENT_WITHOUT_LEAVE
}
