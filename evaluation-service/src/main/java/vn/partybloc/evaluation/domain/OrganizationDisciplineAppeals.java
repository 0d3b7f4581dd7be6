package vn.partybloc.evaluation.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partybloc.evaluation.repository.OrganizationDisciplineAppealRepository;
import vn.partybloc.evaluation.repository.OrganizationDisciplineCompetenceRepository;
import vn.partybloc.platform.web.ProblemException;

/**
 * Appeals against discipline decisions on organizations (issue 20): the disciplined organization appeals as a member
 * does ({@link AppealSteps}), and the outcome upholds, changes or annuls the decision, which the case then shows.
 * Nothing is published, as nothing is for the decision.
 */
@ApplicationScoped
@Transactional
public class OrganizationDisciplineAppeals {

    private final OrganizationDisciplineService discipline;
    private final OrganizationDisciplineAppealRepository appeals;
    private final OrganizationDisciplineCompetenceRepository competences;
    private final AppealSteps steps;

    public OrganizationDisciplineAppeals(
            OrganizationDisciplineService discipline,
            OrganizationDisciplineAppealRepository appeals,
            OrganizationDisciplineCompetenceRepository competences,
            AppealSteps steps) {
        this.discipline = discipline;
        this.appeals = appeals;
        this.competences = competences;
        this.steps = steps;
    }

    public record Resolution(
            AppealOutcome outcome, OrganizationDisciplineForm form, String decisionNumber, LocalDate resolvedOn) {}

    public OrganizationDisciplineAppeal lodge(UUID caseId, DisciplineAppealBase.Lodging l) {
        OrganizationDisciplineCase c = discipline.locked(caseId);
        OrganizationDisciplineAppeal a = steps.lodge(c, appeals.ofCase(caseId), l, new OrganizationDisciplineAppeal());
        a.previousForm = c.form;
        appeals.persist(a);
        appeals.flush();
        return a;
    }

    /**
     * A change names a form some body may decide ({@code DIS-COMPETENCE}): which forms a body may impose on appeal is
     * not in the sources at hand, and who decides a dissolution is not verified, so no appeal changes a decision to it.
     */
    public OrganizationDisciplineAppeal resolve(UUID caseId, UUID appealId, String ifMatch, Resolution r) {
        OrganizationDisciplineCase c = discipline.locked(caseId);
        OrganizationDisciplineAppeal a = appealOf(c, appealId);
        steps.checkResolvable(a, ifMatch, r.resolvedOn(), r.outcome(), r.form(), c.form);
        if (r.outcome() == AppealOutcome.CHANGED) {
            if (competences.all().stream().noneMatch(k -> k.form == r.form())) {
                throw ProblemException.rule(Rules.DISCIPLINE_COMPETENCE, "appeal.form-without-competence", r.form());
            }
            c.form = r.form();
        }
        a.form = r.form();
        steps.resolve(c, a, r.outcome(), r.decisionNumber(), r.resolvedOn());
        appeals.flush();
        return a;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrganizationDisciplineAppeal> of(UUID caseId) {
        discipline.get(caseId);
        return appeals.ofCase(caseId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OrganizationDisciplineAppeal get(UUID caseId, UUID appealId) {
        return appealOf(discipline.get(caseId).c(), appealId);
    }

    private OrganizationDisciplineAppeal appealOf(OrganizationDisciplineCase c, UUID appealId) {
        return appeals.findByIdOptional(appealId)
                .filter(a -> a.caseId.equals(c.id))
                .orElseThrow(() -> ProblemException.notFound("discipline-appeal", appealId));
    }
}
