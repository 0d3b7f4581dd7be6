package vn.partybloc.organization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.UUID;

/** A member of the cell at a meeting. */
@Embeddable
public class Attendance {

    @Column(name = "member_id")
    public UUID memberId;

    @Enumerated(EnumType.STRING)
    public AttendanceStatus status;

    /** Why, for an absence with leave. */
    public String reason;

    public Attendance() {}

    public Attendance(UUID memberId, AttendanceStatus status, String reason) {
        this.memberId = memberId;
        this.status = status;
        this.reason = reason;
    }
}
