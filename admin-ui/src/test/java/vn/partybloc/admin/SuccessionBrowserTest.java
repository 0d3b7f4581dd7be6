package vn.partybloc.admin;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;

/** Quy hoạch cán bộ in Chromium: a subtree's plans against the targets, as a spreadsheet too; a plan opened and kept. */
@QuarkusTest
class SuccessionBrowserTest extends ConsoleInChromium {

    @Test
    void aSubtreesPlansAreReportedAgainstTheTargetsFromTheOrganizationsPageAndAsASpreadsheet() throws IOException {
        Page page = signedIn("vi-VN", "/to-chuc/" + GatewayStandIn.PLANNING_CELL);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Quy hoạch cán bộ"))
                .click();

        assertThat(page.locator("#succession-targets"))
                .hasText("Chỉ tiêu: nữ từ 25%, trẻ từ 15% (báo cáo, không bắt buộc)");
        assertThat(page.locator("section[aria-labelledby=plans] thead")).containsText("Tỷ lệ trẻ (dưới 40 tuổi)");
        assertThat(page.locator("section[aria-labelledby=plans] tbody tr")
                        .first()
                        .locator("td"))
                .hasText(new String[] {
                    "Chi bộ Phòng Kế hoạch", "Chi ủy", "Bí thư", "2025–2030", "2", "1 (50%)", "1 (50%)", "1", "1"
                });
        assertThat(page.locator("#succession-total")).containsText("1 (50%) Đạt");
        assertNoSeriousViolation(page);

        Sheet sheet = downloadedSheet(page).sheet();
        Row line = sheet.getRow(2);
        assertEquals("Chi bộ Phòng Kế hoạch", line.getCell(0).getStringCellValue());
        assertEquals("Bí thư", line.getCell(2).getStringCellValue());
        assertEquals(2, line.getCell(4).getNumericCellValue());
        assertEquals(0.5, line.getCell(6).getNumericCellValue(), 1e-9);
        assertEquals(1, line.getCell(9).getNumericCellValue());
        Row total = sheet.getRow(sheet.getLastRowNum());
        assertEquals("Toàn bộ", total.getCell(0).getStringCellValue());
        assertEquals(1, total.getCell(10).getNumericCellValue());

        page.getByLabel("Nhiệm kỳ bắt đầu năm").fill("2030");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Xem").setExact(true))
                .click();
        assertThat(page.locator("section[aria-labelledby=plans] tbody")).hasText("Chưa có quy hoạch nào");
        assertThat(page.getByLabel("Nhiệm kỳ bắt đầu năm")).hasValue("2030");
        assertTrue(
                GatewayStandIn.CALLS.contains("succession report " + GatewayStandIn.PLANNING_CELL + " of 2030"),
                "the term asked for was asked of the API: " + GatewayStandIn.CALLS);

        page.navigate(page.url().replace("termStartYear=2030", "termStartYear=1999"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("400");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Năm phải từ 2000 đến 2200.");
    }

    @Test
    void aPlansCandidatesShowTheirFlagsAndRemovalsAndOneIsAddedAndRemovedTheApisRefusalsShownOnTheForms() {
        // The office cell: the planning cell is dissolved by another test, and a plan is opened for an active one only.
        Page page = signedIn("vi-VN", "/to-chuc/" + GatewayStandIn.OFFICE_CELL + "/quy-hoach");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lập quy hoạch"))
                .click();
        assertThat(page.getByLabel("Năm bắt đầu")).hasValue("2025");
        assertThat(page.getByLabel("Năm kết thúc")).hasValue("2030");
        page.getByLabel("Cấp ủy").selectOption("EXECUTIVE_COMMITTEE");
        page.getByLabel("Chức danh quy hoạch").selectOption("DEPUTY_SECRETARY");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lập quy hoạch"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Chi bộ trực thuộc không có EXECUTIVE_COMMITTEE");
        assertThat(page.getByLabel("Chức danh quy hoạch")).hasValue("DEPUTY_SECRETARY");
        assertNoSeriousViolation(page);
        page.getByLabel("Cấp ủy").selectOption("CELL_COMMITTEE");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lập quy hoạch"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Chi ủy: Phó Bí thư, nhiệm kỳ 2025–2030");
        List<String> opened = GatewayStandIn.CALLS.stream()
                .filter(call -> call.startsWith("open succession plan "))
                .toList();
        assertTrue(
                opened.size() == 2 && !keyOf(opened.get(0)).equals(keyOf(opened.get(1))),
                "the corrected plan was sent under a new key: " + opened);

        page.getByLabel("Tìm đảng viên theo họ tên").fill("hoa 9");
        page.getByLabel("Bùi Thị Hoa 9").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đưa vào quy hoạch"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("không phải là đảng viên đang sinh hoạt");
        page.getByLabel("Tìm đảng viên theo họ tên").fill("hoa 4");
        page.getByLabel("Bùi Thị Hoa 4").check();
        page.getByLabel("Ngày đưa vào").fill("2099-01-01");
        page.getByLabel("Ghi chú").first().fill("Phó trưởng phòng");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đưa vào quy hoạch"))
                .click();
        assertThat(page.locator("#addedOn-error")).hasText("không được sau ngày hôm nay");
        assertThat(page.getByLabel("Bùi Thị Hoa 4")).isChecked();
        assertThat(page.getByLabel("Ghi chú").first()).hasValue("Phó trưởng phòng");
        page.getByLabel("Ngày đưa vào").fill("2025-03-10");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đưa vào quy hoạch"))
                .click();
        assertThat(page.locator("section[aria-labelledby=candidates] tbody tr")
                        .first()
                        .locator("td"))
                .hasText(new String[] {
                    "Bùi Thị Hoa 4", "Nữ", "05/05/1992", "Trong quy hoạch", "10/03/2025", "", "", "", "Phó trưởng phòng"
                });

        page.getByLabel("Người được quy hoạch").selectOption(new SelectOption().setLabel("Bùi Thị Hoa 4"));
        page.getByLabel("Lý do").selectOption("OWN_REQUEST");
        page.getByLabel("Ngày đưa ra").fill("2025-01-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đưa ra khỏi quy hoạch"))
                .click();
        assertThat(page.locator("#removedOn-error")).hasText("không được trước ngày đưa vào quy hoạch (2025-03-10)");
        assertThat(page.getByLabel("Lý do")).hasValue("OWN_REQUEST");
        assertNoSeriousViolation(page);
        page.getByLabel("Ngày đưa ra").fill("2025-06-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đưa ra khỏi quy hoạch"))
                .click();
        assertThat(page.locator("section[aria-labelledby=candidates] tbody tr").first())
                .containsText("Đã đưa ra khỏi quy hoạch");
        assertThat(page.locator("section[aria-labelledby=candidates] tbody tr").first())
                .containsText("Theo nguyện vọng cá nhân");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Đưa ra khỏi quy hoạch")))
                .hasCount(0);
    }

    @Test
    void theSeededPlanShowsAFlaggedCandidateAndARemovedOneAndDownloadsAsASpreadsheet() throws IOException {
        Page page = signedIn("vi-VN", "/quy-hoach/" + SuccessionStandIn.PLAN);

        assertThat(page.locator("section[aria-labelledby=candidates] tbody tr").nth(1))
                .containsText("Trên một nửa phiếu tín nhiệm thấp (15/01/2025)");
        assertThat(page.locator("section[aria-labelledby=candidates] tbody tr").nth(2))
                .containsText("Điều động, bố trí công tác khác");
        assertNoSeriousViolation(page);

        DownloadedSheet candidates = downloadedSheet(page);
        assertEquals("Chi ủy_ Bí thư, nhiệm kỳ 2025–2030 Chi bộ Phòng Kế hoạch.xlsx", candidates.fileName());
        Row flagged = candidates.sheet().getRow(3);
        assertEquals("Trần Văn An", flagged.getCell(0).getStringCellValue());
        assertEquals(
                LocalDate.of(1975, 7, 21),
                flagged.getCell(2).getLocalDateTimeCellValue().toLocalDate());
        assertEquals(
                "Trên một nửa phiếu tín nhiệm thấp (15/01/2025)",
                flagged.getCell(7).getStringCellValue());
        Row removed = candidates.sheet().getRow(4);
        assertEquals(
                LocalDate.of(2025, 2, 1),
                removed.getCell(5).getLocalDateTimeCellValue().toLocalDate());
        assertEquals("Điều động, bố trí công tác khác", removed.getCell(6).getStringCellValue());
    }
}
