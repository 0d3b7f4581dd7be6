package vn.partybloc.admin;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.IOException;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.junit.jupiter.api.Test;
import vn.partybloc.kernel.BlocZone;

/**
 * Đánh giá, xếp loại in Chromium: a subtree's ratings in a cycle against the targets, the excellent cap and who is not
 * rated yet, for the year and the day asked, on the page and as a spreadsheet.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class EvaluationPageBrowserTest extends ConsoleInChromium {

    @Test
    void anOrganizationsRatingsStandAgainstTheTargetsAndTheCapWithWhoIsNotRatedYet() {
        Page page = signedIn("vi-VN", "/to-chuc/" + GatewayStandIn.COMMITTEE);
        page.locator("#organization-evaluation").click();

        assertTrue(
                GatewayStandIn.CALLS.contains(
                        "attainment " + GatewayStandIn.COMMITTEE + " null " + BlocZone.today() + " 100"),
                "the latest cycle with ratings, decided by today: " + GatewayStandIn.CALLS);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Đánh giá, xếp loại năm 2023: Đảng bộ Sở Xây dựng");
        assertThat(page.locator("#rule-set")).containsText("HD-25-2023");
        assertThat(page.locator("#subjects-MEMBER td")).hasText(new String[] {"120", "10", "12", "80", "16", "2"});
        assertThat(page.locator("#subjects-SUBORDINATE_ORGANIZATION td"))
                .hasText(new String[] {"6", "0", "2", "3", "1", "0"});
        assertThat(page.locator("section[aria-labelledby=targets] tbody tr").nth(1))
                .containsText("Chưa đạt");
        assertThat(page.locator("#cap-rule")).containsText("không quá 20%");
        assertThat(page.locator("#cap-rule")).containsText("Đã kiểm tra 1 tổ chức cơ sở đảng");
        assertThat(page.locator("#cap-violations tbody td"))
                .hasText(new String[] {"Đảng bộ Sở Xây dựng", "Tổ chức đảng trực thuộc", "2", "3", "1"});
        assertThat(page.locator("#unrated-more")).hasText("Chỉ liệt kê 2 đối tượng đầu tiên.");
        assertThat(page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("Chi bộ Phòng Kế hoạch")
                                .setExact(true)))
                .hasAttribute("href", "/to-chuc/" + GatewayStandIn.PLANNING_CELL);
        assertNoSeriousViolation(page);

        page.getByLabel("Năm đánh giá").selectOption("2022");
        page.getByLabel("Xếp loại quyết định đến ngày").fill("2022-12-31");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Đánh giá, xếp loại năm 2022");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("31/12/2022");
        assertThat(page.getByLabel("Năm đánh giá")).hasValue("2022");
        assertTrue(
                GatewayStandIn.CALLS.contains("attainment " + GatewayStandIn.COMMITTEE + " 2022 2022-12-31 100"),
                "the year and the day asked for: " + GatewayStandIn.CALLS);

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Bùi Thị Hoa 1").setExact(true))
                .click();
        assertThat(page.locator("#member-status")).isVisible();
    }

    @Test
    void aSubtreeWithoutAReviewCycleSaysSoInsteadOfShowingEmptyTables() {
        Page page = signedIn("vi-VN", "/to-chuc/" + GatewayStandIn.BLOC + "/danh-gia");

        assertThat(page.locator("#no-cycle")).hasText("Chưa mở kỳ đánh giá năm 2025.");
        assertThat(page.locator("table")).hasCount(0);
    }

    @Test
    void anOrganizationsRatingsDownloadAsASpreadsheetOfTheirFigures() throws IOException {
        Page page = signedIn("vi-VN", "/to-chuc/" + GatewayStandIn.COMMITTEE + "/danh-gia?year=2022&asOf=2022-12-31");

        DownloadedSheet download = downloadedSheet(page);

        assertEquals("Đánh giá, xếp loại Đảng bộ Sở Xây dựng 2022 2022-12-31.xlsx", download.fileName());
        assertEquals(
                "Đánh giá, xếp loại năm 2022: Đảng bộ Sở Xây dựng 31/12/2022",
                download.sheet().getRow(0).getCell(0).getStringCellValue());
        Map<String, Cell> figures = figuresByName(download.sheet());
        assertEquals(120, figures.get("Đảng viên: Phải xếp loại").getNumericCellValue());
        assertEquals(12, figures.get("Đảng viên: Hoàn thành xuất sắc nhiệm vụ").getNumericCellValue());
        assertEquals(
                0,
                figures.get("Tổ chức đảng trực thuộc: Không hoàn thành nhiệm vụ")
                        .getNumericCellValue());
        assertEquals(
                0.8364,
                figures.get("Đảng viên: hoàn thành tốt nhiệm vụ trở lên (Chỉ tiêu ≥ 80%)")
                        .getNumericCellValue(),
                1e-9);
        String noneRated = "Tập thể cấp ủy: hoàn thành tốt nhiệm vụ trở lên (Chỉ tiêu ≥ 90%)";
        assertTrue(figures.containsKey(noneRated));
        assertNull(figures.get(noneRated), "no share where none was rated");
        assertEquals(
                1,
                figures.get("Đảng bộ Sở Xây dựng (Tổ chức đảng trực thuộc): Xuất sắc tối đa được phép")
                        .getNumericCellValue());
        assertTrue(
                GatewayStandIn.CALLS.contains("attainment " + GatewayStandIn.COMMITTEE + " 2022 2022-12-31 0"),
                "the spreadsheet lists no unrated subject: " + GatewayStandIn.CALLS);
    }
}
