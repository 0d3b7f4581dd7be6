package vn.partybloc.organization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/** A member of a superior committee at the meeting, and whether they are assigned to follow the cell. */
@Embeddable
public class SuperiorAttendance {

    @Column(name = "member_id")
    public UUID memberId;

    @Column(name = "follows_cell")
    public boolean followsCell;

    public SuperiorAttendance() {}

    public SuperiorAttendance(UUID memberId, boolean followsCell) {
        this.memberId = memberId;
        this.followsCell = followsCell;
    }
}
