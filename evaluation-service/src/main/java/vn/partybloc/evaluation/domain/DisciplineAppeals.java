package vn.partybloc.evaluation.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partybloc.evaluation.events.EvaluationEvents;
import vn.partybloc.evaluation.repository.DisciplineAppealRepository;
import vn.partybloc.platform.web.ProblemException;

/**
 * Appeals against discipline decisions (issue 20): the disciplined member appeals the decision in force within the
 * time the Statute sets ({@link DisciplineAppealTerms}), to one body at a time above the one that decided it (QĐ
 * 22-QĐ/TW, Điều 22 and 23). The outcome upholds, changes or annuls it; the case then shows the decision in force,
 * and the outcome is published for member-service to carry into the register.
 */
@ApplicationScoped
@Transactional
public class DisciplineAppeals {

    private final DisciplineService discipline;
    private final DisciplineAppealRepository appeals;
    private final AppealSteps steps;
    private final EvaluationEvents events;

    public DisciplineAppeals(
            DisciplineService discipline,
            DisciplineAppealRepository appeals,
            AppealSteps steps,
            EvaluationEvents events) {
        this.discipline = discipline;
        this.appeals = appeals;
        this.steps = steps;
        this.events = events;
    }

    public record Resolution(
            AppealOutcome outcome, DisciplineForm form, UUID positionId, String decisionNumber, LocalDate resolvedOn) {}

    public DisciplineAppeal lodge(UUID caseId, DisciplineAppealBase.Lodging l) {
        DisciplineCase c = discipline.locked(caseId);
        DisciplineAppeal a = steps.lodge(c, appeals.ofCase(caseId), l, new DisciplineAppeal());
        a.previousForm = c.form;
        appeals.persist(a);
        appeals.flush();
        return a;
    }

    public DisciplineAppeal resolve(UUID caseId, UUID appealId, String ifMatch, Resolution r) {
        DisciplineCase c = discipline.locked(caseId);
        DisciplineAppeal a = appealOf(c, appealId);
        steps.checkResolvable(a, ifMatch, r.resolvedOn(), r.outcome(), r.form(), c.form);
        if (r.outcome() == AppealOutcome.CHANGED) {
            discipline.checkForm(c, r.form(), r.positionId(), r.resolvedOn());
            c.form = r.form();
            c.positionId = r.positionId();
        } else if (r.positionId() != null) {
            throw ProblemException.invalid("positionId", "appeal.form-only-for-change");
        }
        a.form = r.form();
        a.positionId = r.positionId();
        steps.resolve(c, a, r.outcome(), r.decisionNumber(), r.resolvedOn());
        appeals.flush();
        events.disciplineAppealResolved(c, a);
        return a;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DisciplineAppeal> of(UUID caseId) {
        discipline.get(caseId);
        return appeals.ofCase(caseId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DisciplineAppeal get(UUID caseId, UUID appealId) {
        return appealOf(discipline.get(caseId), appealId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DisciplineAppealTerms terms() {
        return appeals.terms();
    }

    private DisciplineAppeal appealOf(DisciplineCase c, UUID appealId) {
        return appeals.findByIdOptional(appealId)
                .filter(a -> a.caseId.equals(c.id))
                .orElseThrow(() -> ProblemException.notFound("discipline-appeal", appealId));
    }
}
