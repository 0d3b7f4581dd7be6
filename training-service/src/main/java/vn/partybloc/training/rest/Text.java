package vn.partybloc.training.rest;

import java.text.Normalizer;

/** Text as stored: Unicode NFC, trimmed, no control characters. */
final class Text {

    static final String NO_CONTROL = "^[^\\p{Cc}]*$";
    static final String NO_CONTROL_MESSAGE = "must not contain control characters";

    private Text() {}

    static String nfc(String value) {
        return value == null ? null : Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
    }
}
