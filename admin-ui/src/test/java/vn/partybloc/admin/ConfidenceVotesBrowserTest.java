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
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;

/** Lấy phiếu tín nhiệm in Chromium: a subtree's confidence votes with their flags, as a spreadsheet too, and one recorded. */
@QuarkusTest
class ConfidenceVotesBrowserTest extends ConsoleInChromium {

    @Test
    void aVotesSharesAndTheFlagOfOverHalfLowConfidenceAreShownFromTheOrganizationsPageAndInItsSpreadsheet()
            throws IOException {
        Page page = signedIn("vi-VN", "/to-chuc/" + GatewayStandIn.PLANNING_CELL);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lấy phiếu tín nhiệm"))
                .click();

        assertThat(page.locator("article.vote").last()).containsText("Có mặt 9/10 · Hợp lệ");
        assertThat(page.locator("article.vote").last().locator("tbody tr td")).hasText(new String[] {
            "Bùi Thị Hoa 4",
            "Phó Bí thư",
            "9",
            "33,33%",
            "11,11%",
            "55,56%",
            "Trên một nửa tín nhiệm thấp: đưa ra khỏi quy hoạch, xem xét"
        });
        assertNoSeriousViolation(page);

        DownloadedSheet votes = downloadedSheet(page);
        assertEquals("Lấy phiếu tín nhiệm Chi bộ Phòng Kế hoạch.xlsx", votes.fileName());
        Row flagged = StreamSupport.stream(votes.sheet().spliterator(), false)
                .filter(row -> row.getRowNum() > 1
                        && row.getCell(5).getStringCellValue().equals("Bùi Thị Hoa 4"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                LocalDate.of(2024, 11, 20),
                flagged.getCell(1).getLocalDateTimeCellValue().toLocalDate());
        assertEquals(0.5556, flagged.getCell(10).getNumericCellValue(), 1e-9);
        assertEquals(
                "Trên một nửa tín nhiệm thấp: đưa ra khỏi quy hoạch, xem xét",
                flagged.getCell(11).getStringCellValue());

        page.getByLabel("Năm", new Page.GetByLabelOptions().setExact(true)).fill("2023");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Xem").setExact(true))
                .click();
        assertThat(page.locator("section[aria-labelledby=votes]")).containsText("Chưa có lần lấy phiếu nào");
        assertThat(page.getByLabel("Năm", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("2023");
        assertTrue(
                GatewayStandIn.CALLS.contains("votes " + GatewayStandIn.PLANNING_CELL + " of 2023"),
                "the year asked for was asked of the API: " + GatewayStandIn.CALLS);
    }

    @Test
    void aVoteIsRecordedForTheCommitteeMembersInOfficeARowWhoseCountsDoNotAddUpShownInItsRow() {
        Page page = signedIn("vi-VN", "/to-chuc/" + GatewayStandIn.PLANNING_CELL + "/tin-nhiem");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ghi nhận kết quả lấy phiếu"))
                .click();
        assertThat(page.locator("#vote-results tbody th")).hasText(new String[] {"Bùi Thị Hoa 2", "Bùi Thị Hoa 3"});
        assertThat(page.getByLabel("Chức vụ: Bùi Thị Hoa 2")).hasValue("Bí thư Chi ủy");

        page.getByLabel("Hội nghị lấy phiếu").fill("Hội nghị chi bộ giữa nhiệm kỳ");
        page.getByLabel("Ngày lấy phiếu").fill("2025-11-15");
        page.getByLabel("Số người được triệu tập").fill("10");
        page.getByLabel("Số người có mặt").fill("6");
        fill(page, "Bùi Thị Hoa 2", "6", "6", "6", "0", "1", "2", "2");
        fill(page, "Bùi Thị Hoa 3", "6", "6", "6", "0", "0", "2", "4");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi nhận kết quả lấy phiếu"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Số phiếu không khớp nhau");
        assertThat(page.locator("#result-1-error"))
                .hasText("số phiếu tín nhiệm cao, tín nhiệm và tín nhiệm thấp phải bằng số phiếu hợp lệ");
        assertThat(page.locator("#result-2-error")).isEmpty();
        assertThat(page.getByLabel("Tín nhiệm thấp: Bùi Thị Hoa 3")).hasValue("4");
        assertNoSeriousViolation(page);

        page.getByLabel("Tín nhiệm cao: Bùi Thị Hoa 2").fill("2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi nhận kết quả lấy phiếu"))
                .click();
        assertThat(page.locator("article.vote").first()).containsText("Có mặt 6/10 · Không hợp lệ");
        assertThat(page.locator("article.vote").first().locator("tbody tr").nth(1))
                .containsText("Từ hai phần ba tín nhiệm thấp: xem xét cho thôi chức vụ");
        List<String> votes = GatewayStandIn.CALLS.stream()
                .filter(call -> call.startsWith("vote "))
                .toList();
        assertTrue(
                votes.size() == 2
                        && votes.get(1).contains(" Hội nghị chi bộ giữa nhiệm kỳ on 2025-11-15 6/10 ")
                        && votes.get(1).contains("high=2, trust=2, low=2")
                        && !keyOf(votes.get(0)).equals(keyOf(votes.get(1))),
                "the corrected vote was sent as entered, under a new key: " + votes);
    }

    private static void fill(Page page, String name, String... counts) {
        List<String> columns = List.of(
                "Phiếu phát ra",
                "Phiếu thu về",
                "Phiếu hợp lệ",
                "Phiếu không hợp lệ",
                "Tín nhiệm cao",
                "Tín nhiệm",
                "Tín nhiệm thấp");
        for (int i = 0; i < counts.length; i++) {
            page.getByLabel(columns.get(i) + ": " + name, new Page.GetByLabelOptions().setExact(true))
                    .fill(counts[i]);
        }
    }
}
