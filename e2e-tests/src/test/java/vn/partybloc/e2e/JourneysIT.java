package vn.partybloc.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.partybloc.client.ApiClient;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.ApiResponse;
import vn.partybloc.client.api.ChangesFeedApi;
import vn.partybloc.client.api.CommitteePositionsApi;
import vn.partybloc.client.api.CommitteesApi;
import vn.partybloc.client.api.ConfidenceVotesApi;
import vn.partybloc.client.api.ContestsApi;
import vn.partybloc.client.api.CoursesApi;
import vn.partybloc.client.api.EnrollmentsApi;
import vn.partybloc.client.api.ImportsApi;
import vn.partybloc.client.api.InspectionPlansApi;
import vn.partybloc.client.api.MembersApi;
import vn.partybloc.client.api.OrganizationsApi;
import vn.partybloc.client.api.PoliticalVettingApi;
import vn.partybloc.client.api.ReportsApi;
import vn.partybloc.client.api.ReviewCyclesApi;
import vn.partybloc.client.api.ReviewsApi;
import vn.partybloc.client.api.RuleSetsApi;
import vn.partybloc.client.api.StructuralChangesApi;
import vn.partybloc.client.api.SuccessionPlansApi;
import vn.partybloc.client.api.TargetsApi;
import vn.partybloc.client.api.TermsApi;
import vn.partybloc.client.api.TrainingObligationsApi;
import vn.partybloc.client.api.TrainingRecordsApi;
import vn.partybloc.client.model.Appointment;
import vn.partybloc.client.model.Attainment;
import vn.partybloc.client.model.AttainmentKindFigures;
import vn.partybloc.client.model.BatchDecisionItem;
import vn.partybloc.client.model.BatchDecisionRequest;
import vn.partybloc.client.model.BulkEnrollmentRequest;
import vn.partybloc.client.model.CandidateRequest;
import vn.partybloc.client.model.ChangeEvent;
import vn.partybloc.client.model.ChangeKind;
import vn.partybloc.client.model.ChangesPage;
import vn.partybloc.client.model.CommitteeKind;
import vn.partybloc.client.model.CommitteeRequest;
import vn.partybloc.client.model.CompletionItem;
import vn.partybloc.client.model.CompletionRequest;
import vn.partybloc.client.model.CompletionResult;
import vn.partybloc.client.model.ConfidenceVote;
import vn.partybloc.client.model.ConfidenceVoteBallots;
import vn.partybloc.client.model.ConfidenceVoteRequest;
import vn.partybloc.client.model.Contest;
import vn.partybloc.client.model.ContestKind;
import vn.partybloc.client.model.ContestRequest;
import vn.partybloc.client.model.ContestRound;
import vn.partybloc.client.model.ContestRoundRequest;
import vn.partybloc.client.model.CourseFormat;
import vn.partybloc.client.model.CourseRequest;
import vn.partybloc.client.model.CourseStatus;
import vn.partybloc.client.model.CourseStatusChange;
import vn.partybloc.client.model.CourseTopic;
import vn.partybloc.client.model.Decision;
import vn.partybloc.client.model.DecisionRequest;
import vn.partybloc.client.model.Degree;
import vn.partybloc.client.model.EnrollmentRequest;
import vn.partybloc.client.model.FoundOrganizationRequest;
import vn.partybloc.client.model.Gender;
import vn.partybloc.client.model.HostUnit;
import vn.partybloc.client.model.HostUnitKind;
import vn.partybloc.client.model.ImportJob;
import vn.partybloc.client.model.ImportStatus;
import vn.partybloc.client.model.InspectionActivity;
import vn.partybloc.client.model.InspectionBody;
import vn.partybloc.client.model.InspectionItem;
import vn.partybloc.client.model.InspectionItemRequest;
import vn.partybloc.client.model.InspectionKind;
import vn.partybloc.client.model.InspectionPlan;
import vn.partybloc.client.model.InspectionPlanRequest;
import vn.partybloc.client.model.InspectionSubjectKind;
import vn.partybloc.client.model.Level;
import vn.partybloc.client.model.Member;
import vn.partybloc.client.model.MemberRequest;
import vn.partybloc.client.model.MemberStatistics;
import vn.partybloc.client.model.MembershipKind;
import vn.partybloc.client.model.MoveRequest;
import vn.partybloc.client.model.NewOrganization;
import vn.partybloc.client.model.ObligationStatus;
import vn.partybloc.client.model.Organization;
import vn.partybloc.client.model.OrganizationCounts;
import vn.partybloc.client.model.OrganizationType;
import vn.partybloc.client.model.Overview;
import vn.partybloc.client.model.PositionKind;
import vn.partybloc.client.model.PositionRequest;
import vn.partybloc.client.model.ProposalRequest;
import vn.partybloc.client.model.ReRatingRequest;
import vn.partybloc.client.model.ReceiveOrganizationRequest;
import vn.partybloc.client.model.Responsibility;
import vn.partybloc.client.model.ResponsibilityRequest;
import vn.partybloc.client.model.Review;
import vn.partybloc.client.model.ReviewCycleRequest;
import vn.partybloc.client.model.ReviewStatus;
import vn.partybloc.client.model.RuleSetRequest;
import vn.partybloc.client.model.ScreeningFinding;
import vn.partybloc.client.model.ScreeningFindingRequest;
import vn.partybloc.client.model.ScreeningOutcome;
import vn.partybloc.client.model.SelfAssessmentRequest;
import vn.partybloc.client.model.StructuralChange;
import vn.partybloc.client.model.SubjectKind;
import vn.partybloc.client.model.SuccessionCandidate;
import vn.partybloc.client.model.SuccessionPlan;
import vn.partybloc.client.model.SuccessionPlanRequest;
import vn.partybloc.client.model.TargetComparison;
import vn.partybloc.client.model.TargetMetric;
import vn.partybloc.client.model.TargetRequest;
import vn.partybloc.client.model.Term;
import vn.partybloc.client.model.TermRequest;
import vn.partybloc.client.model.TopicFigures;
import vn.partybloc.client.model.TopicReport;
import vn.partybloc.client.model.TrainingObligation;
import vn.partybloc.client.model.Vetting;
import vn.partybloc.client.model.VettingPurpose;
import vn.partybloc.client.model.VettingRequest;
import vn.partybloc.e2e.contract.Operations;

