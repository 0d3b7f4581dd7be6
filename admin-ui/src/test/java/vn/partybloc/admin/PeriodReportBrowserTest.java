package vn.partybloc.admin;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.junit.jupiter.api.Test;
import vn.partybloc.kernel.BlocZone;

/**
 * Báo cáo định kỳ in Chromium: the period report's sections for this year, then for the period asked for, and as a
 * spreadsheet.
 */
@QuarkusTest
class PeriodReportBrowserTest extends ConsoleInChromium {

    @Test
    void theReportOfThePeriodAskedForShowsEachSectionAndSaysWhichOneIsMissingAndDownloadsAsASpreadsheet()
            throws IOException {
        Page page = signedIn("vi-VN", "/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Báo cáo định kỳ"))
                .click();
        LocalDate today = BlocZone.today();
        assertTrue(
                GatewayStandIn.CALLS.contains("period " + today.withDayOfYear(1) + " " + today),
                "this year up to today by default: " + GatewayStandIn.CALLS);

        page.getByLabel("Từ ngày").fill("2021-01-01");
        page.getByLabel("Đến ngày").fill("2023-06-30");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Xem").setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Báo cáo định kỳ 01/01/2021 – 30/06/2023");
        assertThat(page.locator("section[aria-labelledby=structural-changes] tbody tr")
                        .filter(new Locator.FilterOptions().setHasText("Chuyển đi"))
                        .locator("td"))
                .hasText(new String[] {"59", "212"});
        assertThat(page.locator("#changes-total")).hasText("111");
        assertThat(page.locator("section[aria-labelledby=positions-filled] tbody tr")
                        .filter(new Locator.FilterOptions().setHasText("Chi ủy"))
                        .locator("td"))
                .hasText(new String[] {"195", "171", "Bí thư 42, Phó Bí thư 27, Ủy viên 126"});
        assertThat(page.locator("section[aria-labelledby=member-movements] tbody tr")
                        .filter(new Locator.FilterOptions().setHasText("Chuyển đi cùng tổ chức"))
                        .locator("td"))
                .hasText("2.366");
        assertThat(page.locator("section[aria-labelledby=discipline] .missing"))
                .hasText("Chưa có số liệu (UNAVAILABLE)");
        assertNoSeriousViolation(page);

        DownloadedSheet report = downloadedSheet(page);
        assertEquals("Báo cáo định kỳ 2021-01-01 2023-06-30.xlsx", report.fileName());
        Map<String, Cell> figures = figuresByName(report.sheet());
        assertEquals(59, figures.get("Biến động tổ chức đảng: Chuyển đi").getNumericCellValue());
        assertEquals(2366, figures.get("Biến động đảng viên: Chuyển đi").getNumericCellValue());
        assertEquals(212, figures.get("Tổ chức đi kèm: Chuyển đi").getNumericCellValue());
        assertEquals(42, figures.get("Chi ủy: Bí thư").getNumericCellValue());
        assertEquals(2366, figures.get("Chuyển đi cùng tổ chức").getNumericCellValue());
        assertFalse(
                figures.containsKey("Vụ kỷ luật mở trong kỳ"),
                "no row of the section that did not answer: " + figures.keySet());
    }
}
