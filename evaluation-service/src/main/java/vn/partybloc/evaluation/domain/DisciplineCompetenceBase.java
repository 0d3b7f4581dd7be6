package vn.partybloc.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.List;
import java.util.UUID;
import vn.partybloc.platform.web.ProblemException;

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

    /** The form this row lets its body decide. */
    public abstract Enum<?> decides();

    /** Whether this row is about what {@code kind} may decide at {@code level}. */
    public boolean of(DisciplineBody kind, DisciplineLevel level) {
        return bodyKind == kind && bodyLevel == level;
    }

    /** Refuses a form that none of {@code all} lets the case's body decide at its level, naming the forms it may. */
    static void requireCompetent(List<? extends DisciplineCompetenceBase> all, DisciplineCaseBase c, Enum<?> form) {
        List<String> allowed = all.stream()
                .filter(k -> k.of(c.bodyKind, c.bodyLevel))
                .map(k -> k.decides().name())
                .toList();
        if (!allowed.contains(form.name())) {
            throw ProblemException.rule(
                    Rules.DISCIPLINE_COMPETENCE,
                    "discipline.no-competence",
                    c.bodyKind,
                    c.bodyLevel,
                    form,
                    allowed.toString());
        }
    }
}
