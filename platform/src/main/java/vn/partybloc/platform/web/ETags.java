package vn.partybloc.platform.web;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;

/** Strong ETags from an entity's version, and the {@code If-Match} check for writes. */
public final class ETags {

    private ETags() {}

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Refuses a write whose {@code If-Match} names another version (412). Without {@code If-Match} the write goes
     * ahead (the version column still stops lost updates between concurrent transactions).
     */
    public static void checkIfMatch(HttpHeaders headers, long currentVersion) {
        checkIfMatch(headers.getHeaderString(HttpHeaders.IF_MATCH), currentVersion);
    }

    /** As {@link #checkIfMatch(HttpHeaders, long)}, with the raw header value (null when absent). */
    public static void checkIfMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        String current = Long.toString(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*")) {
                return;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tag = tag.substring(1, tag.length() - 1);
            }
            if (tag.equals(current)) {
                return;
            }
        }
        throw new ProblemException(ProblemType.PRECONDITION_FAILED, "if-match.stale", ifMatch, current);
    }
}
