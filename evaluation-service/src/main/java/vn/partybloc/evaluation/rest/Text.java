package vn.partybloc.evaluation.rest;

import java.text.Normalizer;

/** Text as stored: Unicode NFC, trimmed, no control characters. */
final class Text {

    static final String NO_CONTROL = "^[^\\p{Cc}]*$";
    /** Free text may keep line breaks and tabs. */
    static final String NO_CONTROL_MULTILINE = "^[\\P{Cc}\\n\\r\\t]*$";

    static final String NO_CONTROL_MESSAGE = "must not contain control characters";

    private Text() {}

    static String nfc(String value) {
        return value == null ? null : Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
    }
}
