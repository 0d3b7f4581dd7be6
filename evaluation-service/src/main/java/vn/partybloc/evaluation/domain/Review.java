package vn.partybloc.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.partybloc.platform.persistence.AuditedEntity;

/** The review of one subject in one cycle, from self-assessment to published rating (domain rule 9). */
@Entity
@Table(name = "reviews")
public class Review extends AuditedEntity {

    @Id
    public UUID id;

    @Column(name = "cycle_id")
    public UUID cycleId;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind")
    public SubjectKind subjectKind;

    @Column(name = "subject_id")
    public UUID subjectId;

    /** The unit the subject belongs to; its parent is the deciding body. */
    @Column(name = "organization_id")
    public UUID organizationId;

    @Column(name = "rule_set_id")
    public UUID ruleSetId;

    @Enumerated(EnumType.STRING)
    public ReviewStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "self_level")
    public Level selfLevel;

    @Column(name = "self_score")
    public BigDecimal selfScore;

    @Column(name = "self_note")
    public String selfNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_level")
    public Level proposedLevel;

    @Column(name = "proposed_score")
    public BigDecimal proposedScore;

    @Column(name = "proposal_note")
    public String proposalNote;

    @Enumerated(EnumType.STRING)
    public Level level;

    public BigDecimal score;

    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @Column(name = "cancelled_by")
    public String cancelledBy;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "replaces_review_id")
    public UUID replacesReviewId;

    public boolean isDecided() {
        return status == ReviewStatus.DECIDED || status == ReviewStatus.PUBLISHED;
    }
}
