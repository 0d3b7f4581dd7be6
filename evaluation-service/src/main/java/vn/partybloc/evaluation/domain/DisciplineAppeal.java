package vn.partybloc.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * The disciplined member's appeal against the decision in force on their case, to a body above the one that decided
 * it, and once resolved its outcome: the form upheld, changed to {@link #form}, or annulled.
 */
@Entity
@Table(name = "discipline_appeals")
public class DisciplineAppeal extends DisciplineAppealBase {

    /** The form in force when the appeal was lodged. */
    @Enumerated(EnumType.STRING)
    @Column(name = "previous_form")
    public DisciplineForm previousForm;

    /** The form the appeal changed the decision to. */
    @Enumerated(EnumType.STRING)
    public DisciplineForm form;

    /** The post a decision changed to a removal from post ends. */
    @Column(name = "position_id")
    public UUID positionId;
}
