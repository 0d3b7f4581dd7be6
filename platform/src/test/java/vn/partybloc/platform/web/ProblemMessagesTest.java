package vn.partybloc.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.partybloc.kernel.Languages.ENGLISH;
import static vn.partybloc.kernel.Languages.VIETNAMESE;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemMessagesTest {

    @Test
    void argumentsKeepTheirCodeFormAndNestedTextsAreTranslated() {
        ProblemException e = ProblemException.notFound("note", 2024);
        assertEquals("Note 2024 does not exist or is not visible to you", e.getMessage());
        assertEquals(
                "Không tìm thấy ghi chú 2024, hoặc bạn không có quyền xem",
                e.detail().in(VIETNAMESE));
        assertEquals(
                "sort: chỉ được sắp xếp theo a, b",
                ProblemException.invalid("sort", "sort.allowed", List.of("a", "b"))
                        .detail()
                        .in(VIETNAMESE));
        assertEquals(
                "Your token's org_id claim is not an organization id",
                ProblemMessages.text(ENGLISH, "token.org-id-invalid"));
        assertEquals(
                "If-Match 1 does not match the current version \"2\"; read the resource again",
                ProblemMessages.text(ENGLISH, "if-match.stale", 1, "2"));
        assertEquals(
                "Xung đột với dữ liệu đã có: 2022-03-10",
                ProblemMessages.text(VIETNAMESE, "constraint-conflict", LocalDate.of(2022, 3, 10)));
    }

    @Test
    void titlesInBothLanguages() {
        assertEquals("Domain rule violated", ProblemType.DOMAIN_RULE.title());
        assertEquals("Vi phạm quy định nghiệp vụ", ProblemType.DOMAIN_RULE.title(VIETNAMESE));
    }
}
