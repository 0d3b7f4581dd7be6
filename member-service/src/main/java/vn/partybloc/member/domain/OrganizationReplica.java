package vn.partybloc.member.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.partybloc.contracts.replica.OrganizationReplicaBase;

/** What member-service knows of an organization, from organization-service's events. */
@Entity
@Table(name = "organizations")
public class OrganizationReplica extends OrganizationReplicaBase {}
