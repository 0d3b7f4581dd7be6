package vn.partybloc.evaluation.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** That a body of a level may decide a form against a member (docs/rules.md, DIS-COMPETENCE). */
@Entity
@Table(name = "discipline_competences")
public class DisciplineCompetence extends DisciplineCompetenceBase {

    @Enumerated(EnumType.STRING)
    public DisciplineForm form;

    @Override
    public DisciplineForm decides() {
        return form;
    }
}
