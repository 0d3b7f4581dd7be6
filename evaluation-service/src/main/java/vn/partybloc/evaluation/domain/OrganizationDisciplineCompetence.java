package vn.partybloc.evaluation.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** That a body of a level may decide a form against an organization (docs/rules.md, DIS-COMPETENCE). */
@Entity
@Table(name = "organization_discipline_competences")
public class OrganizationDisciplineCompetence extends DisciplineCompetenceBase {

    @Enumerated(EnumType.STRING)
    public OrganizationDisciplineForm form;

    @Override
    public OrganizationDisciplineForm decides() {
        return form;
    }
}
