package vn.partybloc.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One step in a review's audit trail; appended, never changed. */
@Entity
@Table(name = "review_actions")
public class ReviewAction {

    @Id
    public UUID id;

    @Column(name = "review_id")
    public UUID reviewId;

    @Enumerated(EnumType.STRING)
    public ReviewStep action;

    @Enumerated(EnumType.STRING)
    public Level level;

    public BigDecimal score;

    public String note;

    @Column(name = "acted_at")
    public Instant actedAt;

    @Column(name = "acted_by")
    public String actedBy;

    public static ReviewAction of(
            Review review, ReviewStep step, Level level, BigDecimal score, String note, String actor, Instant now) {
        ReviewAction a = new ReviewAction();
        a.id = UUID.randomUUID();
        a.reviewId = review.id;
        a.action = step;
        a.level = level;
        a.score = score;
        a.note = note;
        a.actedBy = actor;
        a.actedAt = now;
        return a;
    }
}
