package vn.partybloc.admin;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Đánh giá, xếp loại in Chromium: one review taken through its flow, a step at a time, with the API's refusals. */
@QuarkusTest
class ReviewPageBrowserTest extends ConsoleInChromium {

    @Test
    void aReviewIsProposedDecidedPublishedAndReRatedOneStepAtATimeWithEachRefusalShownOnItsForm() {
        Page page = signedIn("vi-VN", "/dang-vien/" + MembersStandIn.memberId(ReviewsStandIn.REVIEWED));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tự đánh giá"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText(ReviewsStandIn.REVIEWED);
        assertThat(page.locator("#review-status")).hasText("Tự đánh giá");
        assertThat(page.locator("#review-self")).hasText("Hoàn thành xuất sắc nhiệm vụ");
        assertNoSeriousViolation(page);

        page.getByLabel("Mức xếp loại").selectOption(new SelectOption().setLabel("Hoàn thành tốt nhiệm vụ"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đề xuất xếp loại"))
                .click();
        assertThat(page.locator("#review-status")).hasText("Đã đề xuất");
        assertThat(page.locator("#review-proposed")).hasText("Hoàn thành tốt nhiệm vụ");

        page.getByLabel("Mức xếp loại").selectOption(new SelectOption().setLabel("Hoàn thành tốt nhiệm vụ"));
        page.getByLabel("Số quyết định").fill("90-QĐ/ĐU");
        page.getByLabel("Ngày quyết định").fill("2031-01-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Quyết định xếp loại"))
                .click();
        assertThat(page.locator("#decidedOn-error")).hasText("không được sau ngày hôm nay");
        assertThat(page.getByLabel("Mức xếp loại")).hasValue("GOOD");
        assertThat(page.getByLabel("Số quyết định")).hasValue("90-QĐ/ĐU");
        page.getByLabel("Ngày quyết định").fill("2024-12-20");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Quyết định xếp loại"))
                .click();
        assertThat(page.locator("#review-status")).hasText("Đã quyết định");
        assertThat(page.locator("#review-decision")).hasText("90-QĐ/ĐU 20/12/2024");

        page.getByLabel("Ngày công bố").fill("2024-12-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Công bố kết quả"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Ngày công bố không được trước ngày quyết định.");
        page.getByLabel("Ngày công bố").fill("2024-12-25");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Công bố kết quả"))
                .click();
        assertThat(page.locator("#review-status")).hasText("Đã công bố");
        assertThat(page.locator("#review-published")).hasText("25/12/2024");
        assertThat(page.locator("form.write")).hasCount(0);
        assertThat(page.locator("section[aria-labelledby=review-history] tbody tr td:first-child"))
                .hasText(new String[] {"Tự đánh giá", "Đề xuất", "Quyết định", "Công bố"});
        assertTrue(
                GatewayStandIn.CALLS.stream()
                        .anyMatch(call -> call.startsWith("decisions " + GatewayStandIn.REVIEW)
                                && call.contains("decidedOn=2024-12-20")
                                && call.contains("decisionNumber=90-QĐ/ĐU")
                                && call.contains("level=GOOD")
                                && call.endsWith(" if \"1\"")),
                "the decision was sent as entered, for the version the page showed: " + GatewayStandIn.CALLS);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Xếp loại lại"))
                .click();
        page.getByLabel("Lý do hủy xếp loại").fill("Kết luận kiểm tra số 12-KL/UBKT");
        page.getByLabel("Mức xếp loại").selectOption(new SelectOption().setLabel("Hoàn thành nhiệm vụ"));
        page.getByLabel("Số quyết định").fill("99-QĐ/ĐU");
        page.getByLabel("Ngày quyết định").fill("2031-02-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xếp loại lại"))
                .click();
        assertThat(page.locator("#decision-decidedOn-error")).hasText("không được sau ngày hôm nay");
        assertThat(page.getByLabel("Lý do hủy xếp loại")).hasValue("Kết luận kiểm tra số 12-KL/UBKT");
        assertNoSeriousViolation(page);
        page.getByLabel("Ngày quyết định").fill("2025-01-10");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xếp loại lại"))
                .click();
        assertThat(page.locator("#review-status")).hasText("Đã quyết định");
        assertThat(page.locator("#review-level")).hasText("Hoàn thành nhiệm vụ");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Xếp loại này thay cho một xếp loại đã hủy"))
                .click();
        assertThat(page.locator("#review-status")).hasText("Đã hủy");
        assertThat(page.locator("#review-cancel-reason")).hasText("Đã hủy: Kết luận kiểm tra số 12-KL/UBKT");
        assertTrue(
                GatewayStandIn.CALLS.stream()
                        .anyMatch(call -> call.startsWith(
                                        "re-rate " + GatewayStandIn.REVIEW + " because Kết luận kiểm tra số 12-KL/UBKT")
                                && call.contains("decidedOn=2025-01-10")
                                && call.contains("level=COMPLETE")
                                && call.endsWith(" if \"3\"")),
                "the re-rating was sent as entered, for the published review's version: " + GatewayStandIn.CALLS);
    }

    @Test
    void aSubjectNotRatedYetIsSelfAssessedFromTheRatingsPageAndItsReviewFollows() {
        Page page = signedIn("vi-VN", "/to-chuc/" + GatewayStandIn.COMMITTEE + "/danh-gia");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tự đánh giá: Chi bộ Phòng Kế hoạch"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Chi bộ Phòng Kế hoạch");
        page.getByLabel("Mức xếp loại").selectOption(new SelectOption().setLabel("Hoàn thành tốt nhiệm vụ"));
        page.getByLabel("Điểm").fill("120");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tự đánh giá"))
                .click();
        assertThat(page.locator("#score-error")).hasText("từ 0 đến 100");
        assertThat(page.getByLabel("Mức xếp loại")).hasValue("GOOD");
        assertNoSeriousViolation(page);

        page.getByLabel("Điểm").fill("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tự đánh giá"))
                .click();
        assertThat(page.locator("#review-status")).hasText("Tự đánh giá");
        assertThat(page.locator("#review-self")).hasText("Hoàn thành tốt nhiệm vụ");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đề xuất xếp loại")))
                .isVisible();
        assertTrue(
                GatewayStandIn.CALLS.stream()
                        .anyMatch(call -> call.startsWith("self-assess ")
                                && call.contains("level=GOOD")
                                && call.contains("subjectId=" + GatewayStandIn.PLANNING_CELL)
                                && call.contains("subjectKind=SUBORDINATE_ORGANIZATION")),
                "the subject's self-assessment was sent in the page's cycle: " + GatewayStandIn.CALLS);

        page.navigate("http://localhost:" + port + "/danh-gia/tu-danh-gia");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("400");
    }
}
