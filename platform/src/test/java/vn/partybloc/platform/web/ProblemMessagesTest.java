package vn.partybloc.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.partybloc.platform.web.ProblemMessages.ENGLISH;
import static vn.partybloc.platform.web.ProblemMessages.VIETNAMESE;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemMessagesTest {

    @Test
    void vietnameseOnlyWhenAcceptLanguagePrefersIt() {
        assertEquals(VIETNAMESE, ProblemMessages.language("vi"));
        assertEquals(VIETNAMESE, ProblemMessages.language("vi-VN,vi;q=0.9,en;q=0.8"));
        assertEquals(VIETNAMESE, ProblemMessages.language("en;q=0.5, vi;q=0.9"));
        assertEquals(VIETNAMESE, ProblemMessages.language("fr, vi;q=0.3"));
        assertEquals(ENGLISH, ProblemMessages.language("en, vi;q=0.9"));
        assertEquals(ENGLISH, ProblemMessages.language("vi;q=0, en;q=0.1"));
        assertEquals(ENGLISH, ProblemMessages.language("*"));
        assertEquals(ENGLISH, ProblemMessages.language("fr"));
        assertEquals(ENGLISH, ProblemMessages.language(null));
        assertEquals(ENGLISH, ProblemMessages.language("not a ; header ;;"));
    }

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
