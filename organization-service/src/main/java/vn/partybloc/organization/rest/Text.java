package vn.partybloc.organization.rest;

import java.text.Normalizer;

/** Names are stored in Unicode NFC, as on the documents, whatever form the client sent. */
final class Text {

    private Text() {}

    static String nfc(String value) {
        return value == null ? null : Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
    }
}
