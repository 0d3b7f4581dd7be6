package vn.partybloc.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.api.DisciplineApi;
import vn.partybloc.client.api.MeetingsApi;
import vn.partybloc.client.api.MembersApi;
import vn.partybloc.client.api.OrganizationsApi;
import vn.partybloc.client.api.ReportsApi;
import vn.partybloc.client.api.ReviewCyclesApi;
import vn.partybloc.client.api.ReviewsApi;
import vn.partybloc.client.api.TrainingRecordsApi;
import vn.partybloc.client.api.TrainingReportsApi;
import vn.partybloc.client.model.Attainment;
import vn.partybloc.client.model.AttainmentKindFigures;
import vn.partybloc.client.model.DisciplineBody;
import vn.partybloc.client.model.DisciplineCaseRequest;
import vn.partybloc.client.model.DisciplineCategory;
import vn.partybloc.client.model.DisciplineReport;
import vn.partybloc.client.model.Gender;
import vn.partybloc.client.model.Level;
import vn.partybloc.client.model.Meeting;
import vn.partybloc.client.model.MeetingAttendance;
import vn.partybloc.client.model.MeetingAttendanceStatus;
import vn.partybloc.client.model.MeetingReport;
import vn.partybloc.client.model.MeetingReportSummary;
import vn.partybloc.client.model.Member;
import vn.partybloc.client.model.MemberStatus;
import vn.partybloc.client.model.ObligationReport;
import vn.partybloc.client.model.Organization;
import vn.partybloc.client.model.OrganizationStatus;
import vn.partybloc.client.model.OrganizationType;
import vn.partybloc.client.model.PageDisciplineCaseResponse;
import vn.partybloc.client.model.PeriodReport;
import vn.partybloc.client.model.ReviewCycleRequest;
import vn.partybloc.client.model.TopicReport;
import vn.partybloc.kernel.BlocZone;

/**
 * Issue 18: the admin console of the running stack, in Debian's Chromium. A user signs in at the real Keycloak login
 * page, and the console shows the demo Bloc as the gateway gives it to them: the article's member count on
 * 30/06/2023, the tree of that day opened level by level, a member found by a name typed without accents. Signing out
 * ends the Keycloak session.
 */
@Order(1)
class AdminConsoleIT extends Journey {

    private static Playwright playwright;
    private static Browser browser;

    private BrowserContext context;

    @BeforeAll
    static void launch() throws IOException {
        LocalStack.allowConsoleSignIn();
        playwright = Playwright.create();
        browser = ConsoleBrowser.launch(playwright);
    }

    @AfterAll
    static void close() {
        playwright.close();
    }

