package vn.partybloc.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a set of reads answers, whole: status, ETag and body (JSON compared as JSON). Taken before and after a refused
 * write, it shows that nothing a user can read changed, not just the one field a test thought of.
 */
public final class Snapshot {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Read> reads;

    private Snapshot(Map<String, Read> reads) {
        this.reads = reads;
    }

    /** GETs every url with {@code token}. */
    public static Snapshot of(String token, Collection<String> urls) {
        Map<String, Read> reads = new LinkedHashMap<>();
        for (String url : urls) {
            PlainHttp.Answer answer = PlainHttp.send(token, "GET", url, null, null);
            reads.put(url, new Read(answer.status(), answer.etag(), body(answer.body())));
        }
        return new Snapshot(reads);
    }

    /** The urls whose answer differs, with both answers. */
    public List<String> differences(Snapshot later) {
        List<String> differences = new ArrayList<>();
        reads.forEach((url, read) -> {
            Read other = later.reads.get(url);
            if (!read.equals(other)) {
                differences.add(url + ": " + read + " became " + other);
            }
        });
        return differences;
    }

    private static Object body(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return text;
        }
    }

    private record Read(int status, String etag, Object body) {}
}
