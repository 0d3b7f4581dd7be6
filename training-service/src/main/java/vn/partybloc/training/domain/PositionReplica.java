package vn.partybloc.training.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.partybloc.contracts.replica.PositionReplicaBase;

/** A committee position as member-service published it. */
@Entity
@Table(name = "positions")
public class PositionReplica extends PositionReplicaBase {}
