package vn.partybloc.training.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.partybloc.contracts.replica.OrganizationReplicaBase;

/** What training-service knows of an organization, from organization-service's events. */
@Entity
@Table(name = "organizations")
public class OrganizationReplica extends OrganizationReplicaBase {}
