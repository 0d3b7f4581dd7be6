package vn.partybloc.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A disciplined organization's appeal against the decision in force on its case, to a body above the one that decided
 * it, and once resolved its outcome: the form upheld, changed to {@link #form}, or annulled.
 */
@Entity
@Table(name = "organization_discipline_appeals")
public class OrganizationDisciplineAppeal extends DisciplineAppealBase {

    /** The form in force when the appeal was lodged. */
    @Enumerated(EnumType.STRING)
    @Column(name = "previous_form")
    public OrganizationDisciplineForm previousForm;

    /** The form the appeal changed the decision to. */
    @Enumerated(EnumType.STRING)
    public OrganizationDisciplineForm form;
}
