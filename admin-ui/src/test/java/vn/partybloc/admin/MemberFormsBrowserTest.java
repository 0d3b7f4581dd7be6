package vn.partybloc.admin;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MemberFormsBrowserTest extends ConsoleInChromium {

    @Test
    void aMemberLeavesTheRegisterByADecisionAndARefusedDayIsShownBesideItsFieldWithWhatWasEntered() {
        String member = MembersStandIn.memberId("Trần Văn An").toString();
        Page page = signedIn("vi-VN", "/dang-vien/" + member);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ghi giảm đảng viên"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Trần Văn An");
        assertThat(page.getByLabel("Hình thức").locator("option"))
                .hasText(new String[] {"", "Chuyển đi", "Từ trần", "Xóa tên", "Khai trừ"});

        page.getByLabel("Hình thức").selectOption(new SelectOption().setLabel("Chuyển đi"));
        page.getByLabel("Ngày giảm").fill("2031-03-01");
        page.getByLabel("Số quyết định").fill("12-QĐ/ĐU");
        page.getByLabel("Ghi chú").fill("Chuyển về Đảng bộ Công an tỉnh");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi giảm đảng viên"))
                .click();
        assertThat(page.locator("#date-error")).hasText("không được sau ngày hôm nay");
        assertThat(page.getByLabel("Hình thức")).hasValue("TRANSFERRED_OUT");
        assertThat(page.getByLabel("Ghi chú")).hasValue("Chuyển về Đảng bộ Công an tỉnh");
        assertNoSeriousViolation(page);

        page.getByLabel("Ngày giảm").fill("2024-03-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi giảm đảng viên"))
                .click();
        assertThat(page.locator("#member-status")).hasText("Đã chuyển đi");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ghi giảm đảng viên")))
                .hasCount(0);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chuyển sinh hoạt")))
                .hasCount(0);
        assertTrue(
                GatewayStandIn.CALLS.stream()
                        .anyMatch(call -> call.startsWith("depart " + member
                                + " TRANSFERRED_OUT on 2024-03-01 by 12-QĐ/ĐU note Chuyển về Đảng bộ Công an tỉnh"
                                + " if \"0\" key ")),
                "the departure was sent as entered, for the version shown: " + GatewayStandIn.CALLS);

        page.navigate("http://localhost:" + port + "/dang-vien/" + member + "/ghi-giam");
        page.getByLabel("Hình thức").selectOption(new SelectOption().setLabel("Từ trần"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi giảm đảng viên"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Đảng viên đã ra khỏi danh sách.");
    }

    @Test
    void aMemberIsAdmittedToACellFromItsPageOrFoundByNameAndARefusedFieldIsShownBesideItWithEverythingEntered() {
        Page page = signedIn("vi-VN", "/dang-vien");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kết nạp đảng viên")))
                .hasAttribute("href", "/dang-vien/ket-nap");
        page.navigate("http://localhost:" + port + "/to-chuc/" + GatewayStandIn.OFFICE_CELL);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kết nạp đảng viên"))
                .click();
        assertThat(page.getByLabel("Chi bộ Văn phòng")).isChecked();
        page.getByLabel("Họ và tên").fill("Lê Thị Mới");
        page.getByLabel("Ngày sinh").fill("1995-04-02");
        page.getByLabel("Giới tính").selectOption(new SelectOption().setLabel("Nữ"));
        page.getByLabel("Số định danh cá nhân").fill("0123");
        page.getByLabel("Ngày vào Đảng").fill("2024-05-19");
        page.getByLabel("Tìm chi bộ").fill("van phong");
        page.getByLabel("Chi bộ Văn phòng").check();
        page.getByLabel("Trình độ chuyên môn").selectOption("MASTER");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kết nạp đảng viên"))
                .click();
        assertThat(page.locator("#nationalId-error")).hasText("phải gồm 12 chữ số");
        assertThat(page.getByLabel("Họ và tên")).hasValue("Lê Thị Mới");
        assertThat(page.getByLabel("Giới tính")).hasValue("FEMALE");
        assertThat(page.getByLabel("Hình thức")).hasValue("ADMITTED");
        assertThat(page.getByLabel("Chi bộ Văn phòng")).isChecked();
        assertThat(page.getByLabel("Trình độ chuyên môn")).hasValue("MASTER");
        assertNoSeriousViolation(page);

        page.getByLabel("Số định danh cá nhân").fill("001195012345");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kết nạp đảng viên"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Lê Thị Mới");
        assertTrue(
                GatewayStandIn.CALLS.stream()
                        .anyMatch(call -> call.startsWith("admit Lê Thị Mới FEMALE 001195012345 born 1995-04-02 to "
                                + GatewayStandIn.OFFICE_CELL + " on 2024-05-19 ADMITTED MASTER key ")),
                "the member was sent as entered: " + GatewayStandIn.CALLS);
    }

    @Test
    void aProbationaryMemberIsRecognisedAsFullAndThenExemptedEachByADecisionOnItsForm() {
        String member = MembersStandIn.probationary("Đỗ Văn Dự").toString();
        Page page = signedIn("vi-VN", "/dang-vien/" + member);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Công nhận đảng viên chính thức"))
                .click();
        page.getByLabel("Kể từ ngày").fill("2031-01-01");
        page.getByLabel("Số quyết định").fill("5-QĐ/ĐU");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Công nhận đảng viên chính thức"))
                .click();
        assertThat(page.locator("#date-error")).hasText("không được sau ngày hôm nay");
        assertThat(page.getByLabel("Số quyết định")).hasValue("5-QĐ/ĐU");
        assertNoSeriousViolation(page);
        page.getByLabel("Kể từ ngày").fill("2025-05-19");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Công nhận đảng viên chính thức"))
                .click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Công nhận đảng viên chính thức")))
                .hasCount(0);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Miễn sinh hoạt đảng"))
                .click();
        page.getByLabel("Lý do").fill("Tuổi cao");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Miễn sinh hoạt đảng"))
                .click();
        assertThat(page.locator("#member-status")).hasText("Miễn sinh hoạt");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Miễn sinh hoạt đảng")))
                .hasCount(0);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ghi giảm đảng viên")))
                .isVisible();
        assertTrue(
                GatewayStandIn.CALLS.contains(
                        "recognitions " + member + " on 2025-05-19 by 5-QĐ/ĐU note null if \"0\""),
                "the recognition was sent as entered, for the version shown: " + GatewayStandIn.CALLS);
        assertTrue(
                GatewayStandIn.CALLS.stream()
                        .anyMatch(call ->
                                call.startsWith("exemptions " + member) && call.endsWith(" note Tuổi cao if \"1\"")),
                "the exemption was sent with its reason, for the member as recognised: " + GatewayStandIn.CALLS);
    }

    @Test
    void aMembersDetailsAreCorrectedOnAFormFilledWithTheRecordSoNoFieldLeftAloneIsLost() {
        String member = MembersStandIn.memberId("Bùi Thị Hoa 12").toString();
        Page page = signedIn("vi-VN", "/dang-vien/" + member);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sửa thông tin"))
                .click();
        assertThat(page.getByLabel("Quê quán")).hasValue("Xã Mỹ Trà, thành phố Cao Lãnh");
        assertThat(page.getByLabel("Học hàm")).hasValue("ASSOCIATE_PROFESSOR");
        assertThat(page.getByLabel("Giới tính")).hasValue("FEMALE");

        page.getByLabel("Chức vụ").fill("Trưởng phòng");
        page.getByLabel("Là người đứng đầu cơ quan, đơn vị").check();
        page.getByLabel("Giáo dục phổ thông").fill("lớp 12");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu"))
                .click();
        assertThat(page.locator("#generalEducation-error")).hasText("chỉ gồm chữ số và dấu /");
        assertThat(page.getByLabel("Chức vụ")).hasValue("Trưởng phòng");
        assertThat(page.getByLabel("Là người đứng đầu cơ quan, đơn vị")).isChecked();
        assertNoSeriousViolation(page);

        page.getByLabel("Giáo dục phổ thông").fill("12/12");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu"))
                .click();
        assertThat(page.locator("#member-job-title")).hasText("Trưởng phòng (Là người đứng đầu cơ quan, đơn vị)");
        String sent = GatewayStandIn.CALLS.stream()
                .filter(call -> call.startsWith("details " + member) && call.contains("12/12"))
                .findFirst()
                .orElseThrow();
        for (String kept : List.of(
                "\"fullName\":\"Bùi Thị Hoa 12\"",
                "\"dateOfBirth\":\"1980-02-29\"",
                "\"ethnicity\":\"Kinh\"",
                "\"hometown\":\"Xã Mỹ Trà, thành phố Cao Lãnh\"",
                "\"partyCardNumber\":\"01234567\"",
                "\"academicTitle\":\"ASSOCIATE_PROFESSOR\"",
                "\"politicalTheory\":\"ADVANCED\"",
                "\"foreignLanguage\":\"Tiếng Anh B1\"",
                "\"jobTitle\":\"Trưởng phòng\"",
                "\"headsHostUnit\":true")) {
            assertTrue(sent.contains(kept), kept + " was sent with the corrected details: " + sent);
        }
        assertTrue(sent.endsWith(" if \"0\""), "sent for the version shown: " + sent);
    }
}
