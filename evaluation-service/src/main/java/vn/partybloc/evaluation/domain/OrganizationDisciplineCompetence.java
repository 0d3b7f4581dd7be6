package vn.partybloc.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** That a body of a level may decide a form against an organization, with the document that says so. */
@Entity
@Table(name = "organization_discipline_competences")
public class OrganizationDisciplineCompetence {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "body_kind")
    public DisciplineBody bodyKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "body_level")
    public DisciplineLevel bodyLevel;

    @Enumerated(EnumType.STRING)
    public OrganizationDisciplineForm form;

    public String source;

    public String note;
}
