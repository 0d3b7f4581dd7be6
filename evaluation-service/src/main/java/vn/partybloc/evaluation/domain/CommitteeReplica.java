package vn.partybloc.evaluation.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.partybloc.contracts.replica.CommitteeReplicaBase;

/** What evaluation-service knows of a committee, from member-service's events. */
@Entity
@Table(name = "committees")
public class CommitteeReplica extends CommitteeReplicaBase {}
