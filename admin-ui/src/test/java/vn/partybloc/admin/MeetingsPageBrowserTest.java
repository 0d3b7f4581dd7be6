package vn.partybloc.admin;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.IOException;
import java.time.YearMonth;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import vn.partybloc.kernel.BlocZone;

/** Sinh hoạt chi bộ in Chromium: a subtree's cells against the meeting rules over a period, on the page and as a spreadsheet. */
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
    void aCellsMeetingsShowMonthByMonthOverThePeriodOfTheSubtreesPageAMonthWithoutOneSaidSo() {
        Page page = signedIn("vi-VN", "/to-chuc/" + GatewayStandIn.COMMITTEE + "/sinh-hoat?from=2023-01&to=2023-03");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Các buổi sinh hoạt: Chi bộ Văn phòng"))
                .click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Các buổi sinh hoạt: Chi bộ Văn phòng 01/2023 – 03/2023");
        assertTrue(
                GatewayStandIn.CALLS.contains("meetings of " + GatewayStandIn.OFFICE_CELL + " 2023-01 2023-03"),
                "the cell's meetings over the subtree page's period: " + GatewayStandIn.CALLS);
        Locator months = page.locator("#meetings tbody");
        assertThat(months.locator("th")).hasText(new String[] {"01/2023", "02/2023", "03/2023"});
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
        assertThat(page.locator("#meetings tbody th")).hasText(new String[] {"01/2023", "02/2023"});
    }
}
