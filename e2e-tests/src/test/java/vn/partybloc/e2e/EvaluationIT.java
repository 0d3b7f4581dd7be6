package vn.partybloc.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.ApiResponse;
import vn.partybloc.client.api.CommitteePositionsApi;
import vn.partybloc.client.api.ComplaintsApi;
import vn.partybloc.client.api.ConfidenceVotesApi;
import vn.partybloc.client.api.DisciplineApi;
import vn.partybloc.client.api.InspectionPlansApi;
import vn.partybloc.client.api.MembersApi;
import vn.partybloc.client.api.OrganizationDisciplineApi;
import vn.partybloc.client.api.ReviewCyclesApi;
import vn.partybloc.client.api.ReviewsApi;
import vn.partybloc.client.api.RuleSetsApi;
import vn.partybloc.client.api.TargetsApi;
import vn.partybloc.client.model.AppealOutcome;
import vn.partybloc.client.model.Appointment;
import vn.partybloc.client.model.CommitteeKind;
import vn.partybloc.client.model.Complaint;
import vn.partybloc.client.model.ComplaintAcknowledgementRequest;
import vn.partybloc.client.model.ComplaintChannel;
import vn.partybloc.client.model.ComplaintKind;
import vn.partybloc.client.model.ComplaintOutcome;
import vn.partybloc.client.model.ComplaintRequest;
import vn.partybloc.client.model.ComplaintResolutionRequest;
import vn.partybloc.client.model.ComplaintStatus;
import vn.partybloc.client.model.ConfidenceVote;
import vn.partybloc.client.model.ConfidenceVoteBallots;
import vn.partybloc.client.model.ConfidenceVoteRequest;
import vn.partybloc.client.model.ConsequenceKind;
import vn.partybloc.client.model.DecidingRecord;
import vn.partybloc.client.model.DecidingRecordKind;
import vn.partybloc.client.model.DecisionConsequence;
import vn.partybloc.client.model.DecisionRequest;
import vn.partybloc.client.model.DisciplineAppeal;
import vn.partybloc.client.model.DisciplineAppealRequest;
import vn.partybloc.client.model.DisciplineAppealResolutionRequest;
import vn.partybloc.client.model.DisciplineBody;
import vn.partybloc.client.model.DisciplineCase;
import vn.partybloc.client.model.DisciplineCaseRequest;
import vn.partybloc.client.model.DisciplineCategory;
import vn.partybloc.client.model.DisciplineDecisionRequest;
import vn.partybloc.client.model.DisciplineForm;
import vn.partybloc.client.model.DisciplineLevel;
import vn.partybloc.client.model.DisciplineReport;
import vn.partybloc.client.model.DisciplineStatus;
import vn.partybloc.client.model.Gender;
import vn.partybloc.client.model.InspectionActivity;
import vn.partybloc.client.model.InspectionBody;
import vn.partybloc.client.model.InspectionItem;
import vn.partybloc.client.model.InspectionItemRequest;
import vn.partybloc.client.model.InspectionKind;
import vn.partybloc.client.model.InspectionPlan;
import vn.partybloc.client.model.InspectionPlanRequest;
import vn.partybloc.client.model.InspectionSubjectKind;
import vn.partybloc.client.model.Level;
import vn.partybloc.client.model.MemberEvent;
import vn.partybloc.client.model.MemberEventKind;
import vn.partybloc.client.model.MemberStatus;
import vn.partybloc.client.model.OrganizationDisciplineAppeal;
import vn.partybloc.client.model.OrganizationDisciplineAppealResolutionRequest;
import vn.partybloc.client.model.OrganizationDisciplineCase;
import vn.partybloc.client.model.OrganizationDisciplineCaseRequest;
import vn.partybloc.client.model.OrganizationDisciplineDecisionRequest;
import vn.partybloc.client.model.OrganizationDisciplineForm;
import vn.partybloc.client.model.OrganizationType;
import vn.partybloc.client.model.Position;
import vn.partybloc.client.model.ProposalRequest;
import vn.partybloc.client.model.ReRatingRequest;
import vn.partybloc.client.model.Review;
import vn.partybloc.client.model.ReviewCycleRequest;
import vn.partybloc.client.model.ReviewStatus;
import vn.partybloc.client.model.RuleSetRequest;
import vn.partybloc.client.model.ScreeningFinding;
import vn.partybloc.client.model.ScreeningFindingRequest;
import vn.partybloc.client.model.ScreeningOutcome;
import vn.partybloc.client.model.SelfAssessmentRequest;
import vn.partybloc.client.model.SubjectKind;
import vn.partybloc.client.model.TargetComparison;
import vn.partybloc.client.model.TargetMetric;
import vn.partybloc.client.model.TargetRequest;

