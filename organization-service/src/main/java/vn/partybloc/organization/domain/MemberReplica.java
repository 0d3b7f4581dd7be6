package vn.partybloc.organization.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.partybloc.contracts.replica.MemberReplicaBase;

/**
 * What organization-service knows of a party member, from member-service's events: name, cell, membership kind and
 * status. The member counts of domain rules 1 and 2 and of the dissolution check are derived from it by query.
 */
@Entity
@Table(name = "members")
public class MemberReplica extends MemberReplicaBase {}
