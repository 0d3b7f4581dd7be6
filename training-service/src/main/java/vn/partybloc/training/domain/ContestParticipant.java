package vn.partybloc.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A member taking part in a contest, with the award they won, if any. */
@Entity
@Table(name = "contest_participants")
public class ContestParticipant {

    @Id
    public UUID id;

    @Column(name = "contest_id")
    public UUID contestId;

    @Column(name = "member_id")
    public UUID memberId;

    /** The member's cell when registered. */
    @Column(name = "organization_id")
    public UUID organizationId;

    @Enumerated(EnumType.STRING)
    public Award award;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;
}
