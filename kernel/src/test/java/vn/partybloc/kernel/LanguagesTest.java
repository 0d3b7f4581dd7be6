package vn.partybloc.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.partybloc.kernel.Languages.ENGLISH;
import static vn.partybloc.kernel.Languages.VIETNAMESE;

import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void vietnameseOnlyWhenAcceptLanguagePrefersIt() {
        assertEquals(VIETNAMESE, Languages.preferred("vi"));
        assertEquals(VIETNAMESE, Languages.preferred("vi-VN,vi;q=0.9,en;q=0.8"));
        assertEquals(VIETNAMESE, Languages.preferred("en;q=0.5, vi;q=0.9"));
        assertEquals(VIETNAMESE, Languages.preferred("fr, vi;q=0.3"));
        assertEquals(ENGLISH, Languages.preferred("en, vi;q=0.9"));
        assertEquals(ENGLISH, Languages.preferred("vi;q=0, en;q=0.1"));
        assertEquals(ENGLISH, Languages.preferred("*"));
        assertEquals(ENGLISH, Languages.preferred("fr"));
        assertEquals(ENGLISH, Languages.preferred(null));
        assertEquals(ENGLISH, Languages.preferred("not a ; header ;;"));
    }
}
