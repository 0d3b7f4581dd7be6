package vn.partybloc.admin;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tree's structural changes in Chromium: an organization founded under another, moved, merged, split, handed over;
 * an organization's new term, and a committee formed for it.
 */
@QuarkusTest
class OrganizationFormsBrowserTest extends ConsoleInChromium {

    @Test
    void anOrganizationIsFoundedUnderAnotherByADecisionAndTheApisRefusalsAreShownOnTheFormAsEntered() {
        Page page = signedIn("vi-VN", "/to-chuc/" + GatewayStandIn.COMMITTEE);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thành lập tổ chức đảng"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("trực thuộc Đảng bộ Sở Xây dựng");
        page.getByLabel("Tên tổ chức").fill("Chi bộ Phòng Thanh tra");
        page.getByLabel("Mã").fill("SXD");
        page.getByLabel("Loại hình", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Chi bộ trực thuộc"));
        page.getByLabel("Sinh hoạt trực tuyến").check();
        page.getByLabel("Tên cơ quan, đơn vị").fill("Thanh tra Sở Xây dựng");
        page.getByLabel("Loại hình cơ quan, đơn vị").selectOption(new SelectOption().setLabel("Cơ quan"));
        page.getByLabel("Số quyết định").fill("40-QĐ/ĐUK");
        page.getByLabel("Ngày quyết định").fill("2024-07-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thành lập tổ chức đảng"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Mã SXD đã được dùng cho một tổ chức khác.");
        assertThat(page.getByLabel("Tên tổ chức")).hasValue("Chi bộ Phòng Thanh tra");
        assertThat(page.getByLabel("Loại hình", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("SUBORDINATE_CELL");
        assertThat(page.getByLabel("Sinh hoạt trực tuyến")).isChecked();
        assertThat(page.getByLabel("Loại hình cơ quan, đơn vị")).hasValue("AGENCY");
        assertThat(page.getByLabel("Số quyết định")).hasValue("40-QĐ/ĐUK");

        page.getByLabel("Mã").fill("SXD-TT");
        page.getByLabel("Ngày thành lập").fill("2031-01-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thành lập tổ chức đảng"))
                .click();
        assertThat(page.locator("#organization-founded-on-error")).hasText("không được sau ngày hôm nay");
        assertNoSeriousViolation(page);

        page.getByLabel("Ngày thành lập").fill("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thành lập tổ chức đảng"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Chi bộ Phòng Thanh tra");
        assertThat(page.locator("#code")).hasText("SXD-TT");
        assertTrue(
                GatewayStandIn.CALLS.stream()
                        .anyMatch(call -> call.startsWith("found SXD-TT Chi bộ Phòng Thanh tra SUBORDINATE_CELL under "
                                + GatewayStandIn.COMMITTEE
                                + " host {name=Thanh tra Sở Xây dựng, kind=AGENCY} online true by 40-QĐ/ĐUK of 2024-07-01"
                                + " key ")),
                "the organization was sent as entered, under the page's organization: " + GatewayStandIn.CALLS);
        assertEquals(
                3,
                GatewayStandIn.CALLS.stream()
                        .filter(call -> call.startsWith("found "))
                        .map(call -> call.substring(call.lastIndexOf(" key ")))
                        .distinct()
                        .count(),
                "each corrected request went under a new key, for the API keeps the refused one's: "
                        + GatewayStandIn.CALLS);
    }

    @Test
    void anOrganizationIsMovedUnderAParentFoundByNameAndTheRulesRefusalIsShownOnTheForm() {
        Page page = signedIn("vi-VN", "/to-chuc/" + GatewayStandIn.OFFICE_CELL);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Điều chuyển"))
                .click();
        page.getByLabel("Tìm cấp trên mới").fill("dang uy khoi");
        page.getByLabel("Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh").check();
        page.getByLabel("Số quyết định").fill("50-QĐ/ĐUK");
        page.getByLabel("Ngày quyết định").fill("2024-08-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Điều chuyển"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Chi bộ trực thuộc không thể trực thuộc Đảng ủy Khối.");
        assertThat(page.getByLabel("Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh"))
                .isChecked();
        assertThat(page.getByLabel("Số quyết định")).hasValue("50-QĐ/ĐUK");
        assertNoSeriousViolation(page);

        page.getByLabel("Tìm cấp trên mới").fill("so xay dung");
        page.getByLabel("Đảng bộ Sở Xây dựng").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Điều chuyển"))
                .click();
        assertThat(page.locator("#code")).hasText("SXD-VP");
        assertTrue(
                GatewayStandIn.CALLS.stream()
                        .anyMatch(call -> call.startsWith("transfer " + GatewayStandIn.OFFICE_CELL + " to "
                                + GatewayStandIn.COMMITTEE + " by 50-QĐ/ĐUK of 2024-08-01 if \"0\" key ")),
                "the new parent and the decision were sent, for the version shown: " + GatewayStandIn.CALLS);
    }

    @Test
    void anOrganizationIsMergedIntoAnotherFoundByNameTheRulesRefusalShownOnTheForm() {
        Page page = signedIn("vi-VN", "/to-chuc/" + GatewayStandIn.OFFICE_CELL);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sáp nhập"))
                .click();
        page.getByLabel("Tìm tổ chức nhận sáp nhập").fill("so xay dung");
        page.getByLabel("Đảng bộ Sở Xây dựng").check();
        page.getByLabel("Số quyết định").fill("60-QĐ/ĐUK");
        page.getByLabel("Ngày quyết định").fill("2024-09-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sáp nhập"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Chỉ sáp nhập vào tổ chức cùng loại.");
        assertThat(page.getByLabel("Đảng bộ Sở Xây dựng")).isChecked();
        assertNoSeriousViolation(page);

        page.getByLabel("Tìm tổ chức nhận sáp nhập").fill("ke hoach");
        page.getByLabel("Chi bộ Phòng Kế hoạch").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sáp nhập"))
                .click();
        assertThat(page.locator("#code")).hasText("SXD-KH");
        assertTrue(
                GatewayStandIn.CALLS.contains("merge [" + GatewayStandIn.OFFICE_CELL + "] into "
                        + GatewayStandIn.PLANNING_CELL + " by 60-QĐ/ĐUK of 2024-09-01"),
                "the page's organization merged into the one chosen: " + GatewayStandIn.CALLS);
    }

    @Test
    void anOrganizationAndAnotherFoundByNameAreMergedIntoANewOneEachRefusalShownWhereItBelongs() {
        Page page = signedIn("vi-VN", "/to-chuc/" + GatewayStandIn.OFFICE_CELL);
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Hợp nhất").setExact(true))
                .click();
        page.getByLabel("Tên tổ chức").fill("Chi bộ Kế hoạch - Văn phòng");
        page.getByLabel("Mã").fill("SXD-KHVP");
        page.getByLabel("Loại hình", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Chi bộ trực thuộc"));
        page.getByLabel("Số quyết định").fill("80-QĐ/ĐUK");
        page.getByLabel("Ngày quyết định").fill("2024-10-01");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Hợp nhất").setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Hợp nhất cần ít nhất hai tổ chức khác nhau.");

        page.getByLabel("Tìm tổ chức cùng hợp nhất").fill("van phong");
        assertThat(page.locator("#sourceIds-choices")).containsText("Gõ tên để tìm tổ chức cùng hợp nhất");
        page.getByLabel("Tìm tổ chức cùng hợp nhất").fill("ke hoach");
        page.getByLabel("Chi bộ Phòng Kế hoạch").check();
        page.getByLabel("Tìm tổ chức cùng hợp nhất").fill("so xay dung");
        assertThat(page.locator("#sourceIds-choices input:checked + label")).hasText("Chi bộ Phòng Kế hoạch SXD-KH");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Hợp nhất").setExact(true))
                .click();
        assertThat(page.locator("#parentId-error")).hasText("không được để trống");
        assertThat(page.getByLabel("Chi bộ Phòng Kế hoạch")).isChecked();
        assertThat(page.getByLabel("Tên tổ chức")).hasValue("Chi bộ Kế hoạch - Văn phòng");
        assertNoSeriousViolation(page);

        page.getByLabel("Tìm cấp trên của tổ chức mới").fill("so xay dung");
        page.locator("#parentId-choices").getByLabel("Đảng bộ Sở Xây dựng").check();
        page.getByLabel("Ngày thành lập").fill("2031-01-01");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Hợp nhất").setExact(true))
                .click();
        assertThat(page.locator("#organization-founded-on-error")).hasText("không được sau ngày hôm nay");
        assertThat(page.locator("#parentId-choices").getByLabel("Đảng bộ Sở Xây dựng"))
                .isChecked();
        page.getByLabel("Ngày thành lập").fill("2024-10-01");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Hợp nhất").setExact(true))
                .click();
        assertThat(page.locator("#code")).hasText("SXD-KHVP");
        assertTrue(
                GatewayStandIn.CALLS.contains("consolidate [" + GatewayStandIn.OFFICE_CELL + ", "
                        + GatewayStandIn.PLANNING_CELL + "] into SXD-KHVP Chi bộ Kế hoạch - Văn phòng SUBORDINATE_CELL"
                        + " under " + GatewayStandIn.COMMITTEE + " by 80-QĐ/ĐUK"),
                "the page's organization and the one chosen merged into the new one: " + GatewayStandIn.CALLS);
    }

    @Test
    void anOrganizationIsHandedOverOutOfTheBlocByADecisionAndLeavesIt() {
        Page page = signedIn("vi-VN", "/to-chuc/" + GatewayStandIn.LEAVING_CELL);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chuyển giao ra ngoài Khối"))
                .click();
        page.getByLabel("Cấp ủy cấp trên tiếp nhận").fill("Đảng ủy Kho bạc Nhà nước khu vực");
        page.getByLabel("Số quyết định").fill("70-QĐ/ĐUK");
        page.getByLabel("Ngày quyết định").fill("2031-01-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chuyển giao ra ngoài Khối"))
                .click();
        assertThat(page.locator("#decision-date-error")).hasText("không được sau ngày hôm nay");
        assertThat(page.getByLabel("Cấp ủy cấp trên tiếp nhận")).hasValue("Đảng ủy Kho bạc Nhà nước khu vực");
        assertNoSeriousViolation(page);

        page.getByLabel("Ngày quyết định").fill("2024-10-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chuyển giao ra ngoài Khối"))
                .click();
        assertThat(page.locator("#organization-status")).containsText("Đã chuyển đi");
        assertThat(page.locator(".actions")).hasCount(0);
        assertTrue(
                GatewayStandIn.CALLS.stream()
                        .anyMatch(call -> call.startsWith("transfer-out " + GatewayStandIn.LEAVING_CELL
                                + " to Đảng ủy Kho bạc Nhà nước khu vực by 70-QĐ/ĐUK of 2024-10-01 if \"0\"")),
                "the hand-over was sent as entered, for the version shown: " + GatewayStandIn.CALLS);
    }

    @Test
    void anOrganizationIsSplitIntoTheRowsEnteredItsMembersSharedOutEachRefusedFieldShownInItsRow() {
        Page page = signedIn("vi-VN", "/to-chuc/" + GatewayStandIn.OFFICE_CELL);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chia tách"))
                .click();
        page.locator("#part-1-name").fill("Chi bộ Văn thư");
        page.locator("#part-1-code").fill("SXD-VT");
        page.getByLabel("Số quyết định").fill("80-QĐ/ĐUK");
        page.getByLabel("Ngày quyết định").fill("2024-11-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chia tách"))
                .click();
        assertThat(page.locator("#into-error")).hasText("cần ít nhất hai tổ chức");

        page.locator("#part-3-name").fill("Chi bộ Lưu trữ");
        page.locator("#part-3-code").fill("SXD LT");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chia tách"))
                .click();
        assertThat(page.locator("#part-3-code-error"))
                .hasText("chỉ gồm chữ cái không dấu, chữ số và các ký tự '.', '-', '_'");
        assertThat(page.locator("#part-1-code-error")).isEmpty();
        assertThat(page.locator("#part-1-name")).hasValue("Chi bộ Văn thư");
        assertNoSeriousViolation(page);

        assertThat(page.locator("#split-members tbody th"))
                .hasText(new String[] {"Lê Thị Bình", "Phạm Văn Cường", "Trần Văn An"});
        page.getByLabel("Các tổ chức mới: Phạm Văn Cường").selectOption(new SelectOption().setLabel("Tổ chức 3"));
        page.getByLabel("Các tổ chức mới: Trần Văn An").selectOption(new SelectOption().setLabel("Tổ chức 2"));
        page.locator("#part-3-code").fill("SXD-LT");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chia tách"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Đảng bộ Sở Xây dựng");
        assertTrue(
                GatewayStandIn.CALLS.contains("split " + GatewayStandIn.OFFICE_CELL
                        + " into [SXD-VT Chi bộ Văn thư, SXD-LT Chi bộ Lưu trữ] if \"0\""),
                "the rows entered were sent as the parts, in order, for the version shown: " + GatewayStandIn.CALLS);
        assertTrue(
                GatewayStandIn.CALLS.contains("split " + GatewayStandIn.OFFICE_CELL + " members [["
                        + MembersStandIn.memberId("Lê Thị Bình") + "], ["
                        + MembersStandIn.memberId("Phạm Văn Cường") + "]]"),
                "each member in the part of the row chosen, Trần Văn An's row left empty so in none (the API puts"
                        + " them into the first): " + GatewayStandIn.CALLS);
    }

    @Test
    void aTermIsOpenedFromTheYearTheLatestEndsAndAnOverlapIsShownOnTheFormAsEntered() {
        Page page = signedIn("vi-VN", "/to-chuc/" + GatewayStandIn.COMMITTEE);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mở nhiệm kỳ"))
                .click();
        assertThat(page.getByLabel("Năm bắt đầu")).hasValue("2025");
        assertThat(page.getByLabel("Năm kết thúc")).hasValue("2030");
        page.getByLabel("Năm bắt đầu").fill("2023");
        page.getByLabel("Ngày đại hội").fill("2025-06-20");
        page.getByLabel("Số quyết định").fill("150-QĐ/ĐUK");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mở nhiệm kỳ"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT))
                .hasText("Nhiệm kỳ 2023–2030 trùng thời gian với một nhiệm kỳ khác của tổ chức đảng này");
        assertThat(page.getByLabel("Ngày đại hội")).hasValue("2025-06-20");
        assertThat(page.getByLabel("Số quyết định")).hasValue("150-QĐ/ĐUK");
        assertNoSeriousViolation(page);

        page.getByLabel("Năm bắt đầu").fill("2025");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mở nhiệm kỳ"))
                .click();
        assertThat(page.locator("section[aria-labelledby=terms] tbody tr").nth(1))
                .containsText("Nhiệm kỳ 2025–2030 (2025–2030)");
        List<String> opened = GatewayStandIn.CALLS.stream()
                .filter(call -> call.startsWith("open term "))
                .toList();
        assertTrue(
                opened.size() == 2
                        && opened.get(1)
                                .startsWith("open term " + GatewayStandIn.COMMITTEE
                                        + " 2025–2030 congress 2025-06-20 by 150-QĐ/ĐUK key ")
                        && !keyOf(opened.get(0)).equals(keyOf(opened.get(1))),
                "the corrected term was sent as entered, under a new key: " + opened);
    }

    @Test
    void aCommitteeIsFormedForTheLatestTermTheKindRefusedByTheRuleShownOnTheFormAndThenSeatedOnItsOwnPage() {
        Page page = signedIn("vi-VN", "/to-chuc/" + GatewayStandIn.OFFICE_CELL);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thành lập cấp ủy"))
                .click();
        assertThat(page.getByLabel("Năm bắt đầu")).hasValue("2020");
        assertThat(page.getByLabel("Năm kết thúc")).hasValue("2025");
        page.getByLabel("Loại cấp ủy").selectOption(new SelectOption().setLabel("Ban Thường vụ"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thành lập cấp ủy"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT))
                .hasText("Chi bộ trực thuộc không có STANDING_COMMITTEE (được phép: [CELL_COMMITTEE])");
        assertThat(page.getByLabel("Loại cấp ủy")).hasValue("STANDING_COMMITTEE");
        assertNoSeriousViolation(page);

        page.getByLabel("Loại cấp ủy").selectOption(new SelectOption().setLabel("Chi ủy"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thành lập cấp ủy"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Chi ủy Nhiệm kỳ 2020–2025");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bầu, chỉ định vào cấp ủy")))
                .isVisible();
        assertTrue(
                GatewayStandIn.CALLS.stream()
                        .anyMatch(call -> call.startsWith(
                                "form CELL_COMMITTEE of " + GatewayStandIn.OFFICE_CELL + " 2020–2025 key ")),
                "the committee was sent for the page's organization and the term's years: " + GatewayStandIn.CALLS);
    }
}
