package vn.partybloc.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static vn.partybloc.e2e.Courses.trainAndComplete;
import static vn.partybloc.e2e.OverviewSections.evaluation;
import static vn.partybloc.e2e.OverviewSections.members;
import static vn.partybloc.e2e.OverviewSections.subject;
import static vn.partybloc.e2e.OverviewSections.topic;
import static vn.partybloc.e2e.OverviewSections.training;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.api.ContestsApi;
import vn.partybloc.client.api.MembersApi;
import vn.partybloc.client.api.ReportsApi;
import vn.partybloc.client.api.ReviewCyclesApi;
import vn.partybloc.client.api.ReviewsApi;
import vn.partybloc.client.api.TrainingObligationsApi;
import vn.partybloc.client.api.TrainingRecordsApi;
import vn.partybloc.client.model.Appointment;
import vn.partybloc.client.model.Attainment;
import vn.partybloc.client.model.BatchDecisionItem;
import vn.partybloc.client.model.BatchDecisionRequest;
import vn.partybloc.client.model.CommitteeKind;
import vn.partybloc.client.model.CompletionItem;
import vn.partybloc.client.model.CompletionResult;
import vn.partybloc.client.model.Contest;
import vn.partybloc.client.model.ContestKind;
import vn.partybloc.client.model.ContestRequest;
import vn.partybloc.client.model.ContestRound;
import vn.partybloc.client.model.ContestRoundRequest;
import vn.partybloc.client.model.CourseFormat;
import vn.partybloc.client.model.CourseTopic;
import vn.partybloc.client.model.Gender;
import vn.partybloc.client.model.ObligationStatus;
import vn.partybloc.client.model.OrganizationType;
import vn.partybloc.client.model.Overview;
import vn.partybloc.client.model.ReviewCycleRequest;
import vn.partybloc.client.model.SubjectKind;
import vn.partybloc.client.model.TrainingObligation;

/**
 * Training: a new secretary is obliged to train, is trained and rated; a completed course shows in the overview; the
 * Bloc announces a contest with its rounds.
 */
@Order(6)
class TrainingIT extends Journey {

    @Test
    void aNewSecretaryIsObligedToTrainIsTrainedAndRatedAndTheOverviewFollows() throws ApiException {
        String organizer = LocalStack.login("organizer");
        UUID committee =
                found(organizer, code("NS"), "Đảng bộ Công ty Điện lực", OrganizationType.GRASSROOTS_COMMITTEE, bloc);
        UUID cell =
                found(organizer, code("NSC"), "Chi bộ Phòng Kỹ thuật", OrganizationType.SUBORDINATE_CELL, committee);
        awaitMemberServiceKnows(organizer, cell);
        UUID member = new MembersApi(Gateway.as(organizer))
                .admitMember(
                        member("Trần Văn Điện", LocalDate.of(1980, 7, 2), Gender.MALE, cell)
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
                Courses.partyWork(
                        "Bồi dưỡng cấp ủy viên mới " + code("K"),
                        bloc,
                        CourseFormat.IN_PERSON,
                        LocalDate.of(2026, 11, 2),
                        LocalDate.of(2026, 11, 4)),
                Courses.Enrolment.IN_BULK,
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
        UUID member = new MembersApi(Gateway.as(organizer))
                .admitMember(
                        member("Võ Thị Kim Yến", LocalDate.of(1988, 10, 20), Gender.FEMALE, cell)
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
                Courses.partyWork(
                        "Lớp bồi dưỡng nghiệp vụ công tác Đảng " + code("K"),
                        bloc,
                        CourseFormat.ONLINE,
                        LocalDate.of(2024, 5, 6),
                        LocalDate.of(2024, 5, 8)),
                Courses.Enrolment.ONE,
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
        assertReadsBack(
                List.of("Vòng sơ khảo", "Vòng chung khảo"),
                contests.getContest(contest.getId()).getRounds(),
                ContestRound::getName);
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

    private static BatchDecisionItem rating(SubjectKind kind, UUID subject, int score, String decision) {
        return new BatchDecisionItem()
                .subjectKind(kind)
                .subjectId(subject)
                .score(BigDecimal.valueOf(score))
                .decisionNumber(decision)
                .decidedOn(LocalDate.of(2026, 11, 20));
    }
}
