package vn.partybloc.member.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import vn.partybloc.platform.persistence.AuditedEntity;

/** A member planned in a succession plan; a removed candidate is kept, with why and when, not deleted. */
@Entity
@Table(name = "succession_candidates")
public class SuccessionCandidate extends AuditedEntity {

    @Id
    public UUID id;

    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "member_id")
    public UUID memberId;

    @Enumerated(EnumType.STRING)
    public CandidateStatus status;

    @Column(name = "added_on")
    public LocalDate addedOn;

    @Column(name = "removed_on")
    public LocalDate removedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "removal_reason")
    public RemovalReason removalReason;

    public String note;
}
