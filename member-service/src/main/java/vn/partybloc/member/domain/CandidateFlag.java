package vn.partybloc.member.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A mark on a succession candidate left by an evaluation-service decision (a confidence vote, a discipline case): the
 * plan and its report show it, and the organizer decides whether to remove the candidate. Nothing is removed by it.
 */
@Entity
@Table(name = "candidate_flags")
public class CandidateFlag {

    @Id
    public UUID id;

    @Column(name = "candidate_id")
    public UUID candidateId;

    @Enumerated(EnumType.STRING)
    public CandidateFlagReason reason;

    /** The confidence vote or the discipline case that raised it. */
    @Column(name = "source_id")
    public UUID sourceId;

    @Column(name = "flagged_on")
    public LocalDate flaggedOn;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
