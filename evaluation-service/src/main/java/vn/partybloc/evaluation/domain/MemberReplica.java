package vn.partybloc.evaluation.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.partybloc.contracts.replica.MemberReplicaBase;

/** What evaluation-service knows of a party member, from member-service's events. */
@Entity
@Table(name = "members")
public class MemberReplica extends MemberReplicaBase {}
