package vn.partybloc.platform.validation;

import java.text.Normalizer;

/** Text as stored: trimmed, in Unicode NFC as on the documents, whatever form the client sent. */
public final class Text {

    private Text() {}

    public static String nfc(String value) {
        return value == null ? null : Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
    }
}
