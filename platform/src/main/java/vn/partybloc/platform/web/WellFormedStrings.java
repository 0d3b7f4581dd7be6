package vn.partybloc.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import java.io.IOException;

/**
 * Text fields take JSON strings only (Jackson would turn {@code 12} or {@code true} into text) and only well-formed
 * Unicode: a lone surrogate, which a JSON escape such as {@code "\ud800"} can carry, would be stored as {@code ?}.
 */
final class WellFormedStrings extends FromJsonString<String> {

    WellFormedStrings() {
        super(String.class);
    }

    @Override
    String read(String text, JsonParser parser, DeserializationContext context) throws IOException {
        if (!wellFormed(text)) {
            throw new InputPolicyException(parser, String.class, new ProblemMessage("json.malformed-text"));
        }
        return text;
    }

    static boolean wellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
