package vn.partybloc.admin;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import vn.partybloc.kernel.BlocZone;

/**
 * Sinh hoạt chi bộ in Chromium: a subtree's cells against the meeting rules over a period, on the page and as a
 * spreadsheet; a cell's months of meetings, and a meeting recorded with its attendance or removed.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class MeetingsPageBrowserTest extends ConsoleInChromium {

    @Test
    void aSubtreesCellMeetingsListFirstTheCellsThatMissedMonthsOverTheTwelveMonthsOrThePeriodAsked() {
        Page page = signedIn("vi-VN", "/to-chuc/" + GatewayStandIn.COMMITTEE);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sinh hoạt chi bộ"))
                .click();

        YearMonth thisMonth = YearMonth.now(BlocZone.ZONE);
        assertTrue(
                GatewayStandIn.CALLS.contains("meetings report " + GatewayStandIn.COMMITTEE + " "
                        + thisMonth.minusMonths(11) + " " + thisMonth),
                "the twelve months up to this one: " + GatewayStandIn.CALLS);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Sinh hoạt chi bộ: Đảng bộ Sở Xây dựng");
        assertThat(page.locator("#cells-meeting-every-month")).hasText("1 / 2");
        assertThat(page.locator("#meetings-held")).hasText("1.234");
        assertThat(page.locator("#attendance-rate")).hasText("90%");
        assertThat(page.locator("#cells tbody tr").nth(0).locator("td"))
                .hasText(new String[] {"Chi bộ Văn phòng", "10 / 3", "02/2023, 05/2023", "2023-Q2", "85,71%", "0"});
        assertThat(page.locator("#cells tbody tr").nth(1).locator("td").nth(0)).hasText("Chi bộ Phòng Kế hoạch");
        assertThat(page.locator("#flagged-members tbody tr").nth(0).locator("td"))
                .hasText(new String[] {"Trần Văn An", "2023", "02/2023, 03/2023, 05/2023"});
        assertNoSeriousViolation(page);

        page.getByLabel("Từ tháng").fill("2023-01");
        page.getByLabel("Đến tháng").fill("2023-06");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("01/2023 – 06/2023");
        assertTrue(
                GatewayStandIn.CALLS.contains("meetings report " + GatewayStandIn.COMMITTEE + " 2023-01 2023-06"),
                "the period asked for: " + GatewayStandIn.CALLS);
    }

    @Test
    void aSubtreesCellMeetingsDownloadAsASpreadsheetOfItsCellsMostMissedFirst() throws IOException {
        Page page = signedIn("vi-VN", "/to-chuc/" + GatewayStandIn.COMMITTEE + "/sinh-hoat?from=2023-01&to=2023-12");

        DownloadedSheet download = downloadedSheet(page);

        assertEquals("Sinh hoạt chi bộ Đảng bộ Sở Xây dựng 2023-01 2023-12.xlsx", download.fileName());
        Sheet sheet = download.sheet();
        assertEquals(
                "Sinh hoạt chi bộ: Đảng bộ Sở Xây dựng 01/2023 – 12/2023",
                sheet.getRow(0).getCell(0).getStringCellValue());
        assertEquals("Chi bộ", sheet.getRow(1).getCell(0).getStringCellValue());
        assertEquals(4, sheet.getPhysicalNumberOfRows(), "a title, a header and the two cells");
        Row office = sheet.getRow(2);
        assertEquals("Chi bộ Văn phòng", office.getCell(0).getStringCellValue());
        assertEquals("SXD-VP", office.getCell(1).getStringCellValue());
        assertEquals(10, office.getCell(2).getNumericCellValue());
        assertEquals(3, office.getCell(3).getNumericCellValue());
        assertEquals("02/2023, 05/2023", office.getCell(4).getStringCellValue());
        assertEquals("2023-Q2", office.getCell(5).getStringCellValue());
        assertEquals(0.8571, office.getCell(6).getNumericCellValue(), 1e-9);
        assertEquals("0.00%", office.getCell(6).getCellStyle().getDataFormatString());
        assertEquals(0, office.getCell(7).getNumericCellValue());
        assertEquals("Chi bộ Phòng Kế hoạch", sheet.getRow(3).getCell(0).getStringCellValue());
        assertTrue(
                GatewayStandIn.CALLS.contains("meetings report " + GatewayStandIn.COMMITTEE + " 2023-01 2023-12"),
                "the period of the page: " + GatewayStandIn.CALLS);
    }

    @Test
    void aCellsMeetingsShowMonthByMonthOverThePeriodOfTheSubtreesPageAMonthWithoutOneSaidSo() throws IOException {
        Page page = signedIn("vi-VN", "/to-chuc/" + GatewayStandIn.COMMITTEE + "/sinh-hoat?from=2023-01&to=2023-03");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Các buổi sinh hoạt: Chi bộ Văn phòng"))
                .click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Các buổi sinh hoạt: Chi bộ Văn phòng 01/2023 – 03/2023");
        assertTrue(
                GatewayStandIn.CALLS.contains("meetings of " + GatewayStandIn.OFFICE_CELL + " 2023-01 2023-03"),
                "the cell's meetings over the subtree page's period: " + GatewayStandIn.CALLS);
        Locator months = page.locator("#meetings tbody");
        assertThat(months.locator("th")).containsText(new String[] {"01/2023", "02/2023", "03/2023"});
        assertThat(months.nth(0).locator("td")).hasText(new String[] {
            "10/01/2023", "Thường kỳ", "Trực tiếp", "Sinh hoạt thường kỳ tháng 1", "Tốt", "2", "1", "0"
        });
        assertThat(months.nth(1).locator("td")).hasText("Không có buổi sinh hoạt nào");
        assertThat(months.nth(2).locator("td")).hasText(new String[] {
            "15/03/2023", "Chuyên đề", "Trực tuyến", "Học tập và làm theo tư tưởng Hồ Chí Minh", "Khá", "2", "0", "1"
        });
        assertNoSeriousViolation(page);

        page.getByLabel("Đến tháng").fill("2023-02");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem"))
                .click();
        assertThat(page.locator("#meetings tbody th")).containsText(new String[] {"01/2023", "02/2023"});

        Sheet sheet = downloadedSheet(page).sheet();
        assertEquals("01/2023", sheet.getRow(2).getCell(0).getStringCellValue());
        assertEquals(
                java.time.LocalDate.of(2023, 1, 10),
                sheet.getRow(2).getCell(1).getLocalDateTimeCellValue().toLocalDate());
        assertEquals(2, sheet.getRow(2).getCell(6).getNumericCellValue());
        assertEquals("02/2023", sheet.getRow(3).getCell(0).getStringCellValue());
        assertEquals("Không có buổi sinh hoạt nào", sheet.getRow(3).getCell(1).getStringCellValue());
        assertEquals(3, sheet.getLastRowNum());
    }

    @Test
    void aMeetingRecordedOnTheFormGoesWithTheMonthsOthersAsTheyWereAndEachMembersAttendance() throws IOException {
        Page page = signedIn(
                "vi-VN", "/to-chuc/" + GatewayStandIn.OFFICE_CELL + "/sinh-hoat/cac-buoi?from=2023-01&to=2023-02");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ghi sinh hoạt 01/2023"))
                .click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Ghi sinh hoạt tháng 01/2023: Chi bộ Văn phòng");
        assertThat(page.locator("#meetings tbody tr")).hasCount(1);
        assertThat(page.locator("#attendance tbody th"))
                .hasText(new String[] {"Lê Thị Bình", "Phạm Văn Cường", "Trần Văn An"});
        assertThat(page.locator("#attendance caption")).hasText("Điểm danh: 3 đảng viên của chi bộ");
        page.getByLabel("Ngày họp").fill("2023-01-25");
        page.getByLabel("Loại buổi sinh hoạt").selectOption(new SelectOption().setLabel("Chuyên đề"));
        page.getByLabel("Hình thức họp").selectOption(new SelectOption().setLabel("Trực tuyến"));
        page.getByLabel("Chủ đề").fill("Chuyển đổi số trong cơ quan");
        page.getByLabel("Chất lượng").selectOption(new SelectOption().setLabel("Khá"));
        page.getByLabel("Người chủ trì").selectOption(new SelectOption().setLabel("Trần Văn An"));
        page.getByLabel("Thư ký buổi sinh hoạt").selectOption(new SelectOption().setLabel("Lê Thị Bình"));
        page.getByLabel("Số biên bản").fill("BB-05/2023");
        page.getByLabel("Tham dự của Phạm Văn Cường").selectOption(new SelectOption().setLabel("Vắng có lý do"));
        page.getByLabel("Lý do vắng của Phạm Văn Cường").fill("Ốm");
        page.getByLabel("Phần 1").selectOption("PARTY_BUILDING");
        page.getByLabel("Nội dung 1", new Page.GetByLabelOptions().setExact(true))
                .fill("Kết nạp đảng viên mới");
        page.getByLabel("Nghị quyết 1").fill("Đề nghị kết nạp quần chúng Nguyễn Văn Năm");
        page.getByLabel("Họ tên khách mời 1").fill("Đỗ Văn Khách");
        page.getByLabel("Chức vụ khách mời 1").fill("Bí thư Đoàn cơ sở");
        page.getByLabel("Tìm đồng chí cấp ủy cấp trên dự").fill("hoa 1");
        page.locator("#superiorAttendeeId-" + MembersStandIn.memberId("Bùi Thị Hoa 1"))
                .check();
        page.getByLabel("Tìm đồng chí cấp ủy cấp trên dự").fill("hoa 2");
        page.locator("#superiorAttendeeId-" + MembersStandIn.memberId("Bùi Thị Hoa 2"))
                .check();
        assertThat(page.locator("#superiorAttendeeId-" + MembersStandIn.memberId("Bùi Thị Hoa 1")))
                .isChecked();
        assertNoSeriousViolation(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi buổi sinh hoạt"))
                .click();

        assertThat(page.locator("#meetings tbody tr")).hasCount(2);
        assertThat(page.locator("#meetings tbody tr").nth(1).locator("td")).containsText(new String[] {
            "25/01/2023", "Chuyên đề", "Trực tuyến", "Chuyển đổi số trong cơ quan", "Khá", "2", "1", "0"
        });
        JsonNode sent = sentMonth("2023-01", "\"3\"");
        assertEquals(2, sent.size(), "the month's meeting as it was, then the new one: " + sent);
        JsonNode kept = sent.get(0);
        assertEquals("2023-01-10", kept.get("heldOn").asText());
        assertEquals("Thu đảng phí quý IV", kept.at("/agenda/0/title").asText());
        assertEquals("Nguyễn Văn Tư", kept.at("/guests/0/name").asText());
        assertEquals("Hoàn thành kế hoạch năm", kept.at("/resolutions/0").asText());
        assertEquals(
                MembersStandIn.memberId("Bùi Thị Hoa 1").toString(),
                kept.at("/superiorAttendeeIds/0").asText());
        assertEquals("Đi công tác", kept.at("/attendance/2/reason").asText());
        JsonNode added = sent.get(1);
        assertEquals("THEMATIC", added.get("kind").asText());
        assertEquals("ONLINE", added.get("format").asText());
        assertEquals("FAIR", added.get("quality").asText());
        assertEquals(
                MembersStandIn.memberId("Trần Văn An").toString(),
                added.get("chairMemberId").asText());
        assertEquals(
                MembersStandIn.memberId("Lê Thị Bình").toString(),
                added.get("meetingSecretaryMemberId").asText());
        assertEquals("BB-05/2023", added.get("minutesReference").asText());
        assertEquals(
                "[{\"category\":\"PARTY_BUILDING\",\"title\":\"Kết nạp đảng viên mới\"}]",
                added.get("agenda").toString());
        assertEquals(
                "[\"Đề nghị kết nạp quần chúng Nguyễn Văn Năm\"]",
                added.get("resolutions").toString());
        assertEquals(
                "[{\"name\":\"Đỗ Văn Khách\",\"role\":\"Bí thư Đoàn cơ sở\"}]",
                added.get("guests").toString());
        assertEquals(
                "[\"" + MembersStandIn.memberId("Bùi Thị Hoa 1") + "\",\"" + MembersStandIn.memberId("Bùi Thị Hoa 2")
                        + "\"]",
                added.get("superiorAttendeeIds").toString());
        assertEquals(
                "[{\"memberId\":\"" + MembersStandIn.memberId("Lê Thị Bình") + "\",\"status\":\"PRESENT\"},"
                        + "{\"memberId\":\"" + MembersStandIn.memberId("Phạm Văn Cường")
                        + "\",\"status\":\"ABSENT_WITH_LEAVE\",\"reason\":\"Ốm\"},"
                        + "{\"memberId\":\"" + MembersStandIn.memberId("Trần Văn An") + "\",\"status\":\"PRESENT\"}]",
                added.get("attendance").toString());

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xóa buổi 25/01/2023"))
                .click();
        assertThat(page.locator("#meetings tbody tr")).hasCount(1);
        JsonNode left = sentMonth("2023-01", "\"4\"");
        assertEquals(1, left.size(), "the month without the meeting removed: " + left);
        assertEquals("2023-01-10", left.get(0).get("heldOn").asText());
    }

    @Test
    void aMeetingRefusedIsShownAtItsFieldAndAFormOfTheMonthShownUnrecordedIsNotSentOnceItIsRecorded()
            throws IOException {
        String month = "/to-chuc/" + GatewayStandIn.OFFICE_CELL + "/sinh-hoat/thang/2023-02";
        Page page = signedIn("vi-VN", month);
        Page stale = context.newPage();
        stale.navigate("http://localhost:" + port + month);
        assertThat(page.locator("#none-recorded")).hasText("Tháng này chưa ghi buổi sinh hoạt nào.");

        page.getByLabel("Ngày họp").fill("2023-03-02");
        page.getByLabel("Chủ đề").fill("Sinh hoạt thường kỳ tháng 2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi buổi sinh hoạt"))
                .click();
        assertThat(page.locator("#heldOn-error")).hasText("Ngày sinh hoạt phải trong tháng 2023-02");
        assertThat(page.getByLabel("Chủ đề")).hasValue("Sinh hoạt thường kỳ tháng 2");
        page.getByLabel("Ngày họp").fill("2023-02-20");
        page.getByLabel("Phần 2").selectOption("OTHER");
        page.getByLabel("Nghị quyết 2").fill("Tăng cường kỷ luật phát ngôn");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi buổi sinh hoạt"))
                .click();
        // The agenda's second row went as its first item: the API's agenda[0] is shown in the row it came from.
        assertThat(page.locator("#agenda tbody tr").nth(1).locator(".field-error"))
                .hasText("không được để trống");
        assertThat(page.locator("#agenda tbody tr").nth(0).locator(".field-error"))
                .hasCount(0);
        assertThat(page.getByLabel("Phần 2")).hasValue("OTHER");
        assertThat(page.getByLabel("Nghị quyết 2")).hasValue("Tăng cường kỷ luật phát ngôn");
        page.getByLabel("Nội dung 2", new Page.GetByLabelOptions().setExact(true))
                .fill("Quán triệt quy định mới");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi buổi sinh hoạt"))
                .click();
        assertThat(page.locator("#meetings tbody tr td").first()).hasText("20/02/2023");
        assertEquals(1, sentMonth("2023-02", "null").size());

        stale.getByLabel("Ngày họp").fill("2023-02-21");
        stale.getByLabel("Chủ đề").fill("Sinh hoạt thường kỳ tháng 2");
        stale.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi buổi sinh hoạt"))
                .click();
        assertThat(stale.getByRole(AriaRole.ALERT))
                .hasText("Tháng này vừa được người khác ghi sau khi trang hiện ra: xem các buổi đã ghi rồi gửi lại.");
        assertThat(stale.locator("#meetings tbody tr")).hasCount(1);
        assertTrue(
                GatewayStandIn.CALLS.stream()
                        .noneMatch(call -> call.startsWith("record meetings") && call.contains("2023-02-21")),
                "the stale form is not sent");
    }

    /** The meetings of the last month recorded as {@code month} under {@code ifMatch}, as the console sent them. */
    private static JsonNode sentMonth(String month, String ifMatch) throws IOException {
        String sent = "record meetings " + GatewayStandIn.OFFICE_CELL + " " + month + " If-Match " + ifMatch + " ";
        List<String> calls = GatewayStandIn.CALLS.stream()
                .filter(call -> call.startsWith(sent))
                .toList();
        assertFalse(calls.isEmpty(), "recorded " + month + " for " + ifMatch + ": " + GatewayStandIn.CALLS);
        return new ObjectMapper()
                .readTree(calls.get(calls.size() - 1).substring(sent.length()))
                .get("meetings");
    }
}
