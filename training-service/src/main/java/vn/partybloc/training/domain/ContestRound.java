package vn.partybloc.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A round of a contest (vòng sơ khảo, chung khảo…). */
@Entity
@Table(name = "contest_rounds")
public class ContestRound {

    @Id
    public UUID id;

    @Column(name = "contest_id")
    public UUID contestId;

    public int sequence;

    public String name;

    @Column(name = "held_on")
    public LocalDate heldOn;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;
}
