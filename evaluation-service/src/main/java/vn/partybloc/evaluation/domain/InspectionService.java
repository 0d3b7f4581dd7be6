package vn.partybloc.evaluation.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partybloc.evaluation.events.EvaluationEvents;
import vn.partybloc.evaluation.repository.InspectionItemRepository;
import vn.partybloc.evaluation.repository.InspectionPlanRepository;
import vn.partybloc.evaluation.repository.MemberReplicaRepository;
import vn.partybloc.evaluation.repository.OrganizationReplicaRepository;
import vn.partybloc.evaluation.repository.ScreeningFindingRepository;
import vn.partybloc.platform.security.Caller;
import vn.partybloc.platform.web.ETags;
import vn.partybloc.platform.web.ProblemException;
import vn.partybloc.platform.web.ProblemMessage;

/** Inspection and supervision plans of committees and inspection committees, their items and outcomes. */
@ApplicationScoped
@Transactional
public class InspectionService {

    private final InspectionPlanRepository plans;
    private final InspectionItemRepository items;
    private final ScreeningFindingRepository findings;
    private final OrganizationReplicaRepository organizations;
    private final MemberReplicaRepository members;
    private final OrganizationScope scope;
    private final EvaluationEvents events;
    private final Caller caller;

    public InspectionService(
            InspectionPlanRepository plans,
            InspectionItemRepository items,
            ScreeningFindingRepository findings,
            OrganizationReplicaRepository organizations,
            MemberReplicaRepository members,
            OrganizationScope scope,
            EvaluationEvents events,
            Caller caller) {
        this.plans = plans;
        this.items = items;
        this.findings = findings;
        this.organizations = organizations;
        this.members = members;
        this.scope = scope;
        this.events = events;
        this.caller = caller;
    }

    public record NewItem(
            InspectionKind kind,
            InspectionSubjectKind subjectKind,
            UUID subjectId,
            String content,
            LocalDate plannedFrom,
            LocalDate plannedTo) {}

    public InspectionPlan create(
            int year,
            UUID bodyOrganizationId,
            InspectionBody bodyKind,
            InspectionActivity activity,
            String title,
            List<NewItem> newItems) {
        OrganizationReplica body = scope.visible(bodyOrganizationId);
        if (bodyKind == InspectionBody.INSPECTION_COMMITTEE && !body.hasInspectionCommittee()) {
            throw ProblemException.rule(
                    Rules.INSPECTION_BODY,
                    "inspection.no-committee",
                    ProblemMessage.code("OrganizationType", body.type));
        }
        InspectionPlan p = new InspectionPlan();
        p.id = UUID.randomUUID();
        p.year = year;
        p.bodyOrganizationId = body.id;
        p.bodyKind = bodyKind;
        p.activity = activity;
        p.title = title;
        p.created(caller.name(), Instant.now());
        plans.persist(p);
        for (NewItem item : newItems) {
            addItem(p, body, item);
        }
        return p;
    }

    public InspectionItem addItem(UUID planId, String ifMatch, NewItem item) {
        InspectionPlan p = visible(planId);
        ETags.checkIfMatch(ifMatch, p.version);
        p.touch(caller.name(), Instant.now());
        return addItem(p, organizations.findById(p.bodyOrganizationId), item);
    }

    public InspectionItem conclude(
            UUID planId, UUID itemId, String findingsText, String conclusion, LocalDate concludedOn) {
        InspectionPlan p = visible(planId);
        InspectionItem i = plannedItem(p, itemId);
        i.status = InspectionStatus.DONE;
        i.findings = findingsText;
        i.conclusion = conclusion;
        i.concludedOn = concludedOn;
        i.concludedBy = caller.name();
        i.touch(caller.name(), Instant.now());
        items.flush();
        events.inspectionConcluded(p, i);
        return i;
    }

    public InspectionItem cancel(UUID planId, UUID itemId, String reason) {
        InspectionPlan p = visible(planId);
        InspectionItem i = plannedItem(p, itemId);
        i.status = InspectionStatus.CANCELLED;
        i.conclusion = reason;
        i.touch(caller.name(), Instant.now());
        items.flush();
        return i;
    }

