package vn.partybloc.evaluation.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.partybloc.evaluation.repository.OrganizationDisciplineAppealRepository;
import vn.partybloc.evaluation.repository.OrganizationDisciplineCaseRepository;
import vn.partybloc.evaluation.repository.OrganizationDisciplineCompetenceRepository;
import vn.partybloc.platform.security.Caller;
import vn.partybloc.platform.web.ETags;
import vn.partybloc.platform.web.ProblemException;

/**
 * Discipline of party organizations (issue 20): a case is opened against an active organization of the register and
 * handled by the standing committee of a committee above it, or by the inspection committee of a committee above the
 * one it is under (QĐ 22-QĐ/TW, Điều 12); it is decided in a form the body may decide at its level
 * ({@link OrganizationDisciplineCompetence}, as data). Nothing is published: a dissolution is carried out by the
 * organizer in organization-service, and the case shows when it was.
 */
@ApplicationScoped
@Transactional
public class OrganizationDisciplineService {

    private static final String NOUN = "organization-discipline-case";

    private final OrganizationDisciplineCaseRepository cases;
    private final DisciplineCases disciplineCases;
    private final OrganizationDisciplineCompetenceRepository competences;
    private final OrganizationDisciplineAppealRepository appeals;
    private final OrganizationScope scope;
    private final Caller caller;

    public OrganizationDisciplineService(
            OrganizationDisciplineCaseRepository cases,
            DisciplineCases disciplineCases,
            OrganizationDisciplineCompetenceRepository competences,
            OrganizationDisciplineAppealRepository appeals,
            OrganizationScope scope,
            Caller caller) {
        this.cases = cases;
        this.disciplineCases = disciplineCases;
        this.competences = competences;
        this.appeals = appeals;
        this.scope = scope;
        this.caller = caller;
    }

    public record Decision(OrganizationDisciplineForm form, String decisionNumber, LocalDate decidedOn) {}

    /** A case and, once a dissolution it decided was carried out in organization-service, the day it took effect. */
    public record Handled(OrganizationDisciplineCase c, LocalDate dissolvedOn) {}

    /**
     * The subtree's organization cases in a period, with their appeals, counted as {@link DisciplineService#report}
     * counts members'.
     */
    public record Counted(
            long opened,
            long decided,
            long openAtEnd,
            Map<OrganizationDisciplineForm, Long> byForm,
            Map<DisciplineLevel, Long> byLevel,
            Map<DisciplineCategory, Long> byCategory,
            long appealsLodged,
            Map<AppealOutcome, Long> appealsResolved) {}

    public Handled open(DisciplineCaseBase.Opening o) {
        OrganizationReplica subject = active(o.subjectId());
        OrganizationReplica body = scope.visible(o.bodyOrganizationId());
        if (!handles(o.bodyKind(), body, subject)) {
            throw ProblemException.rule(
                    Rules.DISCIPLINE_BODY,
                    "discipline.body-not-over-organization",
                    o.bodyKind(),
                    body.code,
                    subject.code);
        }
        OrganizationDisciplineCase c = new OrganizationDisciplineCase();
        c.open(o, subject.id, body, caller.name());
        cases.persist(c);
        return handled(c);
    }

    /**
     * QĐ 22-QĐ/TW, Điều 12: a standing committee handles the organizations below its own; an inspection committee those
     * under a committee below its own, not the ones directly under it. A cell handles none.
     */
    private static boolean handles(DisciplineBody kind, OrganizationReplica body, OrganizationReplica subject) {
        boolean below = !body.id.equals(subject.id) && body.contains(subject);
        return switch (kind) {
            case CELL -> false;
            case STANDING_COMMITTEE -> below;
            case INSPECTION_COMMITTEE -> below && !body.id.equals(subject.parentId);
        };
    }

    public Handled decide(UUID id, String ifMatch, Decision d) {
        OrganizationDisciplineCase c = locked(id);
        ETags.checkIfMatch(ifMatch, c.version);
        c.checkDecidable(d.decidedOn());
        active(c.organizationId);
        DisciplineCompetenceBase.requireCompetent(competences.all(), c, d.form());
        c.status = DisciplineStatus.DECIDED;
        c.form = d.form();
        c.decisionNumber = d.decisionNumber();
        c.decidedOn = d.decidedOn();
        c.touch(caller.name(), Instant.now());
        cases.flush();
        return handled(c);
    }

    private OrganizationReplica active(UUID organizationId) {
        OrganizationReplica subject = scope.visible(organizationId);
        if (!subject.isActive()) {
            throw ProblemException.rule(
                    Rules.DISCIPLINE_SUBJECT, "discipline.organization-not-active", subject.code, subject.status);
        }
        return subject;
    }

    /** The case, locked until the transaction ends: its decision and appeals change one at a time. */
    OrganizationDisciplineCase locked(UUID id) {
        return disciplineCases.locked(OrganizationDisciplineCase.class, NOUN, id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Handled get(UUID id) {
        return handled(disciplineCases.get(OrganizationDisciplineCase.class, NOUN, id));
    }

    /** The cases against organizations of the subtree, opened in {@code year} if given, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Handled> of(UUID organizationId, Integer year) {
        return disciplineCases.of(OrganizationDisciplineCase.class, organizationId, year).stream()
                .map(this::handled)
                .toList();
    }

    private Handled handled(OrganizationDisciplineCase c) {
        if (c.form != OrganizationDisciplineForm.DISSOLUTION) {
            return new Handled(c, null);
        }
        OrganizationReplica subject = scope.visible(c.organizationId);
        return new Handled(c, "DISSOLVED".equals(subject.status) ? subject.endedOn : null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Counted counted(UUID organizationId, LocalDate from, LocalDate to) {
        List<OrganizationDisciplineCase> all =
                disciplineCases.of(OrganizationDisciplineCase.class, organizationId, null);
        List<OrganizationDisciplineCase> decided =
                all.stream().filter(c -> c.decidedWithin(from, to)).toList();
        List<OrganizationDisciplineAppeal> caseAppeals =
                appeals.ofCases(all.stream().map(c -> c.id).toList());
        return new Counted(
                all.stream().filter(c -> c.openedWithin(from, to)).count(),
                decided.size(),
                all.stream().filter(c -> c.openOn(to)).count(),
                Counts.by(decided, c -> c.form, OrganizationDisciplineForm.class),
                Counts.by(decided, c -> c.bodyLevel, DisciplineLevel.class),
                Counts.by(decided, c -> c.category, DisciplineCategory.class),
                Counts.lodgedWithin(caseAppeals, from, to),
                Counts.resolvedWithin(caseAppeals, from, to));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrganizationDisciplineCompetence> competences() {
        return competences.all();
    }
}
