package vn.partybloc.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A newly added committee member's obligation to complete a party-work course by a due date. */
@Entity
@Table(name = "training_obligations")
public class TrainingObligation {

    @Id
    public UUID id;

    @Column(name = "member_id")
    public UUID memberId;

    @Column(name = "position_id")
    public UUID positionId;

    /** The organization whose committee the position is on. */
    @Column(name = "organization_id")
    public UUID organizationId;

    @Column(name = "committee_kind")
    public String committeeKind;

    public String position;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    public ObligationStatus status;

    @Column(name = "fulfilled_by_enrollment")
    public UUID fulfilledByEnrollment;

    @Column(name = "fulfilled_on")
    public LocalDate fulfilledOn;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "close_reason")
    public String closeReason;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public boolean isPending() {
        return status == ObligationStatus.OPEN || status == ObligationStatus.OVERDUE;
    }
}
