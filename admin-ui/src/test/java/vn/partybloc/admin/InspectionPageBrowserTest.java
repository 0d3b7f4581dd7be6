package vn.partybloc.admin;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;

/** Kiểm tra, giám sát in Chromium: a year's plans carried out, their items by subject, and one concluded. */
@QuarkusTest
class InspectionPageBrowserTest extends ConsoleInChromium {

    @Test
    void aYearsPlansShowTheirItemsByNameAndAPlannedItemIsConcludedARefusedFieldShownBesideIt() throws IOException {
        Page page = signedIn("vi-VN", "/to-chuc/" + GatewayStandIn.COMMITTEE);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kiểm tra, giám sát"))
                .click();
        page.getByLabel("Năm").fill("2025");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem năm"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Kiểm tra, giám sát năm 2025");
        assertThat(page.locator("section[aria-labelledby=report] tbody tr")
                        .nth(1)
                        .locator("td"))
                .hasText(new String[] {"Kiểm tra", "Chuyên đề", "1", "0", "0"});
        assertThat(page.locator("article.plan tbody tr").nth(0).locator("td")).hasText(new String[] {
            "Thường xuyên",
            "Chi bộ Phòng Kế hoạch",
            "Việc chấp hành nghị quyết của Đảng ủy",
            "01/03/2025 – 30/04/2025",
            "Đã thực hiện",
            "Chi bộ thực hiện tốt (10/05/2025)"
        });
        assertThat(page.locator("article.plan tbody tr").nth(1)).containsText("Bùi Thị Hoa 5");
        assertNoSeriousViolation(page);

        DownloadedWorkbook downloaded = downloadedWorkbook(
                page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tải bảng tính (XLSX)")));
        assertEquals("Kiểm tra, giám sát năm 2025 Đảng bộ Sở Xây dựng.xlsx", downloaded.fileName());
        Row thematic =
                downloaded.workbook().getSheet("Kết quả thực hiện kế hoạch").getRow(3);
        assertEquals("Chuyên đề", thematic.getCell(1).getStringCellValue());
        assertEquals(1, thematic.getCell(2).getNumericCellValue());
        Row done = downloaded.workbook().getSheet("Kế hoạch").getRow(2);
        assertEquals("Chi bộ Phòng Kế hoạch", done.getCell(4).getStringCellValue());
        assertEquals(
                LocalDate.of(2025, 3, 1),
                done.getCell(6).getLocalDateTimeCellValue().toLocalDate());
        assertEquals("Đã thực hiện", done.getCell(8).getStringCellValue());
        assertEquals(
                LocalDate.of(2025, 5, 10),
                done.getCell(10).getLocalDateTimeCellValue().toLocalDate());
        assertEquals(
                "Bùi Thị Hoa 5",
                downloaded.workbook().getSheet("Kế hoạch").getRow(3).getCell(4).getStringCellValue());

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kết luận nội dung"))
                .click();
        page.getByLabel("Kết quả kiểm tra, giám sát").fill("Đã kê khai đầy đủ, đúng thời hạn");
        page.getByLabel("Kết luận", new Page.GetByLabelOptions().setExact(true)).fill("Thực hiện <b>tốt</b>");
        page.getByLabel("Ngày kết luận").fill("2025-11-05");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kết luận nội dung"))
                .click();
        assertThat(page.locator("#conclusion-error")).hasText("chỉ được là văn bản thuần");
        assertThat(page.getByLabel("Kết quả kiểm tra, giám sát")).hasValue("Đã kê khai đầy đủ, đúng thời hạn");
        assertNoSeriousViolation(page);

        page.getByLabel("Kết luận", new Page.GetByLabelOptions().setExact(true)).fill("Thực hiện tốt việc kê khai");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kết luận nội dung"))
                .click();
        assertThat(page.locator("article.plan tbody tr").nth(1).locator("td").nth(5))
                .hasText("Thực hiện tốt việc kê khai (05/11/2025)");
        List<String> conclusions = GatewayStandIn.CALLS.stream()
                .filter(call -> call.startsWith("conclude "))
                .toList();
        assertTrue(
                conclusions.size() == 2
                        && conclusions
                                .get(1)
                                .startsWith("conclude " + InspectionPlansStandIn.PLAN + " "
                                        + InspectionPlansStandIn.PLANNED_ITEM
                                        + " Thực hiện tốt việc kê khai on 2025-11-05 key ")
                        && !keyOf(conclusions.get(0)).equals(keyOf(conclusions.get(1))),
                "the corrected conclusion was sent for the item, under a new key: " + conclusions);
    }

    @Test
    void aYearTheApiCannotHoldIsRefusedOnAPageThatSaysWhy() {
        Page page = signedIn("vi-VN", "/to-chuc/" + GatewayStandIn.COMMITTEE + "/kiem-tra?year=1999");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("400");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Năm phải từ 2000 đến 2200.");
    }
}
