package vn.partybloc.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Set;
import vn.partybloc.contracts.OrganizationTypes;
import vn.partybloc.contracts.replica.OrganizationReplicaBase;

/** What evaluation-service knows of an organization, from organization-service's events. */
@Entity
@Table(name = "organizations")
public class OrganizationReplica extends OrganizationReplicaBase {

    private static final Set<String> INSPECTION_COMMITTEE_LEVELS =
            Set.of(OrganizationTypes.BLOC_COMMITTEE, OrganizationTypes.GRASSROOTS_COMMITTEE);

    @Column(name = "founded_on")
    public LocalDate foundedOn;

    /** The day an organization received from outside the Bloc became part of it; null for the others. */
    @Column(name = "received_on")
    public LocalDate receivedOn;

    /** The day it was transferred out, merged, split or dissolved; null while active or when not known. */
    @Column(name = "ended_on")
    public LocalDate endedOn;

    /** Part of the Bloc at some day of {@code [from, to]}, as far as the replica knows. */
    public Period.Presence presenceDuring(LocalDate from, LocalDate to) {
        LocalDate joined =
                foundedOn == null || (receivedOn != null && receivedOn.isAfter(foundedOn)) ? receivedOn : foundedOn;
        return Period.presence(joined, endedOn, from, to);
    }

    /** Domain rule 6: an inspection committee exists at grassroots-committee level and above. */
    public boolean hasInspectionCommittee() {
        return INSPECTION_COMMITTEE_LEVELS.contains(type);
    }
}
