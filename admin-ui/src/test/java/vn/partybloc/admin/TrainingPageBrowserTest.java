package vn.partybloc.admin;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import vn.partybloc.kernel.BlocZone;

/** Bồi dưỡng in Chromium: an organization's training figures on a day, on the page and as a spreadsheet. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class TrainingPageBrowserTest extends ConsoleInChromium {

    @Test
    void anOrganizationsTrainingShowsItsNewCommitteeMembersAgainstTheTargetAndItsCoursesByTopicOnTheDayAsked() {
        Page page = signedIn("vi-VN", "/to-chuc/" + GatewayStandIn.COMMITTEE);
        page.locator("#organization-training").click();

        LocalDate today = BlocZone.today();
        assertTrue(
                GatewayStandIn.CALLS.contains("obligations report " + GatewayStandIn.COMMITTEE + " " + today)
                        && GatewayStandIn.CALLS.contains("training by topic " + GatewayStandIn.COMMITTEE + " " + today),
                "today's figures of the organization's subtree: " + GatewayStandIn.CALLS);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Bồi dưỡng: Đảng bộ Sở Xây dựng");
        assertThat(page.locator("#obligations-due")).hasText("40");
        assertThat(page.locator("#obligations-fulfilled")).hasText("38 (đúng hạn 35)");
        assertThat(page.locator("#obligations-overdue")).hasText("2");
        assertThat(page.locator("#share-trained")).hasText("84,4% / 100%: Chưa đạt");
        assertThat(page.locator("#courses-total")).hasText("3");
        assertThat(page.getByRole(AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName("Lý luận chính trị")))
                .isVisible();
        assertNoSeriousViolation(page);

        page.getByLabel("Số liệu ngày").fill("2023-06-30");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("30/06/2023");
        assertTrue(
                GatewayStandIn.CALLS.contains("obligations report " + GatewayStandIn.COMMITTEE + " 2023-06-30")
                        && GatewayStandIn.CALLS.contains(
                                "training by topic " + GatewayStandIn.COMMITTEE + " 2023-06-30"),
                "the day asked for: " + GatewayStandIn.CALLS);
    }

    @Test
    void anOrganizationsTrainingDownloadsAsASpreadsheetOfItsFigures() throws IOException {
        Page page = signedIn("vi-VN", "/to-chuc/" + GatewayStandIn.COMMITTEE + "/boi-duong?asOf=2023-06-30");

        DownloadedSheet download = downloadedSheet(page);

        assertEquals("Bồi dưỡng Đảng bộ Sở Xây dựng 2023-06-30.xlsx", download.fileName());
        Sheet sheet = download.sheet();
        assertEquals(
                "Bồi dưỡng: Đảng bộ Sở Xây dựng 30/06/2023",
                sheet.getRow(0).getCell(0).getStringCellValue());
        Map<String, Cell> figures = figuresByName(sheet);
        assertEquals(40, figures.get("Đã đến hạn").getNumericCellValue());
        assertEquals(35, figures.get("Đã bồi dưỡng, đúng hạn").getNumericCellValue());
        assertEquals(2, figures.get("Quá hạn, chưa bồi dưỡng").getNumericCellValue());
        assertEquals(0.844, figures.get("Tỷ lệ đã bồi dưỡng").getNumericCellValue(), 1e-9);
        assertEquals(1.0, figures.get("Chỉ tiêu").getNumericCellValue(), 1e-9);
        assertEquals(1_250, figures.get("Lý luận chính trị: Số đồng chí").getNumericCellValue());
    }

    @Test
    void aCourseOfTheTrainingPageEnrolsAMemberFoundByNameAndRecordsTheirResultEachRefusalShownOnTheForm()
            throws IOException {
        Page page = signedIn("vi-VN", "/to-chuc/" + GatewayStandIn.COMMITTEE + "/boi-duong?asOf=2024-06-30");
        assertThat(page.locator("section[aria-labelledby=courses] tbody tr")).hasCount(2);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bồi dưỡng nghiệp vụ công tác đảng"))
                .click();
        assertThat(page.locator("#course-status")).hasText("Đang học");
        assertTrue(
                GatewayStandIn.CALLS.contains(
                        "courses of " + GatewayStandIn.COMMITTEE + " from 2023-06-30 by" + " startsOn,desc 20"),
                "the subtree's courses from a year before the day: " + GatewayStandIn.CALLS);

        page.getByLabel("Tìm đảng viên theo họ tên").fill("hoa 5");
        page.getByLabel("Bùi Thị Hoa 5").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi danh học viên"))
                .click();
        assertThat(page.locator("section[aria-labelledby=enrolments] tbody tr")).hasCount(1);
        assertThat(page.locator("section[aria-labelledby=enrolments] tbody tr")).containsText("Bùi Thị Hoa 5");
        page.getByLabel("Tìm đảng viên theo họ tên").fill("hoa 5");
        page.getByLabel("Bùi Thị Hoa 5").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi danh học viên"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Đảng viên đã được ghi danh vào lớp này.");
        assertNoSeriousViolation(page);

        page.locator("#completedMember").selectOption(new SelectOption().setLabel("Bùi Thị Hoa 5"));
        page.getByLabel("Xếp loại kết quả").selectOption("GOOD");
        page.getByLabel("Ngày hoàn thành").fill("2031-05-10");
        page.getByLabel("Số chứng chỉ").fill("CC-12");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi kết quả học tập"))
                .click();
        assertThat(page.locator("#completedOn-error")).hasText("không được sau ngày hôm nay");
        assertThat(page.getByLabel("Số chứng chỉ")).hasValue("CC-12");
        page.getByLabel("Ngày hoàn thành").fill("2024-05-10");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi kết quả học tập"))
                .click();
        assertThat(page.locator("section[aria-labelledby=enrolments] tbody td"))
                .hasText(new String[] {"Bùi Thị Hoa 5", "Hoàn thành", "Giỏi", "10/05/2024", "CC-12"});
        DownloadedSheet enrolments = downloadedSheet(page);
        assertEquals("Bồi dưỡng nghiệp vụ công tác đảng Học viên.xlsx", enrolments.fileName());
        Row completed = enrolments.sheet().getRow(2);
        assertEquals("Bùi Thị Hoa 5", completed.getCell(0).getStringCellValue());
        assertEquals("Giỏi", completed.getCell(2).getStringCellValue());
        assertEquals(
                LocalDate.of(2024, 5, 10),
                completed.getCell(3).getLocalDateTimeCellValue().toLocalDate());
        assertEquals("CC-12", completed.getCell(4).getStringCellValue());
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi kết quả học tập")))
                .hasCount(0);
    }

    @Test
    void aCourseScheduledFromTheTrainingPageIsChangedAndMovedOnStatusByStatusARefusalAndAStalePageShownOnTheForm() {
        Page page = signedIn("vi-VN", "/to-chuc/" + GatewayStandIn.COMMITTEE + "/boi-duong?asOf=2024-06-30");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lên lịch khóa bồi dưỡng"))
                .click();
        page.getByLabel("Tên khóa bồi dưỡng").fill("Bồi dưỡng kỹ năng kiểm tra, giám sát");
        page.getByLabel("Chuyên đề").selectOption(new SelectOption().setLabel("Kiểm tra, giám sát"));
        page.getByLabel("Hình thức học").selectOption(new SelectOption().setLabel("Trực tuyến"));
        page.getByLabel("Ngày bắt đầu").fill("2024-09-09");
        page.getByLabel("Ngày kết thúc").fill("2024-09-11");
        page.getByLabel("Địa điểm").fill("Hội trường Đảng ủy Khối");
        page.getByLabel("Số học viên tối đa").fill("0");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lên lịch khóa bồi dưỡng"))
                .click();
        assertThat(page.locator("#capacity-error")).hasText("phải lớn hơn hoặc bằng 1");
        assertThat(page.getByLabel("Tên khóa bồi dưỡng")).hasValue("Bồi dưỡng kỹ năng kiểm tra, giám sát");
        assertThat(page.getByLabel("Ngày kết thúc")).hasValue("2024-09-11");
        assertNoSeriousViolation(page);
        page.getByLabel("Số học viên tối đa").fill("45");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lên lịch khóa bồi dưỡng"))
                .click();
        assertThat(page.locator("h1")).hasText("Bồi dưỡng kỹ năng kiểm tra, giám sát");
        assertThat(page.locator("#course-status")).hasText("Dự kiến");
        assertTrue(
                GatewayStandIn.CALLS.contains("schedule Bồi dưỡng kỹ năng kiểm tra, giám sát of "
                        + GatewayStandIn.COMMITTEE
                        + " INSPECTION_SUPERVISION ONLINE 2024-09-09..2024-09-11 at Hội trường Đảng ủy Khối for 45"),
                "the course as entered, held by the organization: " + GatewayStandIn.CALLS);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sửa thông tin khóa học"))
                .click();
        assertThat(page.getByLabel("Tên khóa bồi dưỡng")).hasValue("Bồi dưỡng kỹ năng kiểm tra, giám sát");
        assertThat(page.getByLabel("Chuyên đề")).hasValue("INSPECTION_SUPERVISION");
        assertThat(page.getByLabel("Ngày bắt đầu")).hasValue("2024-09-09");
        page.getByLabel("Địa điểm").fill("Trường Chính trị tỉnh");
        page.getByLabel("Số học viên tối đa").fill("0");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu"))
                .click();
        assertThat(page.locator("#capacity-error")).hasText("phải lớn hơn hoặc bằng 1");
        assertThat(page.getByLabel("Địa điểm")).hasValue("Trường Chính trị tỉnh");
        page.getByLabel("Số học viên tối đa").fill("60");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu"))
                .click();
        assertThat(page.locator("#course-status")).hasText("Dự kiến");
        assertThat(page.locator("dl.details")).containsText("Trường Chính trị tỉnh");
        assertTrue(
                GatewayStandIn.CALLS.stream()
                        .anyMatch(call -> call.startsWith("replace course ")
                                && call.endsWith(" Bồi dưỡng kỹ năng kiểm tra, giám sát at Trường Chính trị tỉnh for 60"
                                        + " held by " + GatewayStandIn.COMMITTEE + " if \"0\"")),
                "every detail sent again, for the version shown: " + GatewayStandIn.CALLS);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mở ghi danh"))
                .click();
        assertThat(page.locator("#course-status")).hasText("Đang ghi danh");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mở ghi danh")))
                .hasCount(0);
        Page stale = context.newPage();
        stale.navigate(page.url());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bắt đầu học"))
                .click();
        assertThat(page.locator("#course-status")).hasText("Đang học");
        stale.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hủy khóa học"))
                .click();
        assertThat(stale.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hủy khóa học này?")))
                .isVisible();
        assertTrue(
                GatewayStandIn.CALLS.stream().noneMatch(call -> call.contains(" to CANCELLED ")),
                "nothing sent before the cancellation is confirmed: " + GatewayStandIn.CALLS);
        stale.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hủy khóa học"))
                .click();
        assertThat(stale.getByRole(AriaRole.ALERT)).hasText("Khóa học đã thay đổi từ khi mở.");
        assertThat(stale.locator("#course-status")).hasText("Đang học");
        assertThat(stale.locator("form[aria-labelledby=change-status] button"))
                .hasText(new String[] {"Kết thúc khóa học", "Hủy khóa học"});

        stale.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hủy khóa học"))
                .click();
        stale.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Không hủy"))
                .click();
        assertThat(stale.locator("#course-status")).hasText("Đang học");
        assertEquals(
                1,
                GatewayStandIn.CALLS.stream()
                        .filter(call -> call.contains(" to CANCELLED "))
                        .count(),
                "only the stale cancellation was sent, not the one the user kept from: " + GatewayStandIn.CALLS);
    }

    @Test
    void whoIsOverdueForTrainingIsListedByNameEarliestDueFirstAndDownloadsAsASpreadsheet() throws IOException {
        Page page = signedIn("vi-VN", "/to-chuc/" + GatewayStandIn.COMMITTEE + "/boi-duong");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Danh sách chưa bồi dưỡng quá hạn"))
                .click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Chưa bồi dưỡng quá hạn: Đảng bộ Sở Xây dựng");
        Locator rows = page.locator("section[aria-labelledby=overdue] tbody tr");
        assertThat(rows.nth(0).locator("td"))
                .hasText(new String[] {"Trần Văn An", "Phó Bí thư", "Ban Chấp hành", "01/03/2023", "01/03/2024"});
        assertThat(rows.nth(1).locator("td").nth(0)).containsText("Không tìm thấy");
        assertThat(rows.nth(1).locator("td").nth(4)).hasText("01/09/2024");
        assertTrue(
                GatewayStandIn.CALLS.contains(
                        "obligations " + GatewayStandIn.COMMITTEE + " OVERDUE page 0 size 20 sort dueOn"),
                "the subtree's overdue obligations, earliest due first: " + GatewayStandIn.CALLS);
        assertNoSeriousViolation(page);

        DownloadedSheet download = downloadedSheet(page);

        assertEquals("Chưa bồi dưỡng quá hạn Đảng bộ Sở Xây dựng.xlsx", download.fileName());
        Sheet sheet = download.sheet();
        assertEquals(
                "Chưa bồi dưỡng quá hạn: Đảng bộ Sở Xây dựng",
                sheet.getRow(0).getCell(0).getStringCellValue());
        assertEquals(4, sheet.getPhysicalNumberOfRows(), "a title, a header and the two overdue");
        Row an = sheet.getRow(2);
        assertEquals("Trần Văn An", an.getCell(0).getStringCellValue());
        assertEquals("Phó Bí thư", an.getCell(1).getStringCellValue());
        assertEquals("Ban Chấp hành", an.getCell(2).getStringCellValue());
        assertEquals(
                LocalDate.of(2023, 3, 1),
                an.getCell(3).getLocalDateTimeCellValue().toLocalDate());
        assertEquals(
                LocalDate.of(2024, 3, 1),
                an.getCell(4).getLocalDateTimeCellValue().toLocalDate());
        assertTrue(sheet.getRow(3).getCell(0).getStringCellValue().contains("Không tìm thấy"));
    }
}
