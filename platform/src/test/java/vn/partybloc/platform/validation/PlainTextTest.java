package vn.partybloc.platform.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The patterns are written with {@code \x} ranges so that JavaScript validators read them as Java does; they must still
 * refuse exactly the Unicode control characters (category Cc) that {@code \p{Cc}} named.
 */
class PlainTextTest {

    private static final Pattern SINGLE_LINE = Pattern.compile(PlainText.SINGLE_LINE);
    private static final Pattern MULTILINE = Pattern.compile(PlainText.MULTILINE);
    private static final Pattern NOT_BLANK = Pattern.compile(PlainText.SINGLE_LINE_NOT_BLANK);

    @Test
    void acceptsVietnameseText() {
        String name = "Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh – Chi bộ số 3 (“Ngân hàng”)";
        assertTrue(SINGLE_LINE.matcher(name).matches());
        assertTrue(MULTILINE.matcher(name + "\nDòng hai\tcó tab\r\n").matches());
        assertTrue(NOT_BLANK.matcher(" " + name + " ").matches());
    }

    @Test
    void refusesEveryControlCharacterAndNothingElse() {
        for (int code = 0; code <= Character.MAX_VALUE; code++) {
            char c = (char) code;
            int at = code;
            boolean control = Character.getType(c) == Character.CONTROL;
            String text = "Chi bộ" + c + "số 3";
            assertEquals(!control, SINGLE_LINE.matcher(text).matches(), () -> "single line, U+%04X".formatted(at));
            boolean lineBreakOrTab = c == '\n' || c == '\r' || c == '\t';
            assertEquals(
                    !control || lineBreakOrTab,
                    MULTILINE.matcher(text).matches(),
                    () -> "multiline, U+%04X".formatted(at));
        }
    }

    @Test
    void notBlankRefusesBlankAndControlCharacters() {
        assertFalse(NOT_BLANK.matcher("").matches());
        assertFalse(NOT_BLANK.matcher("   ").matches());
        assertFalse(NOT_BLANK.matcher("Chi bộ\u0085").matches());
        assertFalse(NOT_BLANK.matcher("Chi bộ\n").matches());
        assertTrue(NOT_BLANK.matcher("x").matches());
    }

    @Test
    void invisibleCharactersAreTheFormattingOnesInALineAndTheBidiControlsInFreeText() {
        for (int code = 0; code <= Character.MAX_VALUE; code++) {
            int at = code;
            String text = "Chi bộ" + (char) code + "số 3";
            boolean bidiControl = (code >= 0x202A && code <= 0x202E) || (code >= 0x2066 && code <= 0x2069);
            assertEquals(
                    Character.getType(code) == Character.FORMAT,
                    InvisibleCharacters.inSingleLine(text),
                    () -> "single line, U+%04X".formatted(at));
            assertEquals(bidiControl, InvisibleCharacters.inFreeText(text), () -> "free text, U+%04X".formatted(at));
        }
        // a tag character, beyond the Basic Multilingual Plane, can smuggle text no reader sees
        assertTrue(InvisibleCharacters.inSingleLine("Chi bộ" + Character.toString(0xE0041)));
        assertFalse(InvisibleCharacters.inFreeText("Gia đình 👨\u200d👩\u200d👧, dấu mềm\u00ad"));
    }
}
