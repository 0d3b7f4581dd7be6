package vn.partybloc.training.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.partybloc.contracts.replica.MemberReplicaBase;

/** What training-service knows of a party member, from member-service's events: name, status and cell. */
@Entity
@Table(name = "members")
public class MemberReplica extends MemberReplicaBase {}