/**
 * Evaluation: an inspection committee plans its supervision and screens a member, the committee holds a confidence
 * vote; the Bloc adopts rules for a new year, rates an organization and re-rates it when the rating proves wrong.
 */
@Order(7)
class EvaluationIT extends Journey {

    @Test
    void anInspectionCommitteeSupervisesItsOrganizationAndTheCommitteeHoldsAConfidenceVote() throws ApiException {
        String organizer = LocalStack.login("organizer");
        UUID committee =
                found(organizer, code("KT"), "Đảng bộ Cục Thuế tỉnh", OrganizationType.GRASSROOTS_COMMITTEE, bloc);
        UUID cell =
                found(organizer, code("KTC"), "Chi bộ Phòng Kiểm tra", OrganizationType.SUBORDINATE_CELL, committee);
        awaitMemberServiceKnows(organizer, cell);
        UUID member = new MembersApi(Gateway.as(organizer))
                .admitMember(
                        member("Phạm Minh Tuấn", LocalDate.of(1979, 4, 11), Gender.MALE, cell)
                                .admittedOn(LocalDate.of(2004, 3, 26))
                                .fullMemberSince(LocalDate.of(2005, 3, 26)),
                        null)
                .getId();

        // evaluation-service learns of the organizations and the member from events: until then it answers 404 or 422.
        InspectionPlansApi inspections = new InspectionPlansApi(Gateway.as(organizer));
        ApiResponse<InspectionPlan> plan = whenKnown(() -> inspections.createInspectionPlanWithHttpInfo(
                new InspectionPlanRequest()
                        .year(2026)
                        .bodyOrganizationId(committee)
                        .bodyKind(InspectionBody.INSPECTION_COMMITTEE)
                        .activity(InspectionActivity.SUPERVISION)
                        .title("Kế hoạch giám sát năm 2026"),
                null));
        UUID planId = plan.getData().getId();
        InspectionItem item = whenKnown(() -> inspections.addInspectionItem(
                planId,
                new InspectionItemRequest()
                        .kind(InspectionKind.THEMATIC)
                        .subjectKind(InspectionSubjectKind.ORGANIZATION)
                        .subjectId(cell)
                        .content("Giám sát việc thực hiện quy chế làm việc")
                        .plannedFrom(LocalDate.of(2026, 12, 1))
                        .plannedTo(LocalDate.of(2026, 12, 15)),
                header(plan.getHeaders(), "ETag"),
                null));
        assertReadsBack(
                List.of(item.getId()), inspections.getInspectionPlan(planId).getItems(), InspectionItem::getId);
        ScreeningFinding finding = whenKnown(() -> inspections.recordScreeningFinding(
                planId,
                new ScreeningFindingRequest()
                        .memberId(member)
                        .finding("Sinh hoạt đầy đủ, không vi phạm")
                        .outcome(ScreeningOutcome.RETAINED)
                        .decidedOn(LocalDate.of(2026, 11, 20)),
                null));
        assertReadsBack(List.of(finding.getId()), inspections.listScreeningFindings(planId), ScreeningFinding::getId);

        // 30 summoned, 25 present: quorate; 4 of 24 valid ballots low, so no flag.
        ConfidenceVote vote = new ConfidenceVotesApi(Gateway.as(organizer))
                .recordConfidenceVote(
                        new ConfidenceVoteRequest()
                                .organizationId(committee)
                                .body("Ban Chấp hành Đảng bộ")
                                .votedOn(LocalDate.of(2026, 11, 25))
                                .summoned(30)
                                .present(25)
                                .results(List.of(new ConfidenceVoteBallots()
                                        .memberId(member)
                                        .positionTitle("Bí thư")
                                        .ballotsIssued(25)
                                        .ballotsReturned(25)
                                        .validBallots(24)
                                        .invalidBallots(1)
                                        .high(15)
                                        .trust(5)
                                        .low(4))),
                        null);
        assertEquals(Boolean.TRUE, vote.getValid());
    }