/**
 * User journeys through the gateway, with tokens from the real Keycloak, against the real services, called with the
 * Java client generated from the merged document; every request and response is checked against that document. The
 * demo figures are checked first, before the other journeys add organizations, members and courses to the Bloc.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JourneysIT {

    private static String admin;
    private static UUID bloc;

    @BeforeAll
    static void startTheSystem() throws ApiException {
        LocalStack.ensureStarted();
        LocalStack.loadDemoData();
        admin = LocalStack.login("admin");
        List<Organization> roots = new OrganizationsApi(Gateway.as(admin))
                .listOrganizations(null, null, null, null, null, null, null, List.of(OrganizationType.BLOC_COMMITTEE))
                .getItems();
        bloc = roots.isEmpty()
                ? found(
                        admin,
                        "BLOC",
                        "Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh",
                        OrganizationType.BLOC_COMMITTEE,
                        null)
                : roots.get(0).getId();
    }

    @Test
    @Order(1)
    void theDemoDataReproducesTheArticlesFiguresThroughTheOverview() throws ApiException {
        Overview overview = new ReportsApi(Gateway.as(LocalStack.login("viewer")))
                .getOverview(LocalDate.of(2023, 6, 30), null, null);
        assertEquals(bloc, overview.getOrganizationId()); // the default: the Bloc
        OrganizationCounts organizations = organizations(overview);
        assertEquals(122, organizations.getGrassroots());
        assertEquals(93, organizations.getByType().get("GRASSROOTS_COMMITTEE"));
        assertEquals(29, organizations.getByType().get("GRASSROOTS_CELL"));
        assertEquals(12, organizations.getByType().get("SUB_COMMITTEE"));
        assertEquals(1117, organizations.getByType().get("SUBORDINATE_CELL"));
        MemberStatistics members = members(overview);
        assertEquals(14_357, members.getMembers().getTotal());
        assertEquals(1_017, members.getCommitteeMembers().getTotal());
        assertEquals(4.42, members.getCommitteeMembers().getDoctorShare(), 0.001);
        assertEquals(42.7, members.getCommitteeMembers().getMasterShare(), 0.05);
        TopicReport training = training(overview);
        assertEquals(4, topic(training, CourseTopic.PARTY_WORK).getCourses());
        assertEquals(1_063, topic(training, CourseTopic.PARTY_WORK).getAttendees());
        assertEquals(251, topic(training, CourseTopic.INSPECTION_SUPERVISION).getAttendees());
        assertEquals(380, topic(training, CourseTopic.PROPAGANDA).getAttendees());
        Attainment evaluation = evaluation(overview);
        assertEquals(2022, evaluation.getYear());
        AttainmentKindFigures rated = subject(evaluation, SubjectKind.MEMBER);
        assertEquals(14_357, rated.getRated());
        assertEquals(95.0, rated.getAtLeastGoodPercent().doubleValue(), 0.5);
        AttainmentKindFigures grassroots = subject(evaluation, SubjectKind.GRASSROOTS_ORGANIZATION);
        assertEquals(122, grassroots.getRated());
        assertTrue(grassroots.getAtLeastGoodPercent().doubleValue() > 90.0);
        assertEquals(List.of(), evaluation.getCap().getViolations());
        // Before the changes of 2021 → 06/2023: 54 grassroots organizations had not yet left, 4 not yet arrived.
        assertEquals(
                172,
                new OrganizationsApi(Gateway.as(admin))
                        .countOrganizations(bloc, LocalDate.of(2020, 12, 31))
                        .getGrassroots());
    }

    @Test
    void anOrganizerFoundsACellTransfersItAndReadsItsHistory() throws ApiException {
        String organizer = LocalStack.login("organizer");
        OrganizationsApi organizations = new OrganizationsApi(Gateway.as(organizer));
        UUID school =
                found(organizer, code("DH"), "Đảng bộ Trường Đại học", OrganizationType.GRASSROOTS_COMMITTEE, bloc);
        UUID hospital =
                found(organizer, code("BV"), "Đảng bộ Bệnh viện tỉnh", OrganizationType.GRASSROOTS_COMMITTEE, bloc);
        UUID cell = found(organizer, code("CB"), "Chi bộ Khoa Dược", OrganizationType.SUBORDINATE_CELL, school);

        Organization moved = new StructuralChangesApi(Gateway.as(organizer))
                .moveOrganization(
                        cell,
                        new MoveRequest()
                                .newParentId(hospital)
                                .decision(new Decision().number("12-QĐ/ĐUK").date(LocalDate.of(2024, 3, 1))),
                        null,
                        null);
        assertEquals(hospital, moved.getParentId());
        List<StructuralChange> history = organizations.getOrganizationHistory(cell);
        assertEquals(
                List.of(ChangeKind.FOUND, ChangeKind.MOVE),
                history.stream().map(StructuralChange::getKind).toList());
        assertEquals("organizer", history.get(1).getRecordedBy());
        assertEquals(
                List.of(bloc, school),
                organizations.listAncestors(cell, LocalDate.of(2024, 2, 29)).stream()
                        .map(Organization::getId)
                        .toList());
        assertTrue(
                organizations
                        .listOrganizations(null, null, null, "chi bo khoa duoc", null, null, null, null)
                        .getItems()
                        .stream()
                        .anyMatch(o -> o.getId().equals(cell)));
    }

    @Test
    void anOrganizationHandedOverFromOutsideTheBlocIsReceivedWithItsTerm() throws ApiException {
        String organizer = LocalStack.login("organizer");
        Organization received = new OrganizationsApi(Gateway.as(organizer))
                .receiveOrganization(
                        new ReceiveOrganizationRequest()
                                .organization(new NewOrganization()
                                        .code(code("TN"))
                                        .name("Đảng bộ Tổng công ty Cấp nước")
                                        .type(OrganizationType.GRASSROOTS_COMMITTEE)
                                        .parentId(bloc)
                                        .hostUnit(new HostUnit()
                                                .name("Tổng công ty Cấp nước")
                                                .kind(HostUnitKind.STATE_ENTERPRISE)))
                                .origin("Đảng ủy Khối Doanh nghiệp Trung ương")
                                .decision(new Decision().number("31-QĐ/ĐUK").date(LocalDate.of(2024, 4, 2))),
                        null);
        assertEquals(bloc, received.getParentId());
        TermsApi terms = new TermsApi(Gateway.as(organizer));
        Term term = terms.openTerm(
                received.getId(),
                new TermRequest()
                        .startYear(2025)
                        .endYear(2030)
                        .congressDate(LocalDate.of(2025, 6, 14))
                        .decisionNumber("45-QĐ/ĐUK"),
                null);
        assertEquals(
                List.of(term.getId()),
                terms.listTerms(received.getId()).stream().map(Term::getId).toList());
        assertEquals(
                List.of(ChangeKind.TRANSFER_IN),
                new OrganizationsApi(Gateway.as(organizer))
                        .getOrganizationHistory(received.getId()).stream()
                                .map(StructuralChange::getKind)
                                .toList());
    }

    @Test
    void anOrganizerAdmitsAMemberWhoBecomesACommitteeSecretaryAndTheFiguresFollow() throws ApiException {
        String organizer = LocalStack.login("organizer");
        UUID committee =
                found(organizer, code("GC"), "Đảng bộ Sở Tài chính mới", OrganizationType.GRASSROOTS_COMMITTEE, bloc);
        UUID cell =
                found(organizer, code("SC"), "Chi bộ Phòng Ngân sách", OrganizationType.SUBORDINATE_CELL, committee);
        awaitMemberServiceKnows(organizer, cell);
        String nationalId = String.format("0870%02d%06d", 85, System.nanoTime() % 1_000_000);
        Member admitted = new MembersApi(Gateway.as(organizer))
                .admitMember(
                        member("Nguyễn Thị Hồng Nhung", LocalDate.of(1985, 3, 8), Gender.FEMALE, nationalId, cell)
                                .admittedOn(LocalDate.of(2008, 5, 19))
                                .fullMemberSince(LocalDate.of(2009, 5, 19))
                                .degree(Degree.DOCTOR),
                        null);
        assertEquals(nationalId, admitted.getNationalId());
        assertNotNull(admitted.getWarnings());
        UUID executive = formCommittee(organizer, committee, CommitteeKind.EXECUTIVE_COMMITTEE);
        UUID position =
                startPosition(organizer, executive, admitted.getId(), Appointment.ELECTED, LocalDate.of(2025, 6, 20));
        // The new secretary follows the cell, and is vetted and planned for the next term.
        CommitteePositionsApi positions = new CommitteePositionsApi(Gateway.as(organizer));
        positions.assignResponsibility(
                position,
                new ResponsibilityRequest()
                        .field("tổ chức")
                        .followedOrganizationId(cell)
                        .attendsMeetings(true),
                null);
        assertEquals(
                List.of(cell),
                positions.listResponsibilities(position).stream()
                        .map(Responsibility::getFollowedOrganizationId)
                        .toList());
        PoliticalVettingApi vettings = new PoliticalVettingApi(Gateway.as(organizer));
        Vetting vetting = vettings.recordVetting(
                admitted.getId(),
                new VettingRequest()
                        .purpose(VettingPurpose.PLANNING)
                        .conclusion("Đủ tiêu chuẩn chính trị")
                        .concludedOn(LocalDate.of(2025, 5, 30))
                        .decisionNumber("9-BC/ĐUK"),
                null);
        assertEquals(
                List.of(vetting.getId()),
                vettings.listVettings(admitted.getId()).stream()
                        .map(Vetting::getId)
                        .toList());
        SuccessionPlansApi succession = new SuccessionPlansApi(Gateway.as(organizer));
        SuccessionPlan plan = succession.createSuccessionPlan(
                new SuccessionPlanRequest()
                        .organizationId(committee)
                        .committeeKind(CommitteeKind.EXECUTIVE_COMMITTEE)
                        .position(PositionKind.SECRETARY)
                        .termStartYear(2030)
                        .termEndYear(2035),
                null);
        succession.addSuccessionCandidate(
                plan.getId(),
                new CandidateRequest().memberId(admitted.getId()).addedOn(LocalDate.of(2026, 1, 10)),
                null);
        assertEquals(
                List.of(admitted.getId()),
                succession.getSuccessionPlan(plan.getId()).getCandidates().stream()
                        .map(SuccessionCandidate::getMemberId)
                        .toList());

        Member seenByViewer = new MembersApi(Gateway.as(LocalStack.login("viewer"))).getMember(admitted.getId(), null);
        assertNull(seenByViewer.getNationalId(), "a viewer does not see national ids");
        MemberStatistics statistics = new MembersApi(Gateway.as(organizer)).getMemberStatistics(null, committee);
        assertEquals(1, statistics.getCommitteeMembers().getTotal());
        assertEquals(100.0, statistics.getCommitteeMembers().getDoctorShare());
    }

    @Test
    void aViewerReadsButCannotWriteAndNoTokenIsRefusedAtTheEdge() throws ApiException {
        String viewer = LocalStack.login("viewer");
        ApiResponse<Organization> read =
                new OrganizationsApi(Gateway.as(viewer)).getOrganizationWithHttpInfo(bloc, null);
        assertEquals(200, read.getStatusCode());
        assertNotNull(header(read.getHeaders(), "ETag"));
        ApiException refused = assertThrows(
                ApiException.class, () -> found(viewer, code("V"), "Chi bộ", OrganizationType.GRASSROOTS_CELL, bloc));
        assertEquals(403, refused.getCode());
        assertEquals(
                "application/problem+json",
                refused.getResponseHeaders().firstValue("Content-Type").orElse(""));
        // The generated client always sends a token: a request without one goes through rest-assured.
        Gateway.raw().get("/api/v1/organizations").then().statusCode(401).contentType("application/problem+json");
        ApiException forged = assertThrows(
                ApiException.class,
                () -> new OrganizationsApi(Gateway.refusedOnPurpose(viewer + "x"))
                        .listOrganizations(null, null, null, null, null, null, null, null));
        assertEquals(401, forged.getCode());
    }

    @Test
    void aSecretarySeesNothingOutsideTheirOwnSubtree() throws ApiException {
        OrganizationsApi organizations = new OrganizationsApi(Gateway.as(LocalStack.login("secretary")));
        ApiException hidden = assertThrows(ApiException.class, () -> organizations.getOrganization(bloc, null));
        assertEquals(404, hidden.getCode());
        // The demo loader bound the secretary to a grassroots committee: they see its subtree and nothing above it.
        var visible = organizations.listOrganizations(null, null, null, null, null, null, null, null);
        assertTrue(visible.getTotal() > 0);
        assertFalse(visible.getItems().stream().anyMatch(o -> o.getId().equals(bloc)));
    }

    @Test
    void anHrSystemFollowsTheChangesFeedWithClientCredentials() throws ApiException {
        String hr = LocalStack.hrSystem();
        ChangesFeedApi feed = new ChangesFeedApi(Gateway.as(hr));
        String cursor = endOf(after -> feed.getOrganizationsChanges(after, 1000));
        UUID founded = found(admin, code("HR"), "Chi bộ Sở Nội vụ", OrganizationType.GRASSROOTS_CELL, bloc);
        List<ChangeEvent> changes = feed.getOrganizationsChanges(cursor, null).getItems();
        List<String> subjects = changes.stream().map(ChangeEvent::getSubject).toList();
        assertTrue(subjects.contains(founded.toString()), "the feed shows the new organization: " + subjects);
        assertTrue(changes.stream().map(ChangeEvent::getType).anyMatch("OrganizationFounded"::equals));
        ApiException refused = assertThrows(
                ApiException.class, () -> found(hr, code("H"), "X", OrganizationType.GRASSROOTS_CELL, bloc));
        assertEquals(403, refused.getCode());
    }

    @Test
    void anHrSystemImportsMembersFromCsvAndFollowsTheMemberChanges() throws ApiException {
        String hr = LocalStack.hrSystem();
        String organizer = LocalStack.login("organizer");
        UUID cell = found(organizer, code("HRC"), "Chi bộ Phòng Nhân sự", OrganizationType.GRASSROOTS_CELL, bloc);
        awaitMemberServiceKnows(organizer, cell);
        ChangesFeedApi feed = new ChangesFeedApi(Gateway.as(hr));
        ImportsApi imports = new ImportsApi(Gateway.as(hr));
        String cursor = endOf(after -> feed.getMembersChanges(after, 1000));
        long serial = System.nanoTime() % 1_000_000;
        String first = String.format("087186%06d", serial);
        String second = String.format("087090%06d", (serial + 1) % 1_000_000);
        String csv = "fullName,dateOfBirth,gender,nationalId,admittedOn,fullMemberSince,organizationId,degree\n"
                + "Trần Thị Bích Ngọc,1986-02-14,FEMALE," + first + ",2012-05-19,2013-05-19," + cell + ",MASTER\n"
                + "Lê Văn Đức,1990-07-01,MALE," + second + ",2015-09-02,2016-09-02," + cell + ",BACHELOR\n";
        ApiResponse<ImportJob> accepted = imports.importMembersWithHttpInfo(csv, null);
        assertEquals(202, accepted.getStatusCode());
        UUID job = accepted.getData().getId();
        // The link names the gateway, not member-service behind it: a client that follows it stays on the API.
        assertEquals(Gateway.BASE_URL + "/api/v1/members/imports/" + job, header(accepted.getHeaders(), "Location"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> Set.of(ImportStatus.DONE, ImportStatus.FAILED)
                        .contains(imports.getMemberImport(job).getStatus()));
        ImportJob done = imports.getMemberImport(job);
        assertEquals(ImportStatus.DONE, done.getStatus());
        assertEquals(2, done.getCreatedRows());
        assertEquals(0, done.getFailedRows());
        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .until(() -> feed.getMembersChanges(cursor, null).getItems().stream()
                                .filter(change -> "MemberAdmitted".equals(change.getType()))
                                .count()
                        >= 2);
        // Sending the same file again changes nothing.
        UUID again = imports.importMembers(csv, null).getId();
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> imports.getMemberImport(again).getStatus() == ImportStatus.DONE);
        ImportJob repeated = imports.getMemberImport(again);
        assertEquals(0, repeated.getCreatedRows());
        assertEquals(0, repeated.getUpdatedRows());

        // The cell elects its committee; the HR system imports who holds which post.
        UUID cellCommittee = formCommittee(organizer, cell, CommitteeKind.CELL_COMMITTEE);
        ApiResponse<ImportJob> positions = imports.importPositionsWithHttpInfo(
                "memberNationalId,committeeId,position,appointment,decisionNumber,startsOn\n" + first + ","
                        + cellCommittee + ",SECRETARY,ELECTED,5-QĐ/ĐUK,2025-06-20\n",
                null);
        assertEquals(202, positions.getStatusCode());
        UUID positionJob = positions.getData().getId();
        assertEquals(
                Gateway.BASE_URL + "/api/v1/positions/imports/" + positionJob,
                header(positions.getHeaders(), "Location"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> Set.of(ImportStatus.DONE, ImportStatus.FAILED)
                        .contains(imports.getPositionImport(positionJob).getStatus()));
        ImportJob positionsDone = imports.getPositionImport(positionJob);
        assertEquals(ImportStatus.DONE, positionsDone.getStatus());
        assertEquals(1, positionsDone.getCreatedRows());
    }

    @Test
    void aSecretaryAppointsACellSecretaryInTheirOwnSubtreeOnly() throws ApiException {
        String secretary = LocalStack.login("secretary");
        String organizer = LocalStack.login("organizer");
        // The demo loader bound the secretary to GC001: take a full member of its subtree, and that member's cell.
        Member found = new MembersApi(Gateway.as(secretary))
                .listMembers(
                        null, null, null, null, List.of(MembershipKind.FULL), null, null, null, null, 1, null, null)
                .getItems()
                .get(0);
        UUID cell = found.getOrganizationId();
        UUID committee = formCommittee(secretary, cell, CommitteeKind.CELL_COMMITTEE);
        startPosition(secretary, committee, found.getId(), Appointment.APPOINTED, LocalDate.of(2025, 9, 1));
        assertEquals(
                1,
                new MembersApi(Gateway.as(secretary))
                        .getMemberStatistics(null, cell)
                        .getCommitteeMembers()
                        .getByPosition()
                        .get("SECRETARY"));
        // Outside their subtree the organization does not exist for them.
        UUID elsewhere = found(organizer, code("X"), "Chi bộ Sở Y tế", OrganizationType.GRASSROOTS_CELL, bloc);
        ApiException refused = assertThrows(
                ApiException.class, () -> formCommittee(secretary, elsewhere, CommitteeKind.CELL_COMMITTEE));
        assertTrue(refused.getCode() == 404 || refused.getCode() == 403, "answered " + refused.getCode());
    }

    @Test
    void aNewSecretaryIsObligedToTrainIsTrainedAndRatedAndTheOverviewFollows() throws ApiException {
        String organizer = LocalStack.login("organizer");
        UUID committee =
                found(organizer, code("NS"), "Đảng bộ Công ty Điện lực", OrganizationType.GRASSROOTS_COMMITTEE, bloc);
        UUID cell =
                found(organizer, code("NSC"), "Chi bộ Phòng Kỹ thuật", OrganizationType.SUBORDINATE_CELL, committee);
        awaitMemberServiceKnows(organizer, cell);
        String nationalId = String.format("0870%02d%06d", 80, System.nanoTime() % 1_000_000);
        UUID member = new MembersApi(Gateway.as(organizer))
                .admitMember(
                        member("Trần Văn Điện", LocalDate.of(1980, 7, 2), Gender.MALE, nationalId, cell)
                                .admittedOn(LocalDate.of(2005, 5, 19))
                                .fullMemberSince(LocalDate.of(2006, 5, 19)),
                        null)
                .getId();
        UUID executive = formCommittee(organizer, committee, CommitteeKind.EXECUTIVE_COMMITTEE);
        startPosition(organizer, executive, member, Appointment.APPOINTED, LocalDate.of(2026, 10, 1));

        // training-service opens the obligation from member-service's CommitteePositionStarted event.
        TrainingObligationsApi obligations = new TrainingObligationsApi(Gateway.as(organizer));
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> obligationsOf(obligations, committee, member, ObligationStatus.OPEN) == 1);
        UUID course = trainAndComplete(
                organizer,
                new CourseRequest()
                        .title("Bồi dưỡng cấp ủy viên mới " + code("K"))
                        .topic(CourseTopic.PARTY_WORK)
                        .organizationId(bloc)
                        .format(CourseFormat.IN_PERSON)
                        .startsOn(LocalDate.of(2026, 11, 2))
                        .endsOn(LocalDate.of(2026, 11, 4))
                        .capacity(40),
                Enrolment.IN_BULK,
                new CompletionItem()
                        .memberId(member)
                        .result(CompletionResult.GOOD)
                        .completedOn(LocalDate.of(2026, 11, 4)));
        assertNotNull(course);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> obligationsOf(obligations, committee, member, ObligationStatus.FULFILLED) == 1);

        // The Bloc rates the new organization and its member for 2026 (the 2025 rule set: scores).
        ReviewCyclesApi cycles = new ReviewCyclesApi(Gateway.as(organizer));
        UUID cycle;
        try {
            cycle = cycles.openReviewCycle(new ReviewCycleRequest().year(2026), null)
                    .getId();
        } catch (ApiException alreadyOpen) {
            cycle = cycles.listReviewCycles(null, 100, null).getItems().stream()
                    .filter(c -> c.getYear() == 2026)
                    .findFirst()
                    .orElseThrow(() -> alreadyOpen)
                    .getId();
        }
        BatchDecisionRequest batch = new BatchDecisionRequest()
                .cycleId(cycle)
                .items(List.of(
                        rating(SubjectKind.GRASSROOTS_ORGANIZATION, committee, 85, "1-QĐ/ĐUK"),
                        rating(SubjectKind.MEMBER, member, 80, "2-QĐ/ĐUK")));
        // evaluation-service learns of the organization and the member from events; until then the batch is refused
        // whole.
        ReviewsApi reviews = new ReviewsApi(Gateway.as(organizer));
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> succeeds(() -> reviews.decideRatingsInBatch(batch, null)));

        Overview overview = new ReportsApi(Gateway.as(organizer)).getOverview(null, committee, null);
        Attainment evaluation = evaluation(overview);
        assertEquals(2026, evaluation.getYear());
        assertEquals(1, topic(training(overview), CourseTopic.PARTY_WORK).getAttendees());
        assertEquals(1, members(overview).getCommitteeMembers().getTotal());
        assertEquals(1, subject(evaluation, SubjectKind.MEMBER).getByLevel().get("GOOD"));
        assertEquals(
                1,
                subject(evaluation, SubjectKind.GRASSROOTS_ORGANIZATION)
                        .getByLevel()
                        .get("GOOD"));
    }

    @Test
    void theOverviewIncludesTrainingOnceACourseIsCompleted() throws ApiException {
        String organizer = LocalStack.login("organizer");
        UUID committee =
                found(organizer, code("TC"), "Đảng bộ Trường Chính trị", OrganizationType.GRASSROOTS_COMMITTEE, bloc);
        UUID cell = found(organizer, code("TCC"), "Chi bộ Khoa Lý luận", OrganizationType.SUBORDINATE_CELL, committee);
        awaitMemberServiceKnows(organizer, cell);
        String nationalId = String.format("0871%02d%06d", 88, System.nanoTime() % 1_000_000);
        UUID member = new MembersApi(Gateway.as(organizer))
                .admitMember(
                        member("Võ Thị Kim Yến", LocalDate.of(1988, 10, 20), Gender.FEMALE, nationalId, cell)
                                .admittedOn(LocalDate.of(2012, 5, 19))
                                .fullMemberSince(LocalDate.of(2013, 5, 19)),
                        null)
                .getId();
        ReportsApi reports = new ReportsApi(Gateway.as(organizer));
        assertEquals(
                0,
                topic(training(reports.getOverview(null, committee, null)), CourseTopic.PARTY_WORK)
                        .getAttendees());
        // training-service learns of the member from member-service's events.
        TrainingRecordsApi records = new TrainingRecordsApi(Gateway.as(organizer));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> succeeds(() -> records.getTrainingRecord(member)));
        trainAndComplete(
                organizer,
                new CourseRequest()
                        .title("Lớp bồi dưỡng nghiệp vụ công tác Đảng " + code("K"))
                        .topic(CourseTopic.PARTY_WORK)
                        .organizationId(bloc)
                        .format(CourseFormat.ONLINE)
                        .startsOn(LocalDate.of(2024, 5, 6))
                        .endsOn(LocalDate.of(2024, 5, 8))
                        .capacity(30),
                Enrolment.ONE,
                new CompletionItem()
                        .memberId(member)
                        .result(CompletionResult.GOOD)
                        .certificateNumber("7/CN-ĐUK"));
        Overview overview = reports.getOverview(null, committee, null);
        assertEquals(1, topic(training(overview), CourseTopic.PARTY_WORK).getAttendees());
        assertEquals(1, members(overview).getMembers().getTotal());
    }

    @Test
    void theBlocAnnouncesAContestWithItsRounds() throws ApiException {
        ContestsApi contests = new ContestsApi(Gateway.as(LocalStack.login("organizer")));
        Contest contest = contests.announceContest(
                new ContestRequest()
                        .title("Hội thi Bí thư chi bộ giỏi " + code("HT"))
                        .kind(ContestKind.GOOD_CELL_SECRETARY)
                        .organizationId(bloc)
                        .year(2026),
                null);
        contests.addContestRound(
                contest.getId(),
                new ContestRoundRequest().sequence(1).name("Vòng sơ khảo").heldOn(LocalDate.of(2026, 9, 12)),
                null);
        contests.addContestRound(
                contest.getId(),
                new ContestRoundRequest().sequence(2).name("Vòng chung khảo").heldOn(LocalDate.of(2026, 10, 24)),
                null);
        assertEquals(
                List.of("Vòng sơ khảo", "Vòng chung khảo"),
                contests.getContest(contest.getId()).getRounds().stream()
                        .map(ContestRound::getName)
                        .toList());
    }

    @Test
    void anInspectionCommitteeSupervisesItsOrganizationAndTheCommitteeHoldsAConfidenceVote() throws ApiException {
        String organizer = LocalStack.login("organizer");
        UUID committee =
                found(organizer, code("KT"), "Đảng bộ Cục Thuế tỉnh", OrganizationType.GRASSROOTS_COMMITTEE, bloc);
        UUID cell =
                found(organizer, code("KTC"), "Chi bộ Phòng Kiểm tra", OrganizationType.SUBORDINATE_CELL, committee);
        awaitMemberServiceKnows(organizer, cell);
        String nationalId = String.format("0872%02d%06d", 79, System.nanoTime() % 1_000_000);
        UUID member = new MembersApi(Gateway.as(organizer))
                .admitMember(
                        member("Phạm Minh Tuấn", LocalDate.of(1979, 4, 11), Gender.MALE, nationalId, cell)
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
        assertEquals(
                List.of(item.getId()),
                inspections.getInspectionPlan(planId).getItems().stream()
                        .map(InspectionItem::getId)
                        .toList());
        ScreeningFinding finding = whenKnown(() -> inspections.recordScreeningFinding(
                planId,
                new ScreeningFindingRequest()
                        .memberId(member)
                        .finding("Sinh hoạt đầy đủ, không vi phạm")
                        .outcome(ScreeningOutcome.RETAINED)
                        .decidedOn(LocalDate.of(2026, 11, 20)),
                null));
        assertEquals(
                List.of(finding.getId()),
                inspections.listScreeningFindings(planId).stream()
                        .map(ScreeningFinding::getId)
                        .toList());

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
        assertEquals(Level.COMPLETE, reRated.getLevel());
        assertEquals(ReviewStatus.CANCELLED, reviews.getReview(review).getStatus());
    }

    @Test
    void theOverviewAssemblesTheOrganizationCountsThroughTheGateway() throws ApiException {
        Overview overview = new ReportsApi(Gateway.as(admin)).getOverview(null, bloc, null);
        OrganizationCounts organizations = organizations(overview);
        assertEquals(1, organizations.getByType().get("BLOC_COMMITTEE"));
        assertTrue(organizations.getGrassroots() >= 122);
        members(overview);
        training(overview);
        evaluation(overview);
        // The document itself is not an operation of the document: plain rest-assured.
        io.restassured.RestAssured.given()
                .baseUri(Gateway.BASE_URL)
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body(
                        "paths.'/api/v1/organizations/{id}/transfers'.post.operationId",
                        org.hamcrest.Matchers.equalTo("moveOrganization"))
                .body(
                        "paths.'/api/v1/courses/report'.get.operationId",
                        org.hamcrest.Matchers.equalTo("getTrainingByTopic"));
    }

    /**
     * Runs last: every {@code Location} the journeys received names the gateway and can be read there, no call
     * mismatched the merged document, and every creating operation of the merged document (a POST whose 201 declares
     * {@code Location}) was called by some journey.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void everyLocationNamesTheGatewayAndEveryCreatingOperationIsExercised() {
        Map<Operations.Operation, List<String>> seen =
                Gateway.contract().locations().seen();
        List<String> unreadable = unreadableLocations(seen, LocalStack.login("admin"));
        System.out.println("[e2e] calls: " + Gateway.contract().calls());
        System.out.println("[e2e] Location headers received: " + seen);
        System.out.println(
                "[e2e] known mismatches tolerated: " + Gateway.contract().tolerated());
        assertEquals(List.of(), Gateway.contract().mismatches(), "calls that did not match the merged document");
        assertEquals(
                List.of(),
                Gateway.contract().staleKnownMismatches(),
                "known mismatches that no call shows any more: remove them from Gateway.KNOWN_MISMATCHES");
        assertFalse(seen.isEmpty(), "the journeys received no Location at all");
        seen.forEach((operation, locations) -> locations.forEach(location -> assertTrue(
                location.startsWith(Gateway.BASE_URL + "/"),
                operation + " answered Location " + location + ", not through the gateway " + Gateway.BASE_URL)));
        Set<Operations.Operation> creating = Gateway.contract().operations().creating();
        Set<Operations.Operation> notExercised = creating.stream()
                .filter(operation -> !seen.containsKey(operation))
                .collect(Collectors.toSet());
        System.out.println("[e2e] creating operations: " + creating.size() + ", not exercised: " + notExercised);
        assertEquals(Set.of(), notExercised, "creating operations no journey called: add a journey");
        assertEquals(List.of(), unreadable, "Locations that an admin cannot read through the gateway");
    }

    /** Follows each {@code Location} through the gateway (checked against the document) and lists those not 200. */
    private static List<String> unreadableLocations(Map<Operations.Operation, List<String>> seen, String token) {
        List<String> unreadable = new java.util.ArrayList<>();
        int followed = 0;
        for (Map.Entry<Operations.Operation, List<String>> entry : seen.entrySet()) {
            for (String location : entry.getValue()) {
                if (!location.startsWith(Gateway.BASE_URL + "/")) {
                    continue; // reported by the gateway check
                }
                followed++;
                int status =
                        Gateway.following().auth().oauth2(token).get(location).statusCode();
                if (status != 200) {
                    unreadable.add(entry.getKey() + ": GET " + location + " → " + status);
                }
            }
        }
        System.out.println("[e2e] Locations followed: " + followed + ", not readable: " + unreadable.size());
        return unreadable;
    }

    private static UUID found(String token, String code, String name, OrganizationType type, UUID parent)
            throws ApiException {
        return new OrganizationsApi(Gateway.as(token))
                .foundOrganization(
                        new FoundOrganizationRequest()
                                .organization(new NewOrganization()
                                        .code(code)
                                        .name(name)
                                        .type(type)
                                        .parentId(parent)
                                        .hostUnit(
                                                new HostUnit().name("Sở Nội vụ").kind(HostUnitKind.AGENCY)))
                                .decision(
                                        new Decision().number(code + "-QĐ/ĐUK").date(LocalDate.of(2024, 1, 15))),
                        null)
                .getId();
    }

    private static MemberRequest member(
            String fullName, LocalDate born, Gender gender, String nationalId, UUID organization) {
        return new MemberRequest()
                .fullName(fullName)
                .dateOfBirth(born)
                .gender(gender)
                .nationalId(nationalId)
                .organizationId(organization);
    }

    private static UUID formCommittee(String token, UUID organization, CommitteeKind kind) throws ApiException {
        return new CommitteesApi(Gateway.as(token))
                .formCommittee(
                        new CommitteeRequest()
                                .organizationId(organization)
                                .kind(kind)
                                .termStartYear(2025)
                                .termEndYear(2030),
                        null)
                .getId();
    }

    private static UUID startPosition(
            String token, UUID committee, UUID member, Appointment appointment, LocalDate startsOn)
            throws ApiException {
        return new CommitteePositionsApi(Gateway.as(token))
                .startPosition(
                        new PositionRequest()
                                .committeeId(committee)
                                .memberId(member)
                                .position(PositionKind.SECRETARY)
                                .appointment(appointment)
                                .startsOn(startsOn),
                        null)
                .getId();
    }

    /** How a journey enrols its member: in a list, as the Bloc enrols many, or on their own. */
    private enum Enrolment {
        IN_BULK,
        ONE
    }

    /** Schedules a course, enrols the member, runs it and records their completion; returns the course. */
    private static UUID trainAndComplete(
            String token, CourseRequest request, Enrolment enrolment, CompletionItem completion) throws ApiException {
        ApiClient client = Gateway.as(token);
        UUID course = new CoursesApi(client).scheduleCourse(request, null).getId();
        EnrollmentsApi enrollments = new EnrollmentsApi(client);
        UUID member = completion.getMemberId();
        if (enrolment == Enrolment.IN_BULK) {
            assertEquals(
                    1,
                    enrollments
                            .enrolMembers(course, new BulkEnrollmentRequest().memberIds(List.of(member)), null)
                            .getEnrolled());
        } else {
            assertEquals(
                    member,
                    enrollments
                            .enrolMember(course, new EnrollmentRequest().memberId(member), null)
                            .getMemberId());
        }
        new CoursesApi(client)
                .changeCourseStatus(course, new CourseStatusChange().status(CourseStatus.RUNNING), null, null);
        assertEquals(
                1,
                enrollments
                        .recordCompletions(course, new CompletionRequest().completions(List.of(completion)), null)
                        .getCompleted());
        return course;
    }

    private static BatchDecisionItem rating(SubjectKind kind, UUID subject, int score, String decision) {
        return new BatchDecisionItem()
                .subjectKind(kind)
                .subjectId(subject)
                .score(BigDecimal.valueOf(score))
                .decisionNumber(decision)
                .decidedOn(LocalDate.of(2026, 11, 20));
    }

    private static long obligationsOf(
            TrainingObligationsApi obligations, UUID committee, UUID member, ObligationStatus status)
            throws ApiException {
        List<TrainingObligation> items =
                obligations.listObligations(committee, null, null, null, null).getItems();
        return items.stream()
                .filter(o -> member.equals(o.getMemberId()) && o.getStatus() == status)
                .count();
    }

    /** member-service learns of a new organization from organization-service's events. */
    private static void awaitMemberServiceKnows(String token, UUID organization) {
        CommitteesApi committees = new CommitteesApi(Gateway.as(token));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> succeeds(() -> committees.listCommittees(organization)));
    }

    /**
     * Sends a creating call until the service it goes to has learnt from events what the call names (a 4xx until
     * then); returns the answer of the one that succeeded.
     */
    private static <T> T whenKnown(Creation<T> call) {
        AtomicReference<T> answer = new AtomicReference<>();
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> succeeds(() -> answer.set(call.send())));
        return answer.get();
    }

    /** Whether a call succeeds; a refusal (4xx) while another service catches up is a "not yet". */
    private static boolean succeeds(Call call) throws ApiException {
        try {
            call.run();
            return true;
        } catch (ApiException e) {
            if (e.getCode() >= 400 && e.getCode() < 500) {
                return false;
            }
            throw e;
        }
    }

    /** Pages a changes feed to its end; returns the cursor after the last change. */
    private static String endOf(Page page) throws ApiException {
        String cursor = "0";
        for (boolean more = true; more; ) {
            ChangesPage changes = page.after(cursor);
            cursor = changes.getNext();
            more = Boolean.TRUE.equals(changes.getHasMore());
        }
        return cursor;
    }

    /** The overview's sections, each typed by the merged document as the report of the service it comes from. */
    private static OrganizationCounts organizations(Overview overview) {
        assertEquals("OK", overview.getSections().getOrganizations().getStatus(), "organizations");
        return overview.getSections().getOrganizations().getData();
    }

    private static MemberStatistics members(Overview overview) {
        assertEquals("OK", overview.getSections().getMembers().getStatus(), "members");
        return overview.getSections().getMembers().getData();
    }

    private static TopicReport training(Overview overview) {
        assertEquals("OK", overview.getSections().getTraining().getStatus(), "training");
        return overview.getSections().getTraining().getData();
    }

    private static Attainment evaluation(Overview overview) {
        assertEquals("OK", overview.getSections().getEvaluation().getStatus(), "evaluation");
        return overview.getSections().getEvaluation().getData();
    }

    private static TopicFigures topic(TopicReport report, CourseTopic topic) {
        return report.getTopics().stream()
                .filter(t -> t.getTopic() == topic)
                .findFirst()
                .orElseThrow();
    }

    private static AttainmentKindFigures subject(Attainment attainment, SubjectKind kind) {
        return attainment.getSubjects().stream()
                .filter(s -> s.getSubjectKind() == kind)
                .findFirst()
                .orElseThrow();
    }

    private static String header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().get(0))
                .findFirst()
                .orElse(null);
    }

    private static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @FunctionalInterface
    private interface Call {
        void run() throws ApiException;
    }

    @FunctionalInterface
    private interface Creation<T> {
        T send() throws ApiException;
    }

    @FunctionalInterface
    private interface Page {
        ChangesPage after(String cursor) throws ApiException;
    }
}
