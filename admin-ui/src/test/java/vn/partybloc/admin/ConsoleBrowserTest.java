package vn.partybloc.admin;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.SelectOption;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;

/**
 * The console in a real browser (Debian's Chromium through Playwright): the user signs in at the OIDC server, and
 * every page shows what the gateway answered as that user, in Vietnamese, or in English for a browser that asks for it.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ConsoleBrowserTest extends ConsoleInChromium {

    @Test
    void aSignedInUserSeesTheBlocsFiguresInVietnameseAsTheGatewayGaveThemToThem() {
        Page page = signedIn("vi-VN", "/?asOf=2023-06-30");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Tổng quan 30/06/2023");
        assertThat(page.getByLabel("Số liệu ngày")).hasValue("2023-06-30");
        assertThat(page.locator("#members-total")).hasText("14.357");
        assertThat(page.locator("#grassroots")).hasText("122");
        assertThat(page.locator("#committee-members")).hasText("1.017");
        assertThat(page.getByText("Chi bộ trực thuộc")).isVisible();
        assertThat(page.getByText("4,42%")).isVisible();
        assertThat(page.locator("section[aria-labelledby=training] tbody tr")
                        .first()
                        .locator("th, td"))
                .hasText(new String[] {"Nghiệp vụ công tác Đảng", "12", "640", ""});
        assertThat(page.locator("#courses-total")).hasText("16");
        assertThat(page.locator("section[aria-labelledby=training] td.bar span").first())
                .hasAttribute("style", "inline-size: 100.0%");
        assertThat(page.locator("section[aria-labelledby=evaluation] tbody tr")
                        .nth(1)
                        .locator("th, td"))
                .hasText(new String[] {
                    "Tổ chức cơ sở đảng: hoàn thành xuất sắc nhiệm vụ", "≤ 20%", "24,1%", "", "Chưa đạt"
                });
        assertThat(page.locator("#period-summary tbody tr").first().locator("td"))
                .hasText("111");
        assertThat(page.locator("#period-summary tbody tr").last().locator("td"))
                .containsText("UNAVAILABLE");
        assertThat(page.locator("#period-report-summary a"))
                .hasAttribute("href", "/bao-cao?from=2023-01-01&to=2023-06-30");
        assertTrue(
                GatewayStandIn.CALLS.contains("period 2023-01-01 2023-06-30"),
                "the period report was asked for from the first of the day's year: " + GatewayStandIn.CALLS);
        assertTrue(
                GatewayStandIn.CALLS.stream().anyMatch(call -> call.startsWith("overview 2023-06-30 Bearer ey")),
                "the overview was asked for the day, with the user's token: " + GatewayStandIn.CALLS);
        assertTrue(
                GatewayStandIn.CALLS.contains("overview in vi"),
                "the gateway was asked to answer in the page's language: " + GatewayStandIn.CALLS);
        List<Cookie> session = context.cookies().stream()
                .filter(cookie -> cookie.name.startsWith("q_session"))
                .toList();
        assertTrue(
                !session.isEmpty() && session.stream().allMatch(cookie -> cookie.httpOnly),
                "the tokens' cookie is kept from the page's scripts: "
                        + session.stream().map(c -> c.name).toList());
    }

    @Test
    void aBrowserAskingForEnglishGetsTheConsoleInEnglish() {
        Page page = signedIn("en-US", "/?asOf=2023-06-30");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Overview 30/06/2023");
        assertThat(page.getByText("Subordinate cell")).isVisible();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertTrue(
                GatewayStandIn.CALLS.contains("overview in en"),
                "problems would read in English: " + GatewayStandIn.CALLS);
    }

    @Test
    void theTreeOpensOneLevelAtATimeWithTheOrganizationsActiveOnTheDay() {
        Page page = signedIn("vi-VN", "/to-chuc?asOf=2023-06-30");

        Page.GetByRoleOptions bloc =
                new Page.GetByRoleOptions().setName("Mở rộng Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh");
        page.getByRole(AriaRole.BUTTON, bloc).click();
        assertThat(page.getByText("Đảng bộ Sở Xây dựng")).isVisible();
        assertThat(page.getByText("Đảng bộ Công ty Điện lực")).hasCount(0);
        assertThat(page.locator("li[data-code=DUK]")).hasAttribute("aria-expanded", "true");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mở rộng Đảng bộ Sở Xây dựng"))
                .click();
        assertThat(page.getByText("Không có tổ chức trực thuộc")).isVisible();
        assertTrue(
                GatewayStandIn.CALLS.stream()
                        .anyMatch(call ->
                                call.startsWith("children " + GatewayStandIn.COMMITTEE + " 2023-06-30 Bearer ")),
                "each level was asked for as of the day: " + GatewayStandIn.CALLS);
    }

    @Test
    void theTreesOrganizationsOfTheDayDownloadAsASpreadsheetInTheTreesOrderEachWithWhatItIsDirectlyUnder()
            throws IOException {
        Page page = signedIn("vi-VN", "/to-chuc?asOf=2023-06-30");

        DownloadedSheet download = downloadedSheet(page);

        assertEquals("Tổ chức đảng Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh 2023-06-30.xlsx", download.fileName());
        Sheet sheet = download.sheet();
        assertEquals(
                "Các tổ chức đảng trực thuộc Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh ngày 30/06/2023",
                sheet.getRow(0).getCell(0).getStringCellValue());
        assertEquals(
                List.of("Mã", "Tên tổ chức", "Loại hình", "Trực thuộc", "Cấp dưới thứ", "Ngày thành lập"),
                textsOf(sheet.getRow(1)));
        List<String> codes = new ArrayList<>();
        for (int r = 2; r <= sheet.getLastRowNum(); r++) {
            codes.add(sheet.getRow(r).getCell(0).getStringCellValue());
        }
        assertEquals("SXD", codes.get(0), "by code, each followed by those under it: " + codes);
        assertEquals("TCT", codes.get(codes.size() - 1), "by code, each followed by those under it: " + codes);
        assertFalse(codes.contains("DL"), "only the organizations active on the day: " + codes);
        Row office = sheet.getRow(2 + codes.indexOf("SXD-VP"));
        assertEquals("Chi bộ Văn phòng", office.getCell(1).getStringCellValue());
        assertEquals("Chi bộ trực thuộc", office.getCell(2).getStringCellValue());
        assertEquals("Đảng bộ Sở Xây dựng", office.getCell(3).getStringCellValue());
        assertEquals(2, office.getCell(4).getNumericCellValue());
        assertEquals(
                LocalDate.of(1990, 1, 1),
                office.getCell(5).getLocalDateTimeCellValue().toLocalDate());
        assertTrue(
                GatewayStandIn.CALLS.contains(
                        "subtree " + GatewayStandIn.BLOC + " 2023-06-30 page 1 size 500 status [ACTIVE]"),
                "the subtree read page after page, as of the day: " + GatewayStandIn.CALLS);
    }

    private static List<String> textsOf(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    @Test
    void aRefusalIsShownInTheProblemsOwnWordsNotAsAStackTrace() {
        Page page = signedIn("vi-VN", "/to-chuc/" + GatewayStandIn.UNKNOWN + "/cap-duoi");

        assertThat(page.getByRole(AriaRole.ALERT))
                .containsText("Không tìm thấy tổ chức đảng " + GatewayStandIn.UNKNOWN);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tổng quan")))
                .isVisible();
    }

    @Test
    void anAnswerTheConsoleCannotReadIsShownInThePagesWordsNeverAsTheParsersOrTheProxysText() {
        Page garbled = signedIn("vi-VN", "/dang-vien/" + GatewayStandIn.GARBLED);
        assertThat(garbled.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("502");
        assertThat(garbled.getByRole(AriaRole.ALERT))
                .hasText("Không gọi được hệ thống: không đọc được câu trả lời của hệ thống; hãy thử lại sau.");

        garbled.navigate("http://localhost:" + port + "/dang-vien/" + GatewayStandIn.PROXY_ERROR);
        assertThat(garbled.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("502");
        assertThat(garbled.getByRole(AriaRole.ALERT))
                .hasText("Không gọi được hệ thống: hệ thống không trả lời được (mã 502); hãy thử lại sau.");
    }

    @Test
    void aLevelTheGatewayCannotFetchSaysSoInThePageAndCanBeOpenedAgain() {
        Page page = signedIn("vi-VN", "/to-chuc?asOf=2023-06-30");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Mở rộng Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh"))
                .click();

        Locator unreachable = page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mở rộng Đảng bộ Trường Chính trị"));
        unreachable.click();

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("organization-service không trả lời");
        assertThat(page.locator("li[data-code=TCT]")).hasAttribute("aria-expanded", "false");
        assertThat(unreachable).isEnabled();
    }

    @Test
    void membersAreFoundByANameTypedWithoutAccentsAPageAtATime() {
        Page page = signedIn("vi-VN", "/dang-vien");
        page.getByLabel("Tìm đảng viên theo họ tên").fill("bui thi hoa");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tìm"))
                .click();

        assertThat(page.locator("#found")).hasText("25 đảng viên");
        assertThat(page.locator("tbody tr")).hasCount(20);
        assertThat(page.locator("tbody tr").first()).containsText("Bùi Thị Hoa 1");
        assertThat(page.locator("tbody tr").first()).containsText("29/02/1980");
        assertThat(page.locator("tbody tr").first()).containsText("Chính thức");
        assertThat(page.getByText("Trần Văn An")).hasCount(0);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Trang trước")))
                .hasCount(0);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Trang sau"))
                .click();
        assertThat(page.locator("tbody tr")).hasCount(5);
        assertThat(page.getByLabel("Tìm đảng viên theo họ tên")).hasValue("bui thi hoa");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Trang sau")))
                .hasCount(0);
        assertTrue(
                GatewayStandIn.CALLS.contains("members bui thi hoa 1 " + bearerOf(GatewayStandIn.CALLS)),
                "the second page was asked for with the name as typed: " + GatewayStandIn.CALLS);
    }

    @Test
    void anOrganizationsPageShowsItsPlaceHistoryTermsCommitteesAndLeadsToItsMembers() {
        Page page = signedIn("vi-VN", "/to-chuc?asOf=2023-06-30");
        page.locator("button.expand").first().click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đảng bộ Sở Xây dựng"))
                .click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Đảng bộ Sở Xây dựng 30/06/2023");
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Cấp trên")))
                .containsText("Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh");
        assertThat(page.locator("#organization-status")).hasText("Đang hoạt động");
        assertThat(page.locator("section[aria-labelledby=history] tbody tr td"))
                .hasText(new String[] {"Thành lập", "01/01/1990", "15-QĐ/TU", "20/12/1989"});
        assertThat(page.locator("section[aria-labelledby=terms] tbody")).containsText("Nhiệm kỳ 2020–2025");
        assertThat(page.locator("section[aria-labelledby=committees] tbody")).containsText("Ban Chấp hành");
        assertTrue(
                GatewayStandIn.CALLS.contains("organization " + GatewayStandIn.COMMITTEE + " 2023-06-30"),
                "the organization was asked for as of the tree's day: " + GatewayStandIn.CALLS);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đảng viên của Đảng bộ Sở Xây dựng"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("trong Đảng bộ Sở Xây dựng");
        assertTrue(
                GatewayStandIn.CALLS.contains("member filters organizationId=" + GatewayStandIn.COMMITTEE
                        + " includeDescendants=true status=null kind=null degree=null"),
                "the search covered the organization's subtree: " + GatewayStandIn.CALLS);
    }

    @Test
    void anOrganizationsHistoryTermsAndCommitteesDownloadAsAWorkbookOfASheetEach() throws IOException {
        Page page = signedIn("vi-VN", "/to-chuc/" + GatewayStandIn.COMMITTEE);

        ConsoleInChromium.DownloadedWorkbook downloaded =
                ConsoleInChromium.downloadedWorkbook(page, page.locator("#organization-record"));

        assertEquals("Đảng bộ Sở Xây dựng Lịch sử, nhiệm kỳ và cấp ủy.xlsx", downloaded.fileName());
        Workbook workbook = downloaded.workbook();
        assertEquals(3, workbook.getNumberOfSheets());
        Sheet history = workbook.getSheet("Lịch sử thay đổi tổ chức");
        assertEquals(
                "Đảng bộ Sở Xây dựng: Lịch sử thay đổi tổ chức",
                history.getRow(0).getCell(0).getStringCellValue());
        Row founding = history.getRow(2);
        assertEquals("Thành lập", founding.getCell(0).getStringCellValue());
        assertEquals(
                LocalDate.of(1990, 1, 1),
                founding.getCell(1).getLocalDateTimeCellValue().toLocalDate());
        assertEquals("15-QĐ/TU", founding.getCell(2).getStringCellValue());
        assertEquals(
                LocalDate.of(1989, 12, 20),
                founding.getCell(3).getLocalDateTimeCellValue().toLocalDate());
        Row term = workbook.getSheet("Nhiệm kỳ").getRow(2);
        assertEquals("Nhiệm kỳ 2020–2025", term.getCell(0).getStringCellValue());
        assertEquals(2020, term.getCell(1).getNumericCellValue());
        assertEquals(2025, term.getCell(2).getNumericCellValue());
        assertEquals(
                LocalDate.of(2020, 6, 15),
                term.getCell(3).getLocalDateTimeCellValue().toLocalDate());
        assertEquals("120-QĐ/ĐUK", term.getCell(4).getStringCellValue());
        Row committee = workbook.getSheet("Cấp ủy").getRow(2);
        assertEquals("Ban Chấp hành", committee.getCell(0).getStringCellValue());
        assertEquals(2020, committee.getCell(1).getNumericCellValue());
        assertEquals(2025, committee.getCell(2).getNumericCellValue());
    }

    @Test
    void theSearchNarrowsByStatusKindAndDegreeAndKeepsThemFromPageToPage() {
        Page page = signedIn("vi-VN", "/dang-vien");
        page.getByLabel("Trạng thái").selectOption(new SelectOption().setLabel("Đang sinh hoạt"));
        page.getByLabel("Loại").selectOption(new SelectOption().setLabel("Chính thức"));
        page.getByLabel("Trình độ chuyên môn").selectOption(new SelectOption().setLabel("Thạc sĩ"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tìm"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Trang sau"))
                .click();

        assertThat(page.getByLabel("Trình độ chuyên môn")).hasValue("MASTER");
        assertTrue(
                GatewayStandIn.CALLS.stream()
                                .filter(call -> call.equals("member filters organizationId=null includeDescendants=null"
                                        + " status=ACTIVE kind=FULL degree=MASTER"))
                                .count()
                        == 2,
                "both pages were asked for with the filters: " + GatewayStandIn.CALLS);
    }

    @Test
    void whatTheSearchFindsDownloadsAsASpreadsheetWithDaysAsDays() throws IOException {
        Page page = signedIn("vi-VN", "/dang-vien?q=bui%20thi%20hoa&status=ACTIVE");

        DownloadedSheet download = downloadedSheet(page);

        assertEquals("Đảng viên.xlsx", download.fileName());
        Sheet sheet = download.sheet();
        assertEquals("25 đảng viên", sheet.getRow(0).getCell(0).getStringCellValue());
        assertEquals("Họ và tên", sheet.getRow(1).getCell(0).getStringCellValue());
        assertEquals(27, sheet.getPhysicalNumberOfRows(), "a title, a header and the 25 members");
        Row first = sheet.getRow(2);
        assertEquals("Bùi Thị Hoa 1", first.getCell(0).getStringCellValue());
        assertEquals(
                LocalDate.of(1980, 2, 29),
                first.getCell(1).getLocalDateTimeCellValue().toLocalDate());
        assertEquals("dd/mm/yyyy", first.getCell(1).getCellStyle().getDataFormatString());
        assertEquals("Chính thức", first.getCell(2).getStringCellValue());
        assertEquals("Đang sinh hoạt", first.getCell(3).getStringCellValue());
        assertTrue(
                GatewayStandIn.CALLS.contains("member filters organizationId=null includeDescendants=null"
                        + " status=ACTIVE kind=null degree=null"),
                "the spreadsheet holds what the search found: " + GatewayStandIn.CALLS);
    }

    @Test
    void theOverviewDownloadsAsASpreadsheetOfItsFigures() throws IOException {
        Page page = signedIn("vi-VN", "/?asOf=2023-06-30");

        DownloadedSheet download = downloadedSheet(page);

        assertEquals("Tổng quan 2023-06-30.xlsx", download.fileName());
        Sheet sheet = download.sheet();
        assertEquals("Tổng quan 30/06/2023", sheet.getRow(0).getCell(0).getStringCellValue());
        Map<String, Cell> figures = figuresByName(sheet);
        assertEquals(14_357, figures.get("Tổng số đảng viên").getNumericCellValue());
        assertEquals(1_117, figures.get("Chi bộ trực thuộc").getNumericCellValue());
        assertEquals(0.0442, figures.get("Tiến sĩ").getNumericCellValue(), 1e-9);
        assertEquals("0.00%", figures.get("Tiến sĩ").getCellStyle().getDataFormatString());
        assertEquals(640, figures.get("Nghiệp vụ công tác Đảng: Số đồng chí").getNumericCellValue());
        assertEquals(
                0.865,
                figures.get("Đảng viên: hoàn thành tốt nhiệm vụ trở lên (Chỉ tiêu ≥ 80%)")
                        .getNumericCellValue(),
                1e-9);
    }

    @Test
    void aMembersPageShowsWhatTheGatewayGaveAndSaysWhichPartItCouldNot() {
        Page page = signedIn("vi-VN", "/dang-vien?q=Bui%20Thi%20Hoa%2017");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bùi Thị Hoa 17"))
                .click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Bùi Thị Hoa 17");
        assertThat(page.locator("#member-organization")).hasText("Đảng bộ Sở Xây dựng");
        assertThat(page.locator("#member-status")).hasText("Đang sinh hoạt");
        assertThat(page.getByText("Thạc sĩ")).isVisible();
        assertThat(page.locator("section[aria-labelledby=history] tbody tr td"))
                .hasText(new String[] {"Kết nạp", "19/05/2005", "88-QĐ/ĐU", ""});
        assertThat(page.locator("section[aria-labelledby=ratings] tbody tr td")).hasText(new String[] {
            "Hoàn thành tốt nhiệm vụ", "Đã công bố", "20/12/2024", "45-QĐ/ĐU", "", "Tự đánh giá", "", ""
        });
        assertThat(page.locator("section[aria-labelledby=training]"))
                .containsText("Không xem được phần này (training-service không trả lời)");
        assertTrue(
                GatewayStandIn.CALLS.contains("reviews MEMBER " + MembersStandIn.memberId("Bùi Thị Hoa 17")),
                "the ratings were asked for that member: " + GatewayStandIn.CALLS);
    }

    @Test
    void aMemberIsMovedToACellFoundByNameAndARefusedFieldIsShownNextToItWithWhatWasEntered() {
        String member = MembersStandIn.memberId("Bùi Thị Hoa 3").toString();
        Page page = signedIn("vi-VN", "/dang-vien/" + member);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chuyển sinh hoạt"))
                .click();
        page.getByLabel("Tìm chi bộ chuyển đến").fill("van phong");
        page.getByLabel("Chi bộ Văn phòng").check();
        assertThat(page.getByLabel("Chi bộ Phòng Kế hoạch")).hasCount(0);
        page.getByLabel("Ngày chuyển").fill("2031-01-01");
        page.getByLabel("Số quyết định").fill("12-QĐ/ĐU");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chuyển sinh hoạt"))
                .click();

        assertThat(page.locator("#date-error")).hasText("không được sau ngày hôm nay");
        assertThat(page.getByLabel("Ngày chuyển")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Yêu cầu có 1 trường không hợp lệ.");
        assertThat(page.getByLabel("Chi bộ Văn phòng")).isChecked();
        assertThat(page.getByLabel("Số quyết định")).hasValue("12-QĐ/ĐU");

        page.getByLabel("Ngày chuyển").fill("2024-03-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chuyển sinh hoạt"))
                .click();
        page.waitForURL("**/dang-vien/" + member);
        List<String> moves = GatewayStandIn.CALLS.stream()
                .filter(call -> call.startsWith("move "))
                .toList();
        assertTrue(
                moves.size() == 2
                        && moves.get(1)
                                .startsWith("move " + member + " to " + GatewayStandIn.OFFICE_CELL
                                        + " on 2024-03-01 by 12-QĐ/ĐU if \"0\" key ")
                        && moves.get(1).endsWith(" in vi")
                        && !keyOf(moves.get(0)).equals(keyOf(moves.get(1))),
                "the corrected move was sent as entered, for the version shown, under a new key (the API keeps the"
                        + " refused one's): " + moves);
    }

    @Test
    void aCsvFileOfMembersIsImportedAndTheJobIsFollowedUntilItShowsTheRowItRefused() {
        Page page = signedIn("vi-VN", "/dang-vien");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nhập từ tệp"))
                .click();
        page.getByLabel("Tệp CSV")
                .setInputFiles(new FilePayload(
                        "dang-vien.csv",
                        "text/csv",
                        "fullName,dateOfBirth\nLê Văn Một,1990-01-01\n,1991-02-02\nLê Thị Ba,1992-03-03\n"
                                .getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi tệp"))
                .click();

        assertThat(page.locator("#job-status")).hasText("Đang xử lý");
        assertThat(page.locator("#job-status")).hasText("Đã xong");
        assertThat(page.locator("#rows-created")).hasText("2");
        assertThat(page.locator("#rows-failed")).hasText("1");
        assertThat(page.locator("#row-errors tbody td")).hasText(new String[] {"2", "fullName", "không được để trống"});
        assertTrue(
                GatewayStandIn.CALLS.stream().anyMatch(call -> call.startsWith("import of 4 lines, key ")),
                "the file went as it was, under the form's key: " + GatewayStandIn.CALLS);
        assertNoSeriousViolation(page);
    }

    @Test
    void anOrganizationIsDissolvedByADecisionAndTheApisRefusalsAreShownOnTheForm() {
        Page page = signedIn("vi-VN", "/to-chuc/" + GatewayStandIn.COMMITTEE);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Giải thể"))
                .click();
        page.getByLabel("Số quyết định").fill("30-QĐ/ĐUK");
        page.getByLabel("Ngày quyết định").fill("2024-05-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Giải thể"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT))
                .hasText("Đảng bộ Sở Xây dựng còn tổ chức trực thuộc đang hoạt động.");

        page.navigate("http://localhost:" + port + "/to-chuc/" + GatewayStandIn.PLANNING_CELL);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Giải thể"))
                .click();
        page.getByLabel("Số quyết định").fill("31-QĐ/ĐUK");
        page.getByLabel("Ngày quyết định").fill("2031-05-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Giải thể"))
                .click();
        assertThat(page.locator("#decision-date-error")).hasText("không được sau ngày hôm nay");
        assertThat(page.getByLabel("Số quyết định")).hasValue("31-QĐ/ĐUK");

        page.getByLabel("Ngày quyết định").fill("2024-05-01");
        page.getByLabel("Ngày hiệu lực").fill("2024-06-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Giải thể"))
                .click();
        assertThat(page.locator("#organization-status")).containsText("Đã giải thể");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Giải thể")))
                .hasCount(0);
        assertTrue(
                GatewayStandIn.CALLS.stream()
                        .anyMatch(call -> call.startsWith("dissolve " + GatewayStandIn.PLANNING_CELL
                                + " by 31-QĐ/ĐUK of 2024-05-01 from 2024-06-01 if \"0\" key ")),
                "the decision was sent as entered, for the version shown: " + GatewayStandIn.CALLS);
        assertNoSeriousViolation(page);
    }

    @Test
    void aCommitteesPositionsShowTheirHoldersAndOneIsEndedOnAFormThatShowsARefusedDay() {
        Page page = signedIn("vi-VN", "/to-chuc/" + GatewayStandIn.COMMITTEE);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ban Chấp hành"))
                .click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Ban Chấp hành Nhiệm kỳ 2020–2025");
        assertThat(page.locator("#positions tbody tr").nth(0).locator("td")).hasText(new String[] {
            "Bùi Thị Hoa 1", "Bí thư", "Bầu", "15/06/2020", "", "Phân công nhiệm vụ Kết thúc chức vụ"
        });
        assertThat(page.locator("#positions tbody tr").nth(1).locator("td")).hasText(new String[] {
            "Trần Văn An", "Ủy viên", "Chỉ định", "01/03/2021", "01/01/2023 (Xin thôi)", "Phân công nhiệm vụ"
        });

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kết thúc chức vụ"))
                .click();
        page.getByLabel("Đến ngày").fill("2019-01-01");
        page.getByLabel("Lý do kết thúc").selectOption(new SelectOption().setLabel("Hết nhiệm kỳ"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kết thúc chức vụ"))
                .click();
        assertThat(page.locator("#endsOn-error")).hasText("không được trước ngày bắt đầu");
        assertThat(page.getByLabel("Lý do kết thúc")).hasValue("TERM_ENDED");
        assertNoSeriousViolation(page);

        page.getByLabel("Đến ngày").fill("2025-06-30");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kết thúc chức vụ"))
                .click();
        assertThat(page.locator("#positions tbody tr").nth(0).locator("td").nth(4))
                .hasText("30/06/2025 (Hết nhiệm kỳ)");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kết thúc chức vụ")))
                .hasCount(0);
        assertTrue(
                GatewayStandIn.CALLS.stream()
                        .anyMatch(call -> call.startsWith(
                                "end " + GatewayStandIn.SECRETARY + " on 2025-06-30 for TERM_ENDED if \"3\" key ")),
                "the end was sent as entered, for the version shown: " + GatewayStandIn.CALLS);
    }

    @Test
    void aCommitteesPositionsDownloadAsARosterWithDaysAsDaysAndWhyTheEndedOnesEnded() throws IOException {
        Page page = signedIn("vi-VN", "/cap-uy/" + GatewayStandIn.PLANNING_COMMITTEE);

        DownloadedSheet roster = downloadedSheet(page);

        assertEquals("Ban Chấp hành Đảng bộ Sở Xây dựng 2020–2025.xlsx", roster.fileName());
        Row secretary = roster.sheet().getRow(3);
        assertEquals("Bùi Thị Hoa 2", secretary.getCell(0).getStringCellValue());
        assertEquals("Bí thư", secretary.getCell(1).getStringCellValue());
        assertEquals("Bầu", secretary.getCell(2).getStringCellValue());
        assertEquals(
                LocalDate.of(2020, 5, 10),
                secretary.getCell(3).getLocalDateTimeCellValue().toLocalDate());
        Row ended = roster.sheet().getRow(4);
        assertEquals("Trần Văn An", ended.getCell(0).getStringCellValue());
        assertEquals(
                LocalDate.of(2022, 1, 1),
                ended.getCell(4).getLocalDateTimeCellValue().toLocalDate());
        assertEquals("Xin thôi", ended.getCell(5).getStringCellValue());
    }

    @Test
    void aCsvFileOfPositionsIsImportedFromTheCommitteesPageAndTheJobShowsTheRowItRefused() {
        Page page = signedIn("vi-VN", "/cap-uy/" + GatewayStandIn.EXECUTIVE_COMMITTEE);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nhập từ tệp"))
                .click();
        assertThat(page.locator("h1")).hasText("Nhập chức vụ cấp ủy từ tệp CSV");
        String committee = GatewayStandIn.EXECUTIVE_COMMITTEE;
        page.getByLabel("Tệp CSV")
                .setInputFiles(new FilePayload(
                        "chuc-vu.csv",
                        "text/csv",
                        ("memberNationalId,committeeId,position,appointment,decisionNumber,decisionDate,startsOn\n"
                                        + "001090000001," + committee
                                        + ",MEMBER,ELECTED,12-QĐ/ĐUK,2025-06-20,2025-06-20\n"
                                        + "," + committee + ",MEMBER,ELECTED,12-QĐ/ĐUK,2025-06-20,2025-06-20\n")
                                .getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi tệp"))
                .click();

        assertThat(page.locator("h1")).containsText("Lần nhập chức vụ cấp ủy");
        assertThat(page.locator("#job-status")).hasText("Đã xong");
        assertThat(page.locator("#rows-created")).hasText("1");
        assertThat(page.locator("#row-errors tbody td"))
                .hasText(new String[] {"2", "memberNationalId", "không được để trống"});
        assertTrue(
                GatewayStandIn.CALLS.stream().anyMatch(call -> call.startsWith("import of positions of 3 lines, key ")),
                "the file went to the positions' import as it was: " + GatewayStandIn.CALLS);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nhập tệp khác")))
                .hasAttribute("href", "/chuc-vu/nhap");
    }

    /** A file saved in a legacy Vietnamese code page (Windows-1258), not UTF-8: said on the form, nothing sent. */
    @Test
    void aFileThatIsNotUtf8IsRefusedOnTheFormAndNothingIsImported() {
        Page page = signedIn("vi-VN", "/dang-vien/nhap");
        byte[] legacy = {'f', 'u', 'l', 'l', 'N', 'a', 'm', 'e', '\n', 'L', (byte) 0xEA, '\n'};
        page.getByLabel("Tệp CSV").setInputFiles(new FilePayload("dang-vien.csv", "text/csv", legacy));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi tệp"))
                .click();

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("UTF-8");
        assertTrue(
                GatewayStandIn.CALLS.stream().noneMatch(call -> call.startsWith("import ")),
                "nothing was sent: " + GatewayStandIn.CALLS);
    }

    @Test
    void aMemberFoundByNameIsAppointedToTheCommitteeAndARefusedDayIsShownBesideItsField() {
        Page page = signedIn("vi-VN", "/cap-uy/" + GatewayStandIn.EXECUTIVE_COMMITTEE);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bầu, chỉ định vào cấp ủy"))
                .click();
        page.getByLabel("Tìm đảng viên theo họ tên").fill("tran van");
        page.getByLabel("Trần Văn An").check();
        page.getByLabel("Chức vụ").selectOption(new SelectOption().setLabel("Ủy viên"));
        page.getByLabel("Hình thức").selectOption(new SelectOption().setLabel("Chỉ định"));
        page.getByLabel("Từ ngày").fill("2019-01-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bầu, chỉ định vào cấp ủy"))
                .click();

        assertThat(page.locator("#startsOn-error")).hasText("không được trước ngày đại hội");
        assertThat(page.getByLabel("Trần Văn An")).isChecked();
        assertThat(page.getByLabel("Hình thức")).hasValue("APPOINTED");
        assertNoSeriousViolation(page);

        page.getByLabel("Từ ngày").fill("2024-01-10");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bầu, chỉ định vào cấp ủy"))
                .click();
        page.waitForURL("**/cap-uy/" + GatewayStandIn.EXECUTIVE_COMMITTEE);
        List<String> appointments = GatewayStandIn.CALLS.stream()
                .filter(call -> call.startsWith("appoint "))
                .toList();
        assertTrue(
                appointments.size() == 2
                        && appointments
                                .get(1)
                                .startsWith(
                                        "appoint " + MembersStandIn.memberId("Trần Văn An") + " as MEMBER APPOINTED to "
                                                + GatewayStandIn.EXECUTIVE_COMMITTEE + " from 2024-01-10 key ")
                        && !keyOf(appointments.get(0)).equals(keyOf(appointments.get(1))),
                "the corrected appointment was sent as entered, under a new key: " + appointments);
    }

    @Test
    void aFormSentWithoutTheConsolesTokenIsRefusedAndNothingIsMoved() {
        String member = MembersStandIn.memberId("Bùi Thị Hoa 3").toString();
        Page page = signedIn("vi-VN", "/dang-vien/" + member + "/chuyen-sinh-hoat");

        APIResponse forged = page.request()
                .post(
                        "http://localhost:" + port + "/dang-vien/" + member + "/chuyen-sinh-hoat",
                        RequestOptions.create()
                                .setForm(FormData.create()
                                        .set("toOrganizationId", GatewayStandIn.OFFICE_CELL)
                                        .set("date", "2024-03-01")
                                        .set("version", "0")));

        assertTrue(forged.status() == 400, "a form without the CSRF token is refused: " + forged.status());
        assertTrue(
                GatewayStandIn.CALLS.stream().noneMatch(call -> call.startsWith("move ")),
                "nothing reached the gateway: " + GatewayStandIn.CALLS);
    }

    private static String bearerOf(List<String> calls) {
        String call = calls.get(0);
        return call.substring(call.indexOf("Bearer "));
    }

    /** axe-core's WCAG 2 A and AA rules, in the browser: no serious or critical violation on the pages. */
    @Test
    void theMainPagesHaveNoSeriousAccessibilityViolation() {
        Page page = signedIn("vi-VN", "/?asOf=2023-06-30");
        assertNoSeriousViolation(page);
        page.navigate("http://localhost:" + port + "/to-chuc?asOf=2023-06-30");
        page.locator("button.expand").first().click();
        assertThat(page.getByText("Đảng bộ Sở Xây dựng")).isVisible();
        assertNoSeriousViolation(page);
        page.navigate("http://localhost:" + port + "/to-chuc/" + GatewayStandIn.COMMITTEE + "?asOf=2023-06-30");
        assertThat(page.locator("section[aria-labelledby=terms] tbody")).containsText("2020");
        assertNoSeriousViolation(page);
        page.navigate("http://localhost:" + port + "/dang-vien?q=bui");
        assertThat(page.locator("tbody tr")).hasCount(20);
        assertNoSeriousViolation(page);
        page.locator("tbody a").first().click();
        assertThat(page.locator("#member-status")).isVisible();
        assertNoSeriousViolation(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chuyển sinh hoạt"))
                .click();
        page.getByLabel("Tìm chi bộ chuyển đến").fill("chi bo");
        assertThat(page.locator("#toOrganizationId-choices input[type=radio]")).hasCount(2);
        assertNoSeriousViolation(page);
    }
}
