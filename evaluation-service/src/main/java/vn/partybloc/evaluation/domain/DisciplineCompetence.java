package vn.partybloc.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** That a body of a level may decide a form, with the document that says so (docs/rules.md, DIS-COMPETENCE). */
@Entity
@Table(name = "discipline_competences")
public class DisciplineCompetence {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "body_kind")
    public DisciplineBody bodyKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "body_level")
    public DisciplineLevel bodyLevel;

    @Enumerated(EnumType.STRING)
    public DisciplineForm form;

    public String source;

    public String note;
}
