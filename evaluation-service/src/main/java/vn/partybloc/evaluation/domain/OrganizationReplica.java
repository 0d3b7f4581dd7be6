package vn.partybloc.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.partybloc.platform.replica.OrganizationReplicaBase;

/** What evaluation-service knows of an organization, from organization-service's events. */
@Entity
@Table(name = "organizations")
public class OrganizationReplica extends OrganizationReplicaBase {

    @Column(name = "host_unit_name")
    public String hostUnitName;
}
