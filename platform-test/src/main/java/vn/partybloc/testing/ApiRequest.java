package vn.partybloc.testing;

import java.util.Map;

/**
 * One request to an operation of a service's document; {@code existingIds} is false when a path parameter was
 * deliberately malformed.
 */
record ApiRequest(
        String path,
        Map<String, String> query,
        String contentType,
        String body,
        String description,
        boolean existingIds) {

    static String abbreviate(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }
}
