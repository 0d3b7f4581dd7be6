package vn.partybloc.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;

/** That a body of a level may decide a form, with the document that says so; the form's type is the subject's. */
@MappedSuperclass
public abstract class DisciplineCompetenceBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "body_kind")
    public DisciplineBody bodyKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "body_level")
    public DisciplineLevel bodyLevel;

    public String source;

    public String note;

    /** Whether this row is about what {@code kind} may decide at {@code level}. */
    public boolean of(DisciplineBody kind, DisciplineLevel level) {
        return bodyKind == kind && bodyLevel == level;
    }
}
