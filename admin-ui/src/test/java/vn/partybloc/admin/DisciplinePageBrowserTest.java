package vn.partybloc.admin;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
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

/**
 * Kỷ luật in Chromium: a subtree's discipline in a year as counts for members and organizations, and its members'
 * cases by name a page at a time where the user may read them; on the page and as a spreadsheet.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class DisciplinePageBrowserTest extends ConsoleInChromium {

    @Test
    void anOrganizationsDisciplineThisYearShowsItsCountsAndItsMembersCasesByNameAPageAtATime() {
        Page page = signedIn("vi-VN", "/to-chuc/" + GatewayStandIn.COMMITTEE);
        page.locator("#organization-discipline").click();

        LocalDate today = BlocZone.today();
        int year = today.getYear();
        assertTrue(
                GatewayStandIn.CALLS.contains(
                        "discipline report " + GatewayStandIn.COMMITTEE + " " + year + "-01-01 " + today),
                "this year up to today: " + GatewayStandIn.CALLS);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Kỷ luật năm " + year + ": Đảng bộ Sở Xây dựng");
        assertThat(figureRow(page, "Mở trong năm")).hasText(new String[] {"21", "1"});
        assertThat(figureRow(page, "Cảnh cáo")).hasText(new String[] {"2", "0"});
        assertThat(figureRow(page, "Cách chức")).hasText(new String[] {"0", "–"});
        assertThat(figureRow(page, "Giải tán")).hasText(new String[] {"–", "0"});
        assertThat(figureRow(page, "Đảng ủy Khối")).hasText(new String[] {"0", "1"});
        assertThat(page.locator("#complaint-figures tr:has(th:text-is('Tố cáo')) td"))
                .hasText(new String[] {"2", "1", "1"});

        assertThat(page.locator("section[aria-labelledby=cases] tbody tr")).hasCount(20);
        assertThat(page.locator("section[aria-labelledby=cases] tbody tr")
                        .first()
                        .locator("td"))
                .hasText(new String[] {
                    "Bùi Thị Hoa 1",
                    "27/03/" + year,
                    "Sinh hoạt đảng, nhiệm vụ đảng viên",
                    "Đã quyết định",
                    "Cảnh cáo",
                    "12-QĐ/ĐU",
                    "20/05/" + year
                });
        assertNoSeriousViolation(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Trang sau"))
                .click();
        assertThat(page.locator("section[aria-labelledby=cases] tbody tr")).hasCount(1);
        assertThat(page.locator("section[aria-labelledby=cases] tbody")).containsText("Bùi Thị Hoa 21");
        assertTrue(
                GatewayStandIn.CALLS.contains("discipline cases " + GatewayStandIn.COMMITTEE + " " + year + " 1 20"),
                "the second page: " + GatewayStandIn.CALLS);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bùi Thị Hoa 21"))
                .click();
        assertThat(page.locator("#member-status")).isVisible();
    }

    @Test
    void casesTheUserMayNotReadAreSaidInTheirPartWhileTheCountsOfTheYearAskedShow() {
        Page page = signedIn("vi-VN", "/to-chuc/" + GatewayStandIn.BLOC + "/ky-luat?year=2022");

        assertThat(figureRow(page, "Khiển trách")).hasText(new String[] {"1", "1"});
        assertThat(page.locator("section[aria-labelledby=cases]"))
                .containsText("Vai trò của bạn không được xem vụ việc kỷ luật");
        assertTrue(
                GatewayStandIn.CALLS.contains("discipline report " + GatewayStandIn.BLOC + " 2022-01-01 2022-12-31"),
                "the whole year asked for: " + GatewayStandIn.CALLS);
        assertNoSeriousViolation(page);
    }

    @Test
    void aYearTheRegisterCannotHoldIsRefusedOnAPageThatSaysWhy() {
        Page page = signedIn("vi-VN", "/to-chuc/" + GatewayStandIn.COMMITTEE + "/ky-luat?year=1000000000");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("400");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Năm phải từ 2000 đến 2200.");
        assertTrue(
                GatewayStandIn.CALLS.stream().noneMatch(call -> call.startsWith("discipline")),
                "nothing asked of the gateway: " + GatewayStandIn.CALLS);
    }

    @Test
    void anOrganizationsDisciplineDownloadsAsASpreadsheetOfItsCounts() throws IOException {
        Page page = signedIn("vi-VN", "/to-chuc/" + GatewayStandIn.COMMITTEE + "/ky-luat?year=2022");

        DownloadedSheet download = downloadedSheet(page);

        assertEquals("Kỷ luật Đảng bộ Sở Xây dựng 2022.xlsx", download.fileName());
        Sheet sheet = download.sheet();
        assertEquals(
                "Kỷ luật năm 2022: Đảng bộ Sở Xây dựng 01/01/2022 – 31/12/2022",
                sheet.getRow(0).getCell(0).getStringCellValue());
        Map<String, Cell> figures = figuresByName(sheet);
        assertEquals(2, figures.get("Đảng viên, Theo hình thức: Cảnh cáo").getNumericCellValue());
        assertEquals(0, figures.get("Tổ chức đảng, Theo hình thức: Cảnh cáo").getNumericCellValue());
        assertEquals(0, figures.get("Đảng viên, Theo hình thức: Cách chức").getNumericCellValue());
        assertFalse(
                figures.containsKey("Tổ chức đảng, Theo hình thức: Cách chức"),
                "an organization is not removed from a post");
        assertEquals(0, figures.get("Tổ chức đảng, Theo hình thức: Giải tán").getNumericCellValue());
        assertFalse(figures.containsKey("Đảng viên, Theo hình thức: Giải tán"), "a member is not dissolved");
        assertEquals(1, figures.get("Tố cáo: Quá hạn chưa giải quyết").getNumericCellValue());
    }

    private static Locator figureRow(Page page, String label) {
        return page.locator("#discipline-figures tr:has(th:text-is('" + label + "')) td");
    }

    @Test
    void aCaseIsOpenedAgainstAMemberAndDecidedEachRefusalShownBesideItsFieldWithWhatWasEntered() {
        String member = MembersStandIn.memberId("Bùi Thị Hoa 2").toString();
        Page page = signedIn("vi-VN", "/dang-vien/" + member);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Xem xét kỷ luật"))
                .click();
        assertThat(page.getByLabel("Của tổ chức").locator("option"))
                .hasText(new String[] {"", "Đảng bộ Sở Xây dựng", "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh"});
        assertThat(page.getByLabel("Của tổ chức")).hasValue(GatewayStandIn.COMMITTEE);
        assertThat(page.getByLabel("Cơ quan xem xét")).hasValue("CELL");

        page.getByLabel("Hành vi vi phạm").fill("Không sinh hoạt đảng ba tháng liền không có lý do");
        page.getByLabel("Nội dung vi phạm").selectOption("PARTY_ACTIVITIES");
        page.getByLabel("Ngày vi phạm").fill("2031-01-10");
        page.getByLabel("Cơ quan xem xét").selectOption("STANDING_COMMITTEE");
        page.getByLabel("Ngày mở").fill("2024-04-02");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem xét kỷ luật"))
                .click();
        assertThat(page.locator("#violatedOn-error")).hasText("không được sau ngày hôm nay");
        assertThat(page.getByLabel("Hành vi vi phạm")).hasValue("Không sinh hoạt đảng ba tháng liền không có lý do");
        assertThat(page.getByLabel("Cơ quan xem xét")).hasValue("STANDING_COMMITTEE");
        assertNoSeriousViolation(page);

        page.getByLabel("Ngày vi phạm").fill("2024-03-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem xét kỷ luật"))
                .click();
        assertThat(page.locator("#case-status")).hasText("Đang xem xét");
        assertThat(page.locator("#case-member")).hasText("Bùi Thị Hoa 2");
        assertThat(page.locator("#case-body")).containsText("Ban Thường vụ · Đảng bộ Sở Xây dựng");
        assertTrue(
                GatewayStandIn.CALLS.contains("open case against " + member + " PARTY_ACTIVITIES on 2024-03-01 by"
                        + " STANDING_COMMITTEE of " + GatewayStandIn.COMMITTEE + " from 2024-04-02: Không sinh hoạt"
                        + " đảng ba tháng liền không có lý do"),
                "opened as entered: " + GatewayStandIn.CALLS);

        assertThat(page.locator("#no-post")).hasText("Không giữ chức vụ nào");
        page.getByLabel("Hình thức").selectOption("REMOVAL_FROM_POST");
        page.getByLabel("Số quyết định").fill("31-QĐ/ĐU");
        page.getByLabel("Ngày quyết định").fill("2024-05-06");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Quyết định kỷ luật"))
                .click();
        assertThat(page.locator("#positionId-error")).hasText("bắt buộc khi cách chức");
        assertThat(page.getByLabel("Số quyết định")).hasValue("31-QĐ/ĐU");
        assertNoSeriousViolation(page);

        page.getByLabel("Hình thức").selectOption("REPRIMAND");
        page.getByLabel("Tự phát hiện và khắc phục").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Quyết định kỷ luật"))
                .click();
        assertThat(page.locator("#case-status")).hasText("Đã quyết định");
        assertThat(page.locator("#case-form")).hasText("Khiển trách (Tự phát hiện và khắc phục)");
        assertThat(page.locator("#case-decision")).hasText("31-QĐ/ĐU 06/05/2024");
        assertThat(page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName("Quyết định kỷ luật")
                                .setExact(true)))
                .hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Khiếu nại quyết định kỷ luật")))
                .isVisible();
        assertTrue(
                GatewayStandIn.CALLS.stream()
                        .anyMatch(call -> call.endsWith(
                                " REPRIMAND post null by 31-QĐ/ĐU of 2024-05-06 self-remedied" + " true if \"0\"")),
                "decided as entered, for the version shown: " + GatewayStandIn.CALLS);
    }

    @Test
    void aCaseInTheListLeadsToItsPage() {
        Page page = signedIn("vi-VN", "/to-chuc/" + GatewayStandIn.COMMITTEE + "/ky-luat");
        assertThat(page.locator("section[aria-labelledby=cases] a[href^='/ky-luat/']"))
                .hasCount(20);
    }

    @Test
    void aDecidedCaseIsAppealedToACommitteeAboveAndTheAppealResolvedByAChangeOfFormEachRefusalShownOnTheForm() {
        String disciplineCase = DisciplineStandIn.decided("Bùi Thị Hoa 3");
        Page page = signedIn("vi-VN", "/ky-luat/" + disciplineCase);
        assertThat(page.locator("section[aria-labelledby=appeals] tbody")).hasText("Không có");
        assertThat(page.getByLabel("Của tổ chức").locator("option")).hasText(new String[] {
            "",
            "Đảng bộ Sở Xây dựng",
            "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh",
            "Tỉnh ủy (cấp trên Đảng ủy Khối)"
        });

        page.getByLabel("Ngày khiếu nại").fill("2031-04-20");
        page.getByLabel("Cơ quan giải quyết").selectOption("STANDING_COMMITTEE");
        page.getByLabel("Của tổ chức").selectOption(GatewayStandIn.BLOC);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Khiếu nại quyết định kỷ luật"))
                .click();
        assertThat(page.locator("#lodgedOn-error")).hasText("không được sau ngày hôm nay");
        assertThat(page.getByLabel("Của tổ chức")).hasValue(GatewayStandIn.BLOC);
        assertNoSeriousViolation(page);
        page.getByLabel("Ngày khiếu nại").fill("2024-04-20");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Khiếu nại quyết định kỷ luật"))
                .click();
        assertThat(page.locator("section[aria-labelledby=appeals] tbody td").nth(2))
                .hasText("Đang giải quyết");
        assertTrue(
                GatewayStandIn.CALLS.contains("appeal " + disciplineCase + " received null lodged 2024-04-20 to"
                        + " STANDING_COMMITTEE of " + GatewayStandIn.BLOC),
                "lodged as entered: " + GatewayStandIn.CALLS);

        page.getByLabel("Kết quả giải quyết").selectOption("CHANGED");
        page.getByLabel("Số quyết định").fill("41-QĐ/ĐUK");
        page.getByLabel("Ngày giải quyết").fill("2024-06-03");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Giải quyết khiếu nại"))
                .click();
        assertThat(page.locator("#form-error")).hasText("bắt buộc khi thay đổi hình thức");
        assertThat(page.getByLabel("Số quyết định")).hasValue("41-QĐ/ĐUK");
        assertNoSeriousViolation(page);
        page.getByLabel("Hình thức mới").selectOption("WARNING");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Giải quyết khiếu nại"))
                .click();
        assertThat(page.locator("#case-form")).hasText("Cảnh cáo");
        assertThat(page.locator("section[aria-labelledby=appeals] tbody td").nth(3))
                .hasText("Thay đổi hình thức: Cảnh cáo");
        assertTrue(
                GatewayStandIn.CALLS.stream()
                        .anyMatch(call -> call.startsWith("resolve appeal ")
                                && call.endsWith(" of " + disciplineCase
                                        + " CHANGED to WARNING by 41-QĐ/ĐUK of 2024-06-03 if \"0\"")),
                "resolved as entered, for the appeal's version: " + GatewayStandIn.CALLS);
    }

    @Test
    void aCaseIsOpenedAgainstAnOrganizationDecidedAppealedAndAnnulledEachRefusalShownOnItsForm() {
        Page page = signedIn("vi-VN", "/to-chuc/" + GatewayStandIn.COMMITTEE);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Xem xét kỷ luật tổ chức đảng"))
                .click();
        assertThat(page.getByLabel("Của tổ chức").locator("option"))
                .hasText(new String[] {"", "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh"});
        assertThat(page.getByLabel("Của tổ chức")).hasValue(GatewayStandIn.BLOC);
        assertThat(page.getByLabel("Cơ quan xem xét")).hasValue("STANDING_COMMITTEE");

        page.getByLabel("Hành vi vi phạm").fill("Không duy trì sinh hoạt cấp ủy định kỳ");
        page.getByLabel("Nội dung vi phạm").selectOption("PARTY_ACTIVITIES");
        page.getByLabel("Ngày vi phạm").fill("2031-01-10");
        page.getByLabel("Ngày mở").fill("2024-04-02");
        Page.GetByRoleOptions open = new Page.GetByRoleOptions().setName("Xem xét kỷ luật tổ chức đảng");
        page.getByRole(AriaRole.BUTTON, open).click();
        assertThat(page.locator("#violatedOn-error")).hasText("không được sau ngày hôm nay");
        assertThat(page.getByLabel("Hành vi vi phạm")).hasValue("Không duy trì sinh hoạt cấp ủy định kỳ");
        assertNoSeriousViolation(page);
        page.getByLabel("Ngày vi phạm").fill("2024-03-01");
        page.getByRole(AriaRole.BUTTON, open).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Vụ việc kỷ luật tổ chức đảng");
        assertThat(page.locator("#case-organization")).hasText("Đảng bộ Sở Xây dựng");
        assertThat(page.locator("#case-status")).hasText("Đang xem xét");
        String disciplineCase = page.url().replaceAll(".*/ky-luat-to-chuc/([^/?]+).*", "$1");
        assertTrue(
                GatewayStandIn.CALLS.contains("open case against " + GatewayStandIn.COMMITTEE
                        + " PARTY_ACTIVITIES on 2024-03-01 by STANDING_COMMITTEE of " + GatewayStandIn.BLOC
                        + " from 2024-04-02: Không duy trì sinh hoạt cấp ủy định kỳ"),
                "opened as entered, against the organization: " + GatewayStandIn.CALLS);
        assertNoSeriousViolation(page);

        page.getByLabel("Hình thức").selectOption("WARNING");
        page.getByLabel("Số quyết định").fill("12-QĐ/ĐUK");
        page.getByLabel("Ngày quyết định").fill("2024-05-06");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Quyết định kỷ luật"))
                .click();
        assertThat(page.locator("#case-form")).hasText("Cảnh cáo");
        assertTrue(
                GatewayStandIn.CALLS.contains("decide case " + disciplineCase
                        + " WARNING post null by 12-QĐ/ĐUK of 2024-05-06 self-remedied null if \"0\""),
                "decided as entered, for the version shown: " + GatewayStandIn.CALLS);

        page.getByLabel("Ngày khiếu nại").fill("2024-06-10");
        page.getByLabel("Cơ quan giải quyết").selectOption("STANDING_COMMITTEE");
        page.getByLabel("Của tổ chức").selectOption(DisciplineAppealForm.PROVINCE);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Khiếu nại quyết định kỷ luật"))
                .click();
        assertThat(page.locator("section[aria-labelledby=appeals] tbody td").nth(2))
                .hasText("Đang giải quyết");

        page.getByLabel("Kết quả giải quyết").selectOption("CHANGED");
        page.getByLabel("Số quyết định").fill("5-QĐ/TU");
        page.getByLabel("Ngày giải quyết").fill("2024-08-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Giải quyết khiếu nại"))
                .click();
        assertThat(page.locator("#form-error")).hasText("bắt buộc khi thay đổi hình thức");
        assertThat(page.getByLabel("Số quyết định")).hasValue("5-QĐ/TU");
        page.getByLabel("Kết quả giải quyết").selectOption("ANNULLED");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Giải quyết khiếu nại"))
                .click();
        assertThat(page.locator("#case-status")).hasText("Đã xóa bỏ");
        assertTrue(
                GatewayStandIn.CALLS.contains(
                        "appeal " + disciplineCase + " received null lodged 2024-06-10 to STANDING_COMMITTEE of null"),
                "lodged to the province's committee, which the request names by leaving the organization out: "
                        + GatewayStandIn.CALLS);
    }

    @Test
    void aDenunciationAboutAMemberIsReceivedTakenUpAndResolvedEachRefusalShownOnItsForm() throws IOException {
        Page page = signedIn("vi-VN", "/to-chuc/" + GatewayStandIn.COMMITTEE + "/ky-luat?year=2024");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Đơn thư khiếu nại, tố cáo: Đảng bộ Sở Xây dựng"))
                .click();
        Locator rows = page.locator("section[aria-labelledby=complaints] tbody tr");
        assertThat(rows.first().locator("td"))
                .hasText(new String[] {"01/03/2024", "Khiếu nại", "Trần Văn An", "Đã tiếp nhận", "", ""});
        assertNoSeriousViolation(page);
        Row received = downloadedSheet(page).sheet().getRow(2);
        assertEquals(
                LocalDate.of(2024, 3, 1),
                received.getCell(0).getLocalDateTimeCellValue().toLocalDate());
        assertEquals("Trần Văn An", received.getCell(2).getStringCellValue());
        assertEquals("Đã tiếp nhận", received.getCell(3).getStringCellValue());

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tiếp nhận đơn thư"))
                .click();
        page.getByLabel("Loại đơn").selectOption("DENUNCIATION");
        page.getByLabel("Ngày nhận").fill("2031-05-02");
        page.getByLabel("Hình thức nhận").selectOption("LETTER");
        page.getByLabel("Đối tượng").selectOption("member");
        page.getByLabel("Tìm đảng viên theo họ tên").fill("tran van an");
        page.getByLabel("Trần Văn An").check();
        page.getByLabel("Nội dung đơn").fill("Tố cáo việc kê khai tài sản không trung thực");
        assertThat(page.getByLabel("Ủy ban Kiểm tra giải quyết, của tổ chức")).hasValue(GatewayStandIn.COMMITTEE);
        Page.GetByRoleOptions receive = new Page.GetByRoleOptions().setName("Tiếp nhận đơn thư");
        page.getByRole(AriaRole.BUTTON, receive).click();
        assertThat(page.locator("#receivedOn-error")).hasText("không được sau ngày hôm nay");
        assertThat(page.getByLabel("Trần Văn An")).isChecked();
        assertThat(page.getByLabel("Nội dung đơn")).hasValue("Tố cáo việc kê khai tài sản không trung thực");
        assertNoSeriousViolation(page);
        page.getByLabel("Ngày nhận").fill("2024-05-02");
        page.getByRole(AriaRole.BUTTON, receive).click();

        assertThat(page.locator("#complaint-subject")).hasText("Trần Văn An");
        assertThat(page.locator("#complaint-status")).hasText("Đã tiếp nhận");
        assertTrue(
                GatewayStandIn.CALLS.contains("receive complaint DENUNCIATION on 2024-05-02 by LETTER about member "
                        + MembersStandIn.memberId("Trần Văn An") + " organization null to " + GatewayStandIn.COMMITTEE
                        + " from null: Tố cáo việc kê khai tài sản không trung thực"),
                "received about the member chosen, anonymous: " + GatewayStandIn.CALLS);

        page.getByLabel("Kết quả").selectOption("FOUNDED");
        page.getByLabel("Ngày giải quyết").fill("2024-06-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Giải quyết đơn thư"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT))
                .hasText("Đơn thư chưa được thụ lý chỉ có thể kết thúc là không thụ lý.");
        page.getByLabel("Ngày thụ lý").fill("2024-05-10");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thụ lý"))
                .click();
        assertThat(page.locator("#complaint-status")).hasText("Đã thụ lý");
        page.getByLabel("Kết quả").selectOption("FOUNDED");
        page.getByLabel("Kết luận").fill("Tố cáo đúng");
        page.getByLabel("Số quyết định").fill("3-KL/UBKT");
        page.getByLabel("Ngày giải quyết").fill("2024-06-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Giải quyết đơn thư"))
                .click();
        assertThat(page.locator("#complaint-status")).hasText("Đã giải quyết");
        assertThat(page.locator("#complaint-outcome")).hasText("Đúng (3-KL/UBKT) 01/06/2024");
        assertThat(page.locator("form[method=post]")).hasCount(0);
    }

    @Test
    void theCasesAgainstOrganizationsOfTheYearAreListedByNameAndOneThatCannotBeReadSaysSo() {
        Page page = signedIn("vi-VN", "/to-chuc/" + GatewayStandIn.COMMITTEE + "/ky-luat?year=2024");
        Locator rows = page.locator("section[aria-labelledby=organization-cases] tbody tr");
        assertThat(rows).hasCount(2);
        assertThat(rows.nth(0)).containsText("Chi bộ Phòng Kế hoạch");
        assertThat(rows.nth(0)).containsText("Khiển trách");
        assertThat(rows.nth(0)).containsText("08/04/2024");
        assertThat(rows.nth(1)).containsText("Không tìm thấy");
        assertThat(rows.nth(1)).containsText("Đang xem xét");
        assertTrue(
                GatewayStandIn.CALLS.contains(
                        "organization discipline cases " + GatewayStandIn.COMMITTEE + " 2024 0 20"),
                "the year's cases of the subtree: " + GatewayStandIn.CALLS);
    }
}
