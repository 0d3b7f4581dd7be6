package vn.partybloc.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.partybloc.platform.replica.PositionReplicaBase;

/** A committee position as member-service published it. */
@Entity
@Table(name = "positions")
public class PositionReplica extends PositionReplicaBase {

    @Column(name = "end_reason")
    public String endReason;
}
