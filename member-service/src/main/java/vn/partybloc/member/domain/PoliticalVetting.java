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

/** A political-vetting record of a member: restricted to admin and organizer, never published. */
@Entity
@Table(name = "political_vettings")
public class PoliticalVetting extends AuditedEntity {

    @Id
    public UUID id;

    @Column(name = "member_id")
    public UUID memberId;

    @Enumerated(EnumType.STRING)
    public VettingPurpose purpose;

    public String conclusion;

    @Column(name = "concluded_on")
    public LocalDate concludedOn;

    @Column(name = "decision_number")
    public String decisionNumber;
}
