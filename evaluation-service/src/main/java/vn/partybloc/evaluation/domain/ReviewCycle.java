package vn.partybloc.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import vn.partybloc.platform.persistence.AuditedEntity;

/** A review period: a year for now (quarters and terms later). */
@Entity
@Table(name = "review_cycles")
public class ReviewCycle extends AuditedEntity {

    @Id
    public UUID id;

    public int year;

    @Enumerated(EnumType.STRING)
    public CyclePeriod period;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;
}