    /**
     * A screening that expels a member reaches member-service through Kafka: the member leaves the register on the
     * decision's date, their history cites the decision and the finding, and the list of the decisions' consequences
     * links to the finding, which the link reads through the gateway.
     */
    @Test
    void aMemberExpelledByAScreeningLeavesTheRegister() throws ApiException {
        String organizer = LocalStack.login("organizer");
        UUID committee =
                found(organizer, code("SL"), "Đảng bộ Sở Tài chính", OrganizationType.GRASSROOTS_COMMITTEE, bloc);
        UUID cell =
                found(organizer, code("SLC"), "Chi bộ Phòng Ngân sách", OrganizationType.SUBORDINATE_CELL, committee);
        awaitMemberServiceKnows(organizer, cell);
        MembersApi members = new MembersApi(Gateway.as(organizer));
        UUID member = members.admitMember(
                        member("Đinh Văn Khải", LocalDate.of(1975, 2, 8), Gender.MALE, cell)
                                .admittedOn(LocalDate.of(2001, 6, 12))
                                .fullMemberSince(LocalDate.of(2002, 6, 12)),
                        null)
                .getId();
        InspectionPlansApi inspections = new InspectionPlansApi(Gateway.as(organizer));
        UUID plan = whenKnown(() -> inspections.createInspectionPlan(
                        new InspectionPlanRequest()
                                .year(2026)
                                .bodyOrganizationId(committee)
                                .bodyKind(InspectionBody.INSPECTION_COMMITTEE)
                                .activity(InspectionActivity.INSPECTION)
                                .title("Rà soát, sàng lọc đảng viên năm 2026"),
                        null))
                .getId();

        ScreeningFinding finding = whenKnown(() -> inspections.recordScreeningFinding(
                plan,
                new ScreeningFindingRequest()
                        .memberId(member)
                        .finding("Vi phạm tư cách đảng viên, không còn đủ tiêu chuẩn")
                        .outcome(ScreeningOutcome.EXPELLED)
                        .decidedOn(LocalDate.of(2026, 10, 5))
                        .decisionNumber("77-QĐ/ĐU"),
                null));

        Awaitility.await("member-service applies the expulsion")
                .atMost(Duration.ofSeconds(60))
                .until(() -> members.getMember(member, null).getStatus() == MemberStatus.EXPELLED);
        MemberEvent expelled = members.getMemberHistory(member).stream()
                .filter(change -> change.getKind() == MemberEventKind.EXPELLED)
                .findFirst()
                .orElseThrow();
        assertEquals(LocalDate.of(2026, 10, 5), expelled.getOccurredOn());
        assertEquals("77-QĐ/ĐU", expelled.getDecisionNumber());
        assertEquals(finding.getId(), expelled.getScreeningFindingId());

        DecisionConsequence consequence = members
                .listDecisionConsequences(
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 12, 31),
                        ConsequenceKind.EXPELLED,
                        committee,
                        null,
                        null,
                        null)
                .getItems()
                .stream()
                .filter(listed -> member.equals(listed.getMemberId()))
                .findFirst()
                .orElseThrow();
        DecidingRecord decider = consequence.getDecidedBy().get(0);
        assertEquals(DecidingRecordKind.SCREENING_FINDING, decider.getKind());
        String followed = Gateway.following()
                .auth()
                .oauth2(organizer)
                .get(decider.getHref())
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        assertEquals(finding.getId().toString(), followed);
    }

    /**
     * The Bloc's standing committee removes a grassroots committee member from their post: member-service ends the
     * post on the decision's date with reason DISCIPLINE, and the member stays on the register.
     */
    @Test
    void aRemovalFromPostDecidedInDisciplineEndsThePost() throws ApiException {
        String organizer = LocalStack.login("organizer");
        UUID committee = found(organizer, code("KL"), "Đảng bộ Sở Nội vụ", OrganizationType.GRASSROOTS_COMMITTEE, bloc);
        UUID cell = found(organizer, code("KLC"), "Chi bộ Phòng Tổ chức", OrganizationType.SUBORDINATE_CELL, committee);
        awaitMemberServiceKnows(organizer, cell);
        MembersApi members = new MembersApi(Gateway.as(organizer));
        UUID member = members.admitMember(
                        member("Nông Văn Chức", LocalDate.of(1972, 7, 19), Gender.MALE, cell)
                                .admittedOn(LocalDate.of(1998, 3, 3))
                                .fullMemberSince(LocalDate.of(1999, 3, 3)),
                        null)
                .getId();
        UUID executive = formCommittee(organizer, committee, CommitteeKind.EXECUTIVE_COMMITTEE);
        UUID post = startPosition(organizer, executive, member, Appointment.ELECTED, LocalDate.of(2025, 9, 1));

        DisciplineApi discipline = new DisciplineApi(Gateway.as(organizer));
        DisciplineCase opened = whenKnown(() -> discipline.openDisciplineCase(
                new DisciplineCaseRequest()
                        .memberId(member)
                        .violation("Thiếu trách nhiệm trong lãnh đạo, chỉ đạo, để xảy ra sai phạm")
                        .category(DisciplineCategory.ASSIGNED_TASKS)
                        .violatedOn(LocalDate.of(2026, 3, 2))
                        .bodyKind(DisciplineBody.STANDING_COMMITTEE)
                        .bodyOrganizationId(bloc)
                        .openedOn(LocalDate.of(2026, 5, 4)),
                null));
        DisciplineCase decided = whenKnown(() -> discipline.decideDisciplineCase(
                opened.getId(),
                new DisciplineDecisionRequest()
                        .form(DisciplineForm.REMOVAL_FROM_POST)
                        .positionId(post)
                        .decisionNumber("131-QĐ/ĐUK")
                        .decidedOn(LocalDate.of(2026, 9, 15)),
                null,
                null));
        assertEquals(DisciplineStatus.DECIDED, decided.getStatus());

        CommitteePositionsApi positions = new CommitteePositionsApi(Gateway.as(organizer));
        Awaitility.await("member-service ends the post")
                .atMost(Duration.ofSeconds(60))
                .until(() -> positions.getPosition(post).getEndReason() == Position.EndReasonEnum.DISCIPLINE);
        assertEquals(LocalDate.of(2026, 9, 15), positions.getPosition(post).getEndsOn());
        assertEquals(MemberStatus.ACTIVE, members.getMember(member, null).getStatus());
    }

    /**
     * Issue 20, discipline of organizations: the Bloc's inspection committee reprimands a cell of a grassroots committee
     * (one under the committee below the Bloc: QĐ 22-QĐ/TW, Điều 12), through the gateway; a dissolution is refused, as
     * no source names who decides one; the committee's discipline report counts the reprimand until the Bloc's standing
     * committee annuls it on the cell's appeal.
     */
    @Test
    void theBlocsInspectionCommitteeReprimandsACellAndTheStandingCommitteeAnnulsItOnAppeal() throws ApiException {
        String organizer = LocalStack.login("organizer");
        UUID committee =
                found(organizer, code("KT"), "Đảng bộ Sở Xây dựng", OrganizationType.GRASSROOTS_COMMITTEE, bloc);
        UUID cell = found(
                organizer, code("KTC"), "Chi bộ Phòng Quản lý xây dựng", OrganizationType.SUBORDINATE_CELL, committee);

        OrganizationDisciplineApi discipline = new OrganizationDisciplineApi(Gateway.as(LocalStack.login("inspector")));
        OrganizationDisciplineCase opened = whenKnown(() -> discipline.openOrganizationDisciplineCase(
                new OrganizationDisciplineCaseRequest()
                        .organizationId(cell)
                        .violation("Không duy trì sinh hoạt chi bộ định kỳ trong sáu tháng")
                        .category(DisciplineCategory.PARTY_ACTIVITIES)
                        .violatedOn(LocalDate.of(2026, 1, 5))
                        .bodyKind(DisciplineBody.INSPECTION_COMMITTEE)
                        .bodyOrganizationId(bloc)
                        .openedOn(LocalDate.of(2026, 7, 6)),
                null));
        assertEquals(DisciplineLevel.BLOC, opened.getBodyLevel());
        ApiException dissolution = assertThrows(
                ApiException.class,
                () -> discipline.decideOrganizationDisciplineCase(
                        opened.getId(), decision(OrganizationDisciplineForm.DISSOLUTION), null, null));
        assertEquals(422, dissolution.getCode());
        OrganizationDisciplineCase decided = discipline.decideOrganizationDisciplineCase(
                opened.getId(), decision(OrganizationDisciplineForm.REPRIMAND), null, null);
        assertEquals(DisciplineStatus.DECIDED, decided.getStatus());

        DisciplineApi reports = new DisciplineApi(Gateway.as(LocalStack.login("viewer")));
        DisciplineReport report =
                reports.getDisciplineReport(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), committee);
        assertEquals(1L, report.getOrganizationCases().getDecided());
        assertEquals(1L, report.getOrganizationCases().getByForm().get("REPRIMAND"));
        assertEquals(0L, report.getDecided());

        OrganizationDisciplineAppeal appeal = discipline.lodgeOrganizationDisciplineAppeal(
                opened.getId(),
                new DisciplineAppealRequest()
                        .lodgedOn(LocalDate.of(2026, 9, 20))
                        .bodyKind(DisciplineBody.STANDING_COMMITTEE)
                        .bodyOrganizationId(bloc),
                null);
        assertEquals(OrganizationDisciplineForm.REPRIMAND, appeal.getPreviousForm());
        discipline.resolveOrganizationDisciplineAppeal(
                appeal.getId(),
                opened.getId(),
                new OrganizationDisciplineAppealResolutionRequest()
                        .outcome(AppealOutcome.ANNULLED)
                        .decisionNumber("61-QĐ/ĐUK")
                        .resolvedOn(LocalDate.of(2026, 10, 15)),
                null,
                null);
        assertEquals(
                DisciplineStatus.ANNULLED,
                discipline.getOrganizationDisciplineCase(opened.getId()).getStatus());
        report = reports.getDisciplineReport(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), committee);
        assertEquals(0L, report.getOrganizationCases().getDecided());
        assertEquals(1L, report.getOrganizationCases().getAppealsLodged());
        assertEquals(1L, report.getOrganizationCases().getAppealsResolved().get("ANNULLED"));
    }

    private static OrganizationDisciplineDecisionRequest decision(OrganizationDisciplineForm form) {
        return new OrganizationDisciplineDecisionRequest()
                .form(form)
                .decisionNumber("58-QĐ/UBKTĐUK")
                .decidedOn(LocalDate.of(2026, 9, 8));
    }

    /**
     * Issue 20, appeals: the Bloc's standing committee warns a member, the province's committee changes the warning
     * to expulsion on appeal, and member-service takes the member off the register from that decision.
     */
    @Test
    void aWarningChangedToExpulsionOnAppealTakesTheMemberOffTheRegister() throws ApiException {
        String organizer = LocalStack.login("organizer");
        UUID committee =
                found(organizer, code("KN"), "Đảng bộ Sở Tư pháp", OrganizationType.GRASSROOTS_COMMITTEE, bloc);
        UUID cell =
                found(organizer, code("KNC"), "Chi bộ Phòng Hành chính", OrganizationType.SUBORDINATE_CELL, committee);
        awaitMemberServiceKnows(organizer, cell);
        MembersApi members = new MembersApi(Gateway.as(organizer));
        UUID member = members.admitMember(
                        member("Lò Văn Kêu", LocalDate.of(1978, 4, 21), Gender.MALE, cell)
                                .admittedOn(LocalDate.of(2004, 5, 19))
                                .fullMemberSince(LocalDate.of(2005, 5, 19)),
                        null)
                .getId();
        DisciplineApi discipline = new DisciplineApi(Gateway.as(organizer));
        DisciplineCase opened = whenKnown(() -> discipline.openDisciplineCase(
                new DisciplineCaseRequest()
                        .memberId(member)
                        .violation("Vi phạm những điều đảng viên không được làm")
                        .category(DisciplineCategory.PARTY_ACTIVITIES)
                        .violatedOn(LocalDate.of(2026, 2, 10))
                        .bodyKind(DisciplineBody.STANDING_COMMITTEE)
                        .bodyOrganizationId(bloc)
                        .openedOn(LocalDate.of(2026, 4, 1)),
                null));
        discipline.decideDisciplineCase(
                opened.getId(),
                new DisciplineDecisionRequest()
                        .form(DisciplineForm.WARNING)
                        .decisionNumber("140-QĐ/ĐUK")
                        .decidedOn(LocalDate.of(2026, 9, 1)),
                null,
                null);
        DisciplineAppeal appeal = discipline.lodgeDisciplineAppeal(
                opened.getId(),
                new DisciplineAppealRequest()
                        .lodgedOn(LocalDate.of(2026, 9, 20))
                        .bodyKind(DisciplineBody.STANDING_COMMITTEE),
                null);
        assertEquals(DisciplineLevel.PROVINCE, appeal.getBodyLevel());
        DisciplineAppeal resolved = discipline.resolveDisciplineAppeal(
                appeal.getId(),
                opened.getId(),
                new DisciplineAppealResolutionRequest()
                        .outcome(AppealOutcome.CHANGED)
                        .form(DisciplineForm.EXPULSION)
                        .decisionNumber("512-QĐ/TU")
                        .resolvedOn(LocalDate.of(2026, 11, 10)),
                null,
                null);
        assertEquals(DisciplineForm.EXPULSION, resolved.getForm());
        assertEquals(
                DisciplineForm.EXPULSION,
                discipline.getDisciplineCase(opened.getId()).getForm());

        Awaitility.await("member-service applies the expulsion")
                .atMost(Duration.ofSeconds(60))
                .until(() -> members.getMember(member, null).getStatus() == MemberStatus.EXPELLED);
        MemberEvent expelled = members.getMemberHistory(member).stream()
                .filter(change -> change.getKind() == MemberEventKind.EXPELLED)
                .findFirst()
                .orElseThrow();
        assertEquals(LocalDate.of(2026, 11, 10), expelled.getOccurredOn());
        assertEquals(opened.getId(), expelled.getDisciplineCaseId());
    }

    /**
     * Issue 20, complaints: an inspector records a denunciation of a grassroots committee for its own inspection
     * committee, which takes it up and resolves it; the demo inspector serves on the Bloc's committee, not that one, so
     * the denouncer is not given back to them.
     */
    @Test
    void aDenunciationIsTakenUpAndResolvedAndItsDenouncerStaysWithTheAssignedCommittee() throws ApiException {
        String organizer = LocalStack.login("organizer");
        UUID committee =
                found(organizer, code("TC"), "Đảng bộ Sở Xây dựng", OrganizationType.GRASSROOTS_COMMITTEE, bloc);
        ComplaintsApi complaints = new ComplaintsApi(Gateway.as(LocalStack.login("inspector")));
        Complaint received = whenKnown(() -> complaints.receiveComplaint(
                new ComplaintRequest()
                        .kind(ComplaintKind.DENUNCIATION)
                        .receivedOn(LocalDate.of(2026, 3, 2))
                        .channel(ComplaintChannel.LETTER)
                        .subjectOrganizationId(committee)
                        .content("Tố cáo ban thường vụ vi phạm nguyên tắc tập trung dân chủ")
                        .complainantName("Người tố cáo thử")
                        .assignedOrganizationId(committee),
                null));
        assertEquals(LocalDate.of(2026, 5, 31), received.getResolveBy());
        assertNull(received.getComplainantName());
        complaints.acknowledgeComplaint(
                received.getId(),
                new ComplaintAcknowledgementRequest().acknowledgedOn(LocalDate.of(2026, 3, 9)),
                null,
                null);
        Complaint resolved = complaints.resolveComplaint(
                received.getId(),
                new ComplaintResolutionRequest()
                        .outcome(ComplaintOutcome.UNFOUNDED)
                        .decisionNumber("3-KL/UBKT")
                        .resolvedOn(LocalDate.of(2026, 4, 20)),
                null,
                null);
        assertEquals(ComplaintStatus.RESOLVED, resolved.getStatus());
    }

    @Test
    void theBlocAdoptsRulesForANewYearAndAWrongRatingIsReRated() throws ApiException {
        String organizer = LocalStack.login("organizer");
        UUID committee =
                found(organizer, code("RR"), "Đảng bộ Sở Xây dựng", OrganizationType.GRASSROOTS_COMMITTEE, bloc);
        new RuleSetsApi(Gateway.as(organizer))
                .createRuleSet(
                        new RuleSetRequest()
                                .code(code("QD2030"))
                                .documents("Quy định đánh giá, xếp loại năm 2030")
                                .effectiveFrom(LocalDate.of(2030, 1, 1))
                                .usesScore(false),
                        null);
        UUID cycle = new ReviewCyclesApi(Gateway.as(organizer))
                .openReviewCycle(new ReviewCycleRequest().year(2030).articleTargets(false), null)
                .getId();
        new TargetsApi(Gateway.as(organizer))
                .setTarget(
                        new TargetRequest()
                                .cycleId(cycle)
                                .subjectKind(SubjectKind.GRASSROOTS_ORGANIZATION)
                                .metric(TargetMetric.AT_LEAST_GOOD)
                                .comparison(TargetComparison.AT_LEAST)
                                .percent(BigDecimal.valueOf(90)),
                        null);

        ReviewsApi reviews = new ReviewsApi(Gateway.as(organizer));
        UUID review = whenKnown(() -> reviews.selfAssess(
                        new SelfAssessmentRequest()
                                .cycleId(cycle)
                                .subjectKind(SubjectKind.GRASSROOTS_ORGANIZATION)
                                .subjectId(committee)
                                .level(Level.GOOD),
                        null))
                .getId();
        reviews.proposeRating(review, new ProposalRequest().level(Level.GOOD), null, null);
        reviews.decideRating(
                review,
                new DecisionRequest()
                        .level(Level.GOOD)
                        .decisionNumber("3-QĐ/ĐUK")
                        .decidedOn(LocalDate.of(2031, 1, 20)),
                null,
                null);
        Review reRated = reviews.reRate(
                review,
                new ReRatingRequest()
                        .reason("Kết quả kiểm tra cho thấy chưa đạt mức tốt")
                        .decision(new DecisionRequest()
                                .level(Level.COMPLETE)
                                .decisionNumber("8-QĐ/ĐUK")
                                .decidedOn(LocalDate.of(2031, 3, 2))),
                null,
                null);
        assertEquals(review, reRated.getReplacesReviewId());
        // A review's level can be null (not yet decided): the client types it with Review's own enumeration.
        assertEquals(Review.LevelEnum.COMPLETE, reRated.getLevel());
        assertEquals(ReviewStatus.CANCELLED, reviews.getReview(review).getStatus());
    }
}