    public ScreeningFinding recordScreening(
            UUID planId,
            UUID memberId,
            String finding,
            ScreeningOutcome outcome,
            LocalDate decidedOn,
            String decisionNumber) {
        InspectionPlan p = visible(planId);
        MemberReplica member = members.findById(memberId);
        OrganizationReplica cell = member == null ? null : organizations.findById(member.organizationId);
        if (cell == null || !organizations.findById(p.bodyOrganizationId).contains(cell)) {
            throw ProblemException.rule(Rules.INSPECTION_SUBJECT, "inspection.member-not-under-body", memberId);
        }
        ScreeningFinding f = new ScreeningFinding();
        f.id = UUID.randomUUID();
        f.planId = p.id;
        f.memberId = memberId;
        f.finding = finding;
        f.outcome = outcome;
        f.decidedOn = decidedOn;
        f.decisionNumber = decisionNumber;
        f.recordedAt = Instant.now();
        f.recordedBy = caller.name();
        findings.persist(f);
        events.screeningDecided(f, cell.id);
        return f;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InspectionPlan visible(UUID planId) {
        InspectionPlan p =
                plans.findByIdOptional(planId).orElseThrow(() -> ProblemException.notFound("inspection-plan", planId));
        OrganizationReplica body = organizations.findById(p.bodyOrganizationId);
        if (body == null || !scope.inScope(body)) {
            throw ProblemException.notFound("inspection-plan", planId);
        }
        return p;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<InspectionItem> itemsOf(UUID planId) {
        return items.list("planId = ?1 order by plannedFrom, id", planId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ScreeningFinding> screeningsOf(UUID planId) {
        return findings.list("planId = ?1 order by decidedOn, id", planId);
    }

    /** Plans whose body lies in the subtree, optionally of one year, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<InspectionPlan> inSubtree(UUID organizationId, Integer year) {
        OrganizationReplica root = scope.visible(organizationId);
        return plans.getEntityManager()
                .createQuery("""
                select p from InspectionPlan p, OrganizationReplica o where o.id = p.bodyOrganizationId and o.path like :path
                and (:year is null or p.year = :year) order by p.year desc, p.title""", InspectionPlan.class)
                .setParameter("path", root.path + "%")
                .setParameter("year", year)
                .getResultList();
    }

    /** Planned against done for the plans of the subtree's bodies in one year. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public InspectionReport report(UUID organizationId, int year) {
        return plans.report(scope.visible(organizationId), year);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InspectionItem item(UUID planId, UUID itemId) {
        return itemOf(visible(planId), itemId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ScreeningFinding screening(UUID planId, UUID findingId) {
        visible(planId);
        return findings.findByIdOptional(findingId)
                .filter(f -> f.planId.equals(planId))
                .orElseThrow(() -> ProblemException.notFound("screening-finding", findingId));
    }

    private InspectionItem itemOf(InspectionPlan p, UUID itemId) {
        return items.findByIdOptional(itemId)
                .filter(x -> x.planId.equals(p.id))
                .orElseThrow(() -> ProblemException.notFound("inspection-item", itemId));
    }

    private InspectionItem plannedItem(InspectionPlan p, UUID itemId) {
        InspectionItem i = itemOf(p, itemId);
        if (i.status != InspectionStatus.PLANNED) {
            throw ProblemException.rule(Rules.INSPECTION_FLOW, "inspection.item-not-planned", itemId, i.status);
        }
        return i;
    }

    private InspectionItem addItem(InspectionPlan p, OrganizationReplica body, NewItem n) {
        OrganizationReplica subjectOrg = switch (n.subjectKind()) {
            case ORGANIZATION -> organizations.findById(n.subjectId());
            case COMMITTEE_MEMBER -> {
                MemberReplica m = members.findById(n.subjectId());
                yield m == null ? null : organizations.findById(m.organizationId);
            }
        };
        if (subjectOrg == null || !body.contains(subjectOrg)) {
            throw ProblemException.rule(
                    Rules.INSPECTION_SUBJECT, "inspection.subject-not-under-body", n.subjectId(), body.code);
        }
        InspectionItem i = new InspectionItem();
        i.id = UUID.randomUUID();
        i.planId = p.id;
        i.kind = n.kind();
        i.subjectKind = n.subjectKind();
        i.subjectId = n.subjectId();
        i.content = n.content();
        i.plannedFrom = n.plannedFrom();
        i.plannedTo = n.plannedTo();
        i.status = InspectionStatus.PLANNED;
        i.created(caller.name(), Instant.now());
        items.persist(i);
        return i;
    }
}