    @BeforeEach
    void newContext() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN"));
    }

    /** Each page the test left open, as it looked then, under {@code target/screenshots/}: the record of a failure. */
    @AfterEach
    void closeContext(TestInfo test) {
        List<Page> pages = context.pages();
        for (int i = 0; i < pages.size(); i++) {
            pages.get(i)
                    .screenshot(new Page.ScreenshotOptions()
                            .setFullPage(true)
                            .setPath(Path.of(
                                    "target/screenshots",
                                    test.getTestMethod().orElseThrow().getName() + "-" + i + ".png")));
        }
        context.close();
    }

    @Test
    void anOrganizerSignsInAtKeycloakSeesTheArticlesFiguresAndTreeAndFindsAMemberByAnUnaccentedName()
            throws ApiException {
        Page page = signedIn("organizer", "/?asOf=2023-06-30");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Tổng quan 30/06/2023");
        assertThat(page.locator("#members-total")).hasText("14.357");
        assertThat(page.locator("#grassroots")).hasText("122");

        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/console-overview.png")));

        page.navigate(console("/to-chuc?asOf=2023-06-30"));
        page.locator("li[role=treeitem] > button.expand").first().click();
        assertThat(page.locator("ul[role=group] > li[role=treeitem]")).hasCount(122);
        Locator committee = page.locator("ul[role=group] > li[role=treeitem]")
                .filter(new Locator.FilterOptions().setHasText("Đảng bộ cơ sở"))
                .first();
        committee.locator("> button.expand").click();
        assertThat(committee.locator("ul[role=group]").first())
                .containsText(Pattern.compile("Chi bộ trực thuộc|Đảng bộ bộ phận"));
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/console-tree.png")));

        committee.locator("> a.name").click();
        assertThat(page.locator("section[aria-labelledby=history] tbody tr").first())
                .containsText("Thành lập");
        page.locator("section[aria-labelledby=committees] tbody a").first().click();
        assertThat(page.locator("#positions tbody tr td a").first()).not().isEmpty();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kết thúc chức vụ"))
                        .first())
                .isVisible();
        page.locator("#positions tbody tr")
                .filter(new Locator.FilterOptions()
                        .setHas(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kết thúc chức vụ"))))
                .first()
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Phân công nhiệm vụ"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Phân công nhiệm vụ");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Giao nhiệm vụ")))
                .isVisible();
        page.goBack();

        // A member still on the register: only they can be moved.
        Member member = new MembersApi(Gateway.as(admin()))
                .listMembers(
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        0,
                        null,
                        null,
                        null,
                        1,
                        "fullName",
                        List.of(MemberStatus.ACTIVE))
                .getItems()
                .get(0);
        page.navigate(console("/dang-vien"));
        page.getByLabel("Tìm đảng viên theo họ tên").fill(unaccented(member.getFullName()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tìm"))
                .click();
        assertThat(page.locator("tbody")).containsText(member.getFullName());

        // A namesake may come first (one who left the register, say): the member is the one with their id.
        page.locator("tbody a[href='/dang-vien/" + member.getId() + "']").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(member.getFullName());
        assertThat(page.locator("#member-status")).not().isEmpty();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chuyển sinh hoạt")))
                .isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/console-member.png")));
    }

    /**
     * The Bloc's cells' meetings over the demo's year (07/2022 – 06/2023), as organization-service reports them: the
     * page's figures are the report's, and its first cell is one that missed the most months; that cell's meetings
     * show month by month, the twelve months each with what the API lists.
     */
    @Test
    void anOrganizerSeesTheBlocsCellMeetingsOfTheDemoYearWithTheCellsThatMissedMostFirst() throws ApiException {
        MeetingReport report = new MeetingsApi(Gateway.as(admin())).getMeetingReport(bloc, "2022-07", "2023-06");
        Page page = signedIn("organizer", "/to-chuc/" + bloc + "/sinh-hoat?from=2022-07&to=2023-06");

        MeetingReportSummary summary = report.getSummary();
        assertThat(page.locator("#cells-meeting-every-month"))
                .hasText(grouped(summary.getCellsMeetingEveryMonth()) + " / " + grouped(summary.getCells()));
        assertThat(page.locator("#meetings-held")).hasText(grouped(summary.getMeetings()));
        int mostMissed = report.getCells().stream()
                .mapToInt(cell -> cell.getMonthsWithoutRegularMeeting().size())
                .max()
                .orElseThrow();
        assertTrue(mostMissed > 0, "the demo has cells that missed a month");
        assertThat(page.locator("#cells tbody tr")).hasCount(report.getCells().size());
        assertThat(page.locator("#cells tbody tr").first().locator("td").nth(2))
                .hasText(Pattern.compile("^(\\d\\d/\\d{4}, ){" + (mostMissed - 1) + "}\\d\\d/\\d{4}$"));

        Locator toTheCellsMeetings = page.locator("#cells tbody tr").first().locator("a[href*='/sinh-hoat/cac-buoi']");
        UUID cell = UUID.fromString(toTheCellsMeetings.getAttribute("href").split("/")[2]);
        toTheCellsMeetings.click();
        assertThat(page.locator("#meetings tbody th")).hasCount(12);
        assertThat(page.locator("#meetings tbody tr:not(.missed):has(td)"))
                .hasCount(new MeetingsApi(Gateway.as(admin()))
                        .listMeetings(cell, "2022-07", "2023-06")
                        .size());
    }

    /**
     * A cell's meeting of last month recorded in the console with a line of attendance for each of its active members,
     * one absent with a reason; the API holds it so, and the meeting removed leaves the month's meetings as they were.
     */
    @Test
    void anOrganizerRecordsACellsMeetingWithEachMembersAttendanceThenRemovesIt() throws ApiException {
        String organizer = LocalStack.login("organizer");
        UUID cell = null;
        long members = 0;
        for (Organization candidate : new OrganizationsApi(Gateway.as(organizer))
                .listOrganizations(
                        null,
                        null,
                        0,
                        null,
                        null,
                        20,
                        "code",
                        List.of(OrganizationStatus.ACTIVE),
                        List.of(OrganizationType.SUBORDINATE_CELL))
                .getItems()) {
            cell = candidate.getId();
            members = activeMembersOf(organizer, cell);
            if (members >= 2) {
                break;
            }
        }
        assertTrue(members >= 2, "the demo has active cells with members");
        YearMonth month = YearMonth.from(BlocZone.today()).minusMonths(1);
        String shown = month.format(DateTimeFormatter.ofPattern("MM/yyyy"));
        Page page = signedIn("organizer", "/to-chuc/" + cell + "/sinh-hoat/cac-buoi");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ghi sinh hoạt " + shown))
                .click();
        assertThat(page.locator("#attendance caption")).hasText("Điểm danh: " + members + " đảng viên của chi bộ");
        int before = page.locator("#meetings tbody tr").count();

        LocalDate heldOn = month.atDay(15);
        page.getByLabel("Ngày họp").fill(heldOn.toString());
        page.getByLabel("Loại buổi sinh hoạt").selectOption(new SelectOption().setLabel("Chuyên đề"));
        page.getByLabel("Chủ đề").fill("Học tập chuyên đề năm (kiểm thử)");
        page.locator("#attendance tbody select").first().selectOption("ABSENT_WITH_LEAVE");
        page.locator("#attendance tbody input[type=text]").first().fill("Đi công tác");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi buổi sinh hoạt"))
                .click();
        assertThat(page.locator("#meetings tbody tr")).hasCount(before + 1);

        MeetingsApi meetings = new MeetingsApi(Gateway.as(organizer));
        List<Meeting> recorded =
                meetings.getMeetingMonth(cell, month.toString()).getMeetings();
        Meeting added = recorded.stream()
                .filter(meeting -> meeting.getTopic().equals("Học tập chuyên đề năm (kiểm thử)"))
                .findFirst()
                .orElseThrow();
        assertEquals(heldOn, added.getHeldOn());
        assertEquals(members, added.getAttendance().size(), "a line for each of the cell's active members");
        assertEquals(
                List.of("Đi công tác"),
                added.getAttendance().stream()
                        .filter(line -> line.getStatus() == MeetingAttendanceStatus.ABSENT_WITH_LEAVE)
                        .map(MeetingAttendance::getReason)
                        .toList());

        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName("Xóa buổi " + heldOn.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))))
                .click();
        assertThat(page.locator("#meetings tbody tr")).hasCount(before);
        assertEquals(
                before,
                meetings.getMeetingMonth(cell, month.toString()).getMeetings().size());
    }

    /** The period report of the article's period, 2021 to 06/2023, as the gateway composes it. */
    @Test
    void anOrganizerSeesThePeriodReportOfTheArticlesPeriod() throws ApiException {
        PeriodReport report = new ReportsApi(Gateway.as(admin()))
                .getPeriodReport(LocalDate.of(2021, 1, 1), LocalDate.of(2023, 6, 30), null, null);
        Page page = signedIn("organizer", "/bao-cao?from=2021-01-01&to=2023-06-30");

        assertThat(page.locator("#changes-total"))
                .hasText(grouped(
                        report.getSections().getStructuralChanges().getData().getTotal()));
        assertThat(page.locator("#posts-total"))
                .hasText(grouped(
                        report.getSections().getPositionsFilled().getData().getTotal()));
        assertThat(page.locator("#people-total"))
                .hasText(grouped(
                        report.getSections().getPositionsFilled().getData().getPeople()));
        assertThat(page.locator(".missing")).hasCount(0);
    }

    /** The Bloc's new committee members and courses on the article's day, as the API counts them. */
    @Test
    void anOrganizerSeesTheBlocsTrainingOfNewCommitteeMembersAndCoursesByTopic() throws ApiException {
        LocalDate day = LocalDate.parse("2023-06-30");
        TrainingReportsApi reports = new TrainingReportsApi(Gateway.as(admin()));
        ObligationReport coverage = reports.getObligationCoverage(day, null, bloc, null);
        TopicReport topics = reports.getTrainingByTopic(day, null, bloc, null);
        Page page = signedIn("organizer", "/to-chuc/" + bloc + "/boi-duong?asOf=" + day);

        assertThat(page.locator("#obligations-due")).hasText(grouped(coverage.getDue()));
        assertThat(page.locator("#obligations-overdue")).hasText(grouped(coverage.getOverdue()));
        assertThat(page.locator("#obligations-open")).hasText(grouped(coverage.getOpen()));
        assertThat(page.locator("#courses-total"))
                .hasText(grouped(topics.getTotals().getCourses()));
        assertThat(page.locator("table.chart tbody tr"))
                .hasCount(topics.getTopics().size() + 1);
    }

    /**
     * The Bloc's ratings of 2022, the article's year, as evaluation-service reports them: every subject kind's count
     * and levels, and no grassroots organization over the excellent cap.
     */
    @Test
    void anOrganizerSeesTheBlocsRatingsOf2022AgainstTheTargetsAndTheExcellentCap() throws ApiException {
        Attainment attainment = new ReviewsApi(Gateway.as(admin())).getAttainment(null, bloc, null, 2022);
        Page page = signedIn("organizer", "/to-chuc/" + bloc + "/danh-gia?year=2022");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Đánh giá, xếp loại năm 2022");
        for (AttainmentKindFigures kind : attainment.getSubjects()) {
            List<String> cells = new ArrayList<>(List.of(grouped(kind.getSubjects()), grouped(kind.getNotRated())));
            for (Level level : Level.values()) {
                cells.add(grouped(kind.getByLevel().getOrDefault(level.name(), 0)));
            }
            assertThat(page.locator("#subjects-" + kind.getSubjectKind().name() + " td"))
                    .hasText(cells.toArray(String[]::new));
        }
        assertThat(page.locator("section[aria-labelledby=targets] tbody tr"))
                .hasCount(attainment.getTargets().size());
        assertTrue(attainment.getCap().getViolations().isEmpty(), "the demo keeps to the cap");
        assertThat(page.locator("#cap-violations tbody")).hasText("Không có");
    }

    /**
     * The demo's year of discipline (2024): an organizer sees the API's counts and the members' cases by name; a viewer
     * (next test) sees the same counts and, in the cases' place, the API's refusal.
     */
    @Test
    void anOrganizerSeesTheBlocsDisciplineOf2024WithItsMembersCasesByName() throws ApiException {
        DisciplineApi discipline = new DisciplineApi(Gateway.as(admin()));
        DisciplineReport report =
                discipline.getDisciplineReport(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31"), bloc);
        PageDisciplineCaseResponse cases = discipline.listDisciplineCases(bloc, 0, 20, null, 2024);
        Member first = new MembersApi(Gateway.as(admin()))
                .getMember(cases.getItems().get(0).getMemberId(), null);

        Page page = signedIn("organizer", "/to-chuc/" + bloc + "/ky-luat?year=2024");
        assertThat(page.locator("#discipline-figures tr:has(th:text-is('Mở trong năm')) td")
                        .first())
                .hasText(grouped(report.getOpened()));
        assertThat(page.locator("#discipline-figures tr:has(th:text-is('Khiển trách')) td")
                        .first())
                .hasText(grouped(report.getByForm().get("REPRIMAND")));
        assertThat(page.locator("section[aria-labelledby=cases] tbody tr"))
                .hasCount(cases.getItems().size());
        assertThat(page.locator("section[aria-labelledby=cases] tbody tr").first())
                .containsText(first.getFullName());
    }

    @Test
    void aViewerSeesTheBlocsDisciplineCountsOf2024AndNotItsCases() throws ApiException {
        DisciplineReport report = new DisciplineApi(Gateway.as(admin()))
                .getDisciplineReport(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31"), bloc);

        Page page = signedIn("viewer", "/to-chuc/" + bloc + "/ky-luat?year=2024");
        assertThat(page.locator("#discipline-figures tr:has(th:text-is('Mở trong năm')) td")
                        .first())
                .hasText(grouped(report.getOpened()));
        assertThat(page.locator("section[aria-labelledby=cases] p.missing")).isVisible();
        assertThat(page.locator("section[aria-labelledby=cases] table")).hasCount(0);
    }

    private static String grouped(Number value) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN")).format(value);
    }

    /**
     * A small CSV file: one member the cell takes, one whose date of birth is no day; the job says which row failed,
     * and why in Vietnamese.
     * Both are admitted in 2025, after the day the article's figures are asked for.
     */
    @Test
    void anOrganizerImportsACsvFileAndSeesTheJobFinishWithTheRowItRefused() throws ApiException {
        String organizer = LocalStack.login("organizer");
        UUID cell = found(organizer, code("NL"), "Chi bộ Nhập liệu", OrganizationType.GRASSROOTS_CELL, bloc);
        awaitMemberServiceKnows(organizer, cell);
        String csv = String.join(
                "\n",
                "fullName,dateOfBirth,gender,nationalId,admittedOn,organizationId",
                "Trần Thị Nhập,1990-04-02,FEMALE," + NationalIds.next(Gender.FEMALE, 1990) + ",2025-05-19," + cell,
                "Lê Văn Sai,1991-13-40,MALE," + NationalIds.next(Gender.MALE, 1991) + ",2025-05-19," + cell,
                "");
        Page page = signedIn("organizer", "/dang-vien/nhap");
        page.getByLabel("Tệp CSV")
                .setInputFiles(new FilePayload("dang-vien.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi tệp"))
                .click();

        assertThat(page.locator("#job-status"))
                .hasText("Đã xong", new LocatorAssertions.HasTextOptions().setTimeout(30_000));
        assertThat(page.locator("#rows-created")).hasText("1");
        assertThat(page.locator("#rows-failed")).hasText("1");
        assertThat(page.locator("#row-errors tbody tr")).hasCount(1);
        assertThat(page.locator("#row-errors tbody td").nth(0)).hasText("2");
        assertThat(page.locator("#row-errors tbody td").nth(1)).hasText("dateOfBirth");
        assertThat(page.locator("#row-errors tbody td").nth(2)).hasText("có giá trị không đúng kiểu dữ liệu");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/console-import.png")));
    }

    /**
     * Forms the API refused are sent again corrected and taken: a cell founded under the Bloc once its code is one the
     * API accepts, and a member of it recorded as deceased once the day is after their admission. Each corrected form
     * is a new request to the API, which keeps the refused one under its key. Both are founded and admitted after the
     * day the article's figures are asked for.
     */
    @Test
    void anOrganizerFoundsACellAndRecordsAMembersDepartureEachSentAgainCorrectedAfterTheApisRefusal()
            throws ApiException {
        Page page = signedIn("organizer", "/to-chuc/" + bloc);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thành lập tổ chức đảng"))
                .click();
        page.getByLabel("Tên tổ chức").fill("Chi bộ Biểu mẫu");
        page.getByLabel("Mã").fill("BM 1");
        page.getByLabel("Loại hình", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Chi bộ cơ sở"));
        page.getByLabel("Số quyết định").fill("77-QĐ/ĐUK");
        page.getByLabel("Ngày quyết định").fill("2024-02-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thành lập tổ chức đảng"))
                .click();
        assertThat(page.locator("#organization-code-error")).containsText("chữ cái không dấu");
        assertThat(page.getByLabel("Tên tổ chức")).hasValue("Chi bộ Biểu mẫu");

        String code = code("BM");
        page.getByLabel("Mã").fill(code);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thành lập tổ chức đảng"))
                .click();
        assertThat(page.locator("#code")).hasText(code);
        UUID cell = UUID.fromString(page.url().replaceAll(".*/to-chuc/([^/?]+).*", "$1"));

        String organizer = LocalStack.login("organizer");
        awaitMemberServiceKnows(organizer, cell);
        UUID member = new MembersApi(Gateway.as(organizer))
                .admitMember(
                        member("Phạm Văn Giảm", LocalDate.of(1992, 7, 1), Gender.MALE, cell)
                                .admittedOn(LocalDate.of(2025, 5, 19)),
                        null)
                .getId();
        page.navigate(console("/dang-vien/" + member));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ghi giảm đảng viên"))
                .click();
        page.getByLabel("Hình thức").selectOption(new SelectOption().setLabel("Từ trần"));
        page.getByLabel("Ngày giảm").fill("2025-01-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi giảm đảng viên"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).not().isEmpty();
        assertThat(page.getByLabel("Hình thức")).hasValue("DIED");

        page.getByLabel("Ngày giảm").fill("2025-06-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi giảm đảng viên"))
                .click();
        assertThat(page.locator("#member-status")).hasText("Từ trần");
        assertThat(page.locator(".actions")).hasCount(0);
    }

    /**
     * Two cells of the Bloc merged into a new one (hợp nhất) from the first one's page: the other found by its name,
     * the new cell's parent, the Bloc, found by its name; the new cell's page follows, and the two are merged away.
     */
    @Test
    void anOrganizerMergesTwoCellsIntoANewOneFoundingItUnderTheBloc() throws ApiException {
        String organizer = LocalStack.login("organizer");
        String first = code("HN");
        String second = code("HN");
        UUID firstCell = found(organizer, first, "Chi bộ Hợp nhất " + first, OrganizationType.GRASSROOTS_CELL, bloc);
        UUID secondCell = found(organizer, second, "Chi bộ Hợp nhất " + second, OrganizationType.GRASSROOTS_CELL, bloc);
        String blocName = new OrganizationsApi(Gateway.as(organizer))
                .getOrganization(bloc, null)
                .getName();

        Page page = signedIn("organizer", "/to-chuc/" + firstCell);
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Hợp nhất").setExact(true))
                .click();
        page.getByLabel("Tìm tổ chức cùng hợp nhất").fill(second);
        page.getByLabel("Chi bộ Hợp nhất " + second).check();
        String merged = code("HN");
        page.getByLabel("Tên tổ chức").fill("Chi bộ sau hợp nhất " + merged);
        page.getByLabel("Mã").fill(merged);
        page.getByLabel("Loại hình", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Chi bộ cơ sở"));
        page.getByLabel("Tìm cấp trên của tổ chức mới").fill(blocName);
        page.locator("#parentId-choices").getByLabel(blocName).check();
        page.getByLabel("Số quyết định").fill(merged + "-QĐ/ĐUK");
        page.getByLabel("Ngày quyết định").fill("2024-03-01");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Hợp nhất").setExact(true))
                .click();

        assertThat(page.locator("#code")).hasText(merged);
        OrganizationsApi organizations = new OrganizationsApi(Gateway.as(organizer));
        UUID founded = UUID.fromString(page.url().replaceAll(".*/to-chuc/([^/?]+).*", "$1"));
        assertEquals(bloc, organizations.getOrganization(founded, null).getParentId());
        assertEquals(
                OrganizationStatus.MERGED,
                organizations.getOrganization(firstCell, null).getStatus());
        assertEquals(
                OrganizationStatus.MERGED,
                organizations.getOrganization(secondCell, null).getStatus());
    }

    /**
     * A member's details corrected on the form filled with their record, every field left alone kept (the API replaces
     * them all at once); then a discipline case opened against them by their cell and decided, the decision sent again
     * corrected after the API's refusal. The member is admitted, and the case opened and decided, in 2025: after the day
     * the article's figures are asked for, and outside the demo's year of discipline.
     */
    @Test
    void anOrganizerCorrectsAMembersDetailsAndOpensAndDecidesADisciplineCaseAgainstThem() throws ApiException {
        String organizer = LocalStack.login("organizer");
        UUID cell = found(organizer, code("KL"), "Chi bộ Kỷ luật", OrganizationType.GRASSROOTS_CELL, bloc);
        awaitMemberServiceKnows(organizer, cell);
        MembersApi members = new MembersApi(Gateway.as(organizer));
        UUID member = members.admitMember(
                        member("Đặng Văn Sửa", LocalDate.of(1988, 3, 4), Gender.MALE, cell)
                                .admittedOn(LocalDate.of(2025, 5, 19))
                                .ethnicity("Kinh")
                                .hometown("Xã Tịnh Thới, thành phố Cao Lãnh"),
                        null)
                .getId();

        Page page = signedIn("organizer", "/dang-vien/" + member);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sửa thông tin"))
                .click();
        assertThat(page.getByLabel("Quê quán")).hasValue("Xã Tịnh Thới, thành phố Cao Lãnh");
        page.getByLabel("Chức vụ").fill("Kế toán trưởng");
        page.getByLabel("Giáo dục phổ thông").fill("lớp 12");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu"))
                .click();
        assertThat(page.locator("#generalEducation-error")).not().isEmpty();
        assertThat(page.getByLabel("Chức vụ")).hasValue("Kế toán trưởng");
        page.getByLabel("Giáo dục phổ thông").fill("12/12");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu"))
                .click();
        assertThat(page.locator("#member-job-title")).hasText("Kế toán trưởng");
        Member saved = members.getMember(member, null);
        assertEquals("Kinh", saved.getEthnicity());
        assertEquals("Xã Tịnh Thới, thành phố Cao Lãnh", saved.getHometown());
        assertEquals("12/12", saved.getGeneralEducation());

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Xem xét kỷ luật"))
                .click();
        page.getByLabel("Hành vi vi phạm").fill("Không tham gia sinh hoạt chi bộ ba tháng liền");
        page.getByLabel("Nội dung vi phạm").selectOption("PARTY_ACTIVITIES");
        page.getByLabel("Ngày vi phạm").fill("2025-06-01");
        page.getByLabel("Ngày mở").fill("2025-06-10");
        awaitEvaluationServiceKnows(organizer, member);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem xét kỷ luật"))
                .click();
        assertThat(page.locator("#case-status")).hasText("Đang xem xét");
        assertThat(page.locator("#case-body")).containsText("Chi bộ Kỷ luật");

        page.getByLabel("Hình thức").selectOption("REPRIMAND");
        page.getByLabel("Số quyết định").fill("5-QĐ/CB");
        page.getByLabel("Ngày quyết định").fill("2025-06-05");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Quyết định kỷ luật"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).not().isEmpty();
        assertThat(page.getByLabel("Hình thức")).hasValue("REPRIMAND");
        page.getByLabel("Ngày quyết định").fill("2025-06-20");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Quyết định kỷ luật"))
                .click();
        assertThat(page.locator("#case-status")).hasText("Đã quyết định");
        assertThat(page.locator("#case-decision")).hasText("5-QĐ/CB 20/06/2025");
    }

    /**
     * A member of a new cell rated for 2026 from the cell's ratings page, a step at a time on their review's page:
     * self-assessed, proposed, decided and published, a publication before the decision refused by the API and the
     * corrected one taken. 2026 is a year no figure of the demo or the article is asked for.
     */
    @Test
    void anOrganizerTakesAMembersReviewFromSelfAssessmentToPublicationOnItsPage() throws ApiException {
        String organizer = LocalStack.login("organizer");
        openReviewCycle(organizer, 2026);
        UUID cell = found(organizer, code("DG"), "Chi bộ Đánh giá", OrganizationType.GRASSROOTS_CELL, bloc);
        awaitMemberServiceKnows(organizer, cell);
        UUID member = new MembersApi(Gateway.as(organizer))
                .admitMember(
                        member("Võ Thị Đánh Giá", LocalDate.of(1990, 9, 2), Gender.FEMALE, cell)
                                .admittedOn(LocalDate.of(2025, 5, 19)),
                        null)
                .getId();
        ReviewsApi reviews = new ReviewsApi(Gateway.as(organizer));
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> reviews.getAttainment(null, cell, null, 2026).getNotRated().stream()
                        .anyMatch(subject -> member.equals(subject.getSubjectId())));

        Page page = signedIn("organizer", "/to-chuc/" + cell + "/danh-gia?year=2026");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tự đánh giá: Võ Thị Đánh Giá"))
                .click();
        page.getByLabel("Mức xếp loại").selectOption("GOOD");
        page.getByLabel("Điểm").fill("85");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tự đánh giá"))
                .click();
        assertThat(page.locator("#review-status")).hasText("Tự đánh giá");

        page.getByLabel("Mức xếp loại").selectOption("GOOD");
        page.getByLabel("Điểm").fill("85");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đề xuất xếp loại"))
                .click();
        assertThat(page.locator("#review-status")).hasText("Đã đề xuất");

        page.getByLabel("Mức xếp loại").selectOption("GOOD");
        page.getByLabel("Điểm").fill("85");
        page.getByLabel("Số quyết định").fill("26-QĐ/ĐUK");
        page.getByLabel("Ngày quyết định").fill("2026-12-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Quyết định xếp loại"))
                .click();
        assertThat(page.locator("#review-status")).hasText("Đã quyết định");
        assertThat(page.locator("#review-decision")).hasText("26-QĐ/ĐUK 01/12/2026");

        page.getByLabel("Ngày công bố").fill("2026-11-30");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Công bố kết quả"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).not().isEmpty();
        page.getByLabel("Ngày công bố").fill("2026-12-02");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Công bố kết quả"))
                .click();
        assertThat(page.locator("#review-status")).hasText("Đã công bố");
        assertThat(page.locator("section[aria-labelledby=review-history] tbody tr td:first-child"))
                .hasText(new String[] {"Tự đánh giá", "Đề xuất", "Quyết định", "Công bố"});
    }

    /**
     * A course of a new cell in November 2026, scheduled from the cell's training page (a capacity of 0 refused first)
     * and started: a member of the cell found by name is enrolled, and their result recorded, a day after the course's
     * last refused first (no completion after today is; the corrected day is the course's last).
     */
    @Test
    void anOrganizerSchedulesACourseEnrolsAMemberAndRecordsTheirResult() throws ApiException {
        String organizer = LocalStack.login("organizer");
        UUID cell = found(organizer, code("KH"), "Chi bộ Khóa học", OrganizationType.GRASSROOTS_CELL, bloc);
        awaitMemberServiceKnows(organizer, cell);
        UUID member = new MembersApi(Gateway.as(organizer))
                .admitMember(
                        member("Ngô Văn Học Viên", LocalDate.of(1991, 2, 3), Gender.MALE, cell)
                                .admittedOn(LocalDate.of(2025, 5, 19)),
                        null)
                .getId();
        // training-service learns of the member from member-service's events; until then their record is a 404.
        TrainingRecordsApi records = new TrainingRecordsApi(Gateway.as(organizer));
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> succeeds(() -> records.getTrainingRecord(member)));

        Page page = signedIn("organizer", "/to-chuc/" + cell + "/boi-duong");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lên lịch khóa bồi dưỡng"))
                .click();
        page.getByLabel("Tên khóa bồi dưỡng").fill("Lớp bồi dưỡng nghiệp vụ " + code("KH"));
        page.getByLabel("Chuyên đề").selectOption("PARTY_WORK");
        page.getByLabel("Hình thức học").selectOption("IN_PERSON");
        page.getByLabel("Ngày bắt đầu").fill("2026-11-02");
        page.getByLabel("Ngày kết thúc").fill("2026-11-04");
        page.getByLabel("Số học viên tối đa").fill("0");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lên lịch khóa bồi dưỡng"))
                .click();
        assertThat(page.locator("#capacity-error")).not().isEmpty();
        page.getByLabel("Số học viên tối đa").fill("30");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lên lịch khóa bồi dưỡng"))
                .click();
        assertThat(page.locator("#course-status")).hasText("Dự kiến");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bắt đầu học"))
                .click();
        assertThat(page.locator("#course-status")).hasText("Đang học");
        page.getByLabel("Tìm đảng viên theo họ tên").fill("ngo van hoc vien");
        page.getByLabel("Ngô Văn Học Viên").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi danh học viên"))
                .click();
        assertThat(page.locator("section[aria-labelledby=enrolments] tbody td").first())
                .hasText("Ngô Văn Học Viên");

        page.locator("#completedMember").selectOption(member.toString());
        page.getByLabel("Xếp loại kết quả").selectOption("GOOD");
        page.getByLabel("Ngày hoàn thành").fill("2026-12-31");
        page.getByLabel("Số chứng chỉ").fill("12/CN-CB");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi kết quả học tập"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).not().isEmpty();
        assertThat(page.getByLabel("Số chứng chỉ")).hasValue("12/CN-CB");
        page.getByLabel("Ngày hoàn thành").fill("2026-11-04");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi kết quả học tập"))
                .click();
        assertThat(page.locator("section[aria-labelledby=enrolments] tbody td"))
                .hasText(new String[] {"Ngô Văn Học Viên", "Hoàn thành", "Giỏi", "04/11/2026", "12/CN-CB"});
    }

    /**
     * A succession plan opened for a new cell's secretary in a coming term, a member of the cell found by name planned
     * for it, and the cell's plans then reported with her among the women and the young against the targets.
     */
    @Test
    void anOrganizerOpensASuccessionPlanForANewCellAndPlansAMemberOfIt() throws ApiException {
        String organizer = LocalStack.login("organizer");
        String name = "Chi bộ Quy hoạch " + code("QH");
        UUID cell = found(organizer, code("QH"), name, OrganizationType.GRASSROOTS_CELL, bloc);
        awaitMemberServiceKnows(organizer, cell);
        new MembersApi(Gateway.as(organizer))
                .admitMember(
                        member("Đinh Thị Quy Hoạch", LocalDate.of(1992, 8, 9), Gender.FEMALE, cell)
                                .admittedOn(LocalDate.of(2025, 5, 19)),
                        null);

        Page page = signedIn("organizer", "/to-chuc/" + cell);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Quy hoạch cán bộ"))
                .click();
        assertThat(page.locator("section[aria-labelledby=plans] tbody")).hasText("Chưa có quy hoạch nào");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lập quy hoạch"))
                .click();
        page.getByLabel("Cấp ủy").selectOption("CELL_COMMITTEE");
        page.getByLabel("Chức danh quy hoạch").selectOption("SECRETARY");
        page.getByLabel("Năm bắt đầu").fill("2030");
        page.getByLabel("Năm kết thúc").fill("2035");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lập quy hoạch"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Chi ủy: Bí thư, nhiệm kỳ 2030–2035");

        page.getByLabel("Tìm đảng viên theo họ tên").fill("dinh thi quy hoach");
        page.getByLabel("Đinh Thị Quy Hoạch").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đưa vào quy hoạch"))
                .click();
        assertThat(page.locator("section[aria-labelledby=candidates] tbody tr td")
                        .first())
                .hasText("Đinh Thị Quy Hoạch");
        assertThat(page.locator("section[aria-labelledby=candidates] tbody tr")).containsText("Trong quy hoạch");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Quy hoạch cán bộ"))
                .click();
        assertThat(page.locator("section[aria-labelledby=plans] tbody tr td"))
                .hasText(new String[] {name, "Chi ủy", "Bí thư", "2030–2035", "1", "1 (100%)", "1 (100%)", "0", "0"});
        assertThat(page.locator("#succession-total")).containsText("1 (100%) Đạt");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/console-succession.png")));
    }

    /** The year's review cycle, opened unless another test has already. */
    private static void openReviewCycle(String token, int year) throws ApiException {
        ReviewCyclesApi cycles = new ReviewCyclesApi(Gateway.as(token));
        if (cycles.listReviewCycles(null, 100, null).getItems().stream().noneMatch(c -> c.getYear() == year)) {
            cycles.openReviewCycle(new ReviewCycleRequest().year(year), null);
        }
    }

    /**
     * evaluation-service learns of a member from member-service's events: until then a case against them is refused
     * as against a member off the register (DIS-SUBJECT); once it knows them, a case before a body not over them is
     * refused by DIS-BODY instead, and nothing is opened.
     */
    private void awaitEvaluationServiceKnows(String token, UUID member) {
        DisciplineApi discipline = new DisciplineApi(Gateway.as(token));
        DisciplineCaseRequest beforeNoBodyOverThem = new DisciplineCaseRequest()
                .memberId(member)
                .violation("—")
                .category(DisciplineCategory.OTHER)
                .violatedOn(LocalDate.of(2025, 6, 1))
                .bodyKind(DisciplineBody.CELL)
                .bodyOrganizationId(bloc)
                .openedOn(LocalDate.of(2025, 6, 10));
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    try {
                        discipline.openDisciplineCase(beforeNoBodyOverThem, null);
                        throw new AssertionError("a case was opened before a body not over the member");
                    } catch (ApiException refused) {
                        return refused.getResponseBody().contains("\"DIS-BODY\"");
                    }
                });
    }

    /** A viewer reads a member's page and their cell's, with its terms and committees, and may write on neither. */
    @Test
    void aViewerSeesAMembersPageAndTheirCellsWithoutAnyWriteAction() throws ApiException {
        Member member = new MembersApi(Gateway.as(admin()))
                .listMembers(null, null, null, null, null, null, 0, null, null, null, 1, "fullName", null)
                .getItems()
                .get(0);
        Page page = signedIn("viewer", "/dang-vien/" + member.getId());

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(member.getFullName());
        assertThat(page.locator(".actions")).hasCount(0);
        assertThat(page.locator("form[method=post]")).hasCount(0);

        page.navigate(console("/to-chuc/" + member.getOrganizationId()));
        assertThat(page.locator("section[aria-labelledby=committees]")).isVisible();
        assertThat(page.locator(".actions")).hasCount(0);
    }

    /** The demo's secretary is bound to one grassroots committee: the console's tree starts there, and above it is hidden. */
    @Test
    void aSecretarySeesTheTreeFromTheirOwnOrganizationAndNothingAboveIt() throws ApiException {
        Organization bloc = new OrganizationsApi(Gateway.as(admin()))
                .listOrganizations(null, null, 0, null, null, 1, "depth", null, null)
                .getItems()
                .get(0);
        Page page = signedIn("secretary", "/to-chuc");

        Locator top = page.locator("ul.tree > li[role=treeitem] > a.name");
        assertThat(top).hasCount(1);
        assertThat(top).not().hasText(bloc.getName());
        top.click();
        assertThat(page.locator("#organization-status")).containsText("Đang hoạt động");

        page.navigate(console("/to-chuc/" + bloc.getId()));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("404");
    }

    /** The name as a user types it on a keyboard without Vietnamese input: no accents, no đ. */
    private static long activeMembersOf(String token, UUID cell) throws ApiException {
        return new MembersApi(Gateway.as(token))
                .listMembers(
                        null, null, null, false, null, cell, 0, null, null, null, 1, null, List.of(MemberStatus.ACTIVE))
                .getTotal();
    }

    private static String unaccented(String name) {
        return Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }

    @Test
    void signingOutEndsTheKeycloakSession() {
        Page page = signedIn("viewer", "/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đăng xuất"))
                .click();
        page.navigate(console("/"));
        assertThat(page.locator("#kc-login")).isVisible();
    }

    private Page signedIn(String user, String path) {
        return ConsoleBrowser.signedIn(context, user, path);
    }

    private static String console(String path) {
        return ConsoleBrowser.url(path);
    }
}
