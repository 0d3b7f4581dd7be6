package vn.partybloc.admin;

import jakarta.ws.rs.core.Response;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the gateway's stand-ins share. The gateway's answers, as the merged document describes them, are served by the
 * test app itself from {@link OrganizationsStandIn}, {@link MembersStandIn}, {@link CommitteesStandIn},
 * {@link ReviewsStandIn} and {@link ReportsStandIn}; this class holds what they have in common: the ids they answer
 * about (a Bloc with one grassroots committee and one that has left it, and an organization the gateway does not
 * know), the calls they keep, each with its {@code Authorization} and {@code asOf} so a test sees what the console
 * sent, the idempotency keys already used, and the problems they answer with, as the API words them.
 */
final class GatewayStandIn {

    static final String BLOC = "0b10c000-0000-4000-8000-000000000001";
    static final String COMMITTEE = "0b10c000-0000-4000-8000-000000000002";
    static final String LEFT = "0b10c000-0000-4000-8000-000000000003";
    static final String UNKNOWN = "0b10c000-0000-4000-8000-00000000dead";
    /** An organization whose children the gateway cannot fetch: organization-service is down. */
    static final String UNREACHABLE = "0b10c000-0000-4000-8000-000000000004";

    static final String EXECUTIVE_COMMITTEE = "0b10c000-0000-4000-8000-000000000007";
    static final String SECRETARY = "0b10c000-0000-4000-8000-000000000008";
    static final String RESIGNED = "0b10c000-0000-4000-8000-000000000009";
    /** The executive committee's deputy secretary, in office; not in the committee's list, for no test ends it. */
    static final String DEPUTY = "0b10c000-0000-4000-8000-00000000000e";

    static final String PLANNING_CELL = "0b10c000-0000-4000-8000-000000000005";

    /** The planning cell's cell committee, whose members in office a confidence vote offers. */
    static final String PLANNING_COMMITTEE = "0b10c000-0000-4000-8000-00000000000f";

    static final String OFFICE_CELL = "0b10c000-0000-4000-8000-000000000006";
    /** A cell to be handed over out of the Bloc, and nothing else. */
    static final String LEAVING_CELL = "0b10c000-0000-4000-8000-00000000000b";

    /** A member whose record comes back as something that is not JSON: a garbled answer. */
    static final String GARBLED = "0b10c000-0000-4000-8000-00000000000c";
    /** A member whose record a proxy in front of the gateway answers with its own HTML error page. */
    static final String PROXY_ERROR = "0b10c000-0000-4000-8000-00000000000d";

    /** The review of {@link ReviewsStandIn#REVIEWED} that goes through the flow. */
    static final String REVIEW = "0b10c000-0000-4000-8000-00000000000a";

    static final List<String> CALLS = new CopyOnWriteArrayList<>();

    private GatewayStandIn() {}

    private static final Map<String, String> REQUESTS_BY_KEY = new ConcurrentHashMap<>();

    /**
     * As the API keeps idempotency keys: a key is one request, whatever the answer was (a refusal is kept as well), so
     * another request under a key already used is refused (422), before anything is done.
     */
    static Response reusedKey(String key, String request) {
        if (key == null || REQUESTS_BY_KEY.computeIfAbsent(key, k -> request).equals(request)) {
            return null;
        }
        CALLS.add("key reused " + key);
        return Response.status(422).type("application/problem+json").entity("""
                    {"type":"https://partybloc.vn/problems/idempotency-key-reused","title":"Khóa đã dùng","status":422,
                     "detail":"Idempotency-Key này đã được dùng cho một yêu cầu khác."}""").build();
    }

    /** A 400 problem naming one field, as the API words it in Vietnamese. */
    static Response invalid(String field, String message) {
        return problem(400, "validation", "Yêu cầu không hợp lệ", "Yêu cầu có 1 trường không hợp lệ.", """
                ,"errors":[{"field":"%s","message":"%s"}]""".formatted(
                        field, message));
    }

    static Response rule(String rule, String detail) {
        return problem(422, "domain-rule", "Vi phạm quy tắc", detail, ",\"rule\":\"" + rule + "\"");
    }

    /** A 412 problem: the resource changed since the version the form showed. */
    static Response changedSince(String detail) {
        return problem(412, "precondition-failed", "Đã thay đổi", detail, "");
    }

    static Response unavailable(String detail) {
        return problem(503, "unavailable", "Service unavailable", detail, "");
    }

    static Response notFound(String id) {
        return problem(404, "not-found", "Not found", "Không tìm thấy tổ chức đảng " + id, "");
    }

    /** A problem+json answer of the API's shape, with {@code more} members after its own. */
    private static Response problem(int status, String type, String title, String detail, String more) {
        return Response.status(status)
                .type("application/problem+json")
                .entity("""
                    {"type":"https://partybloc.vn/problems/%s","title":"%s","status":%d,"detail":"%s"%s}""".formatted(type, title, status, detail, more))
                .build();
    }

    static String folded(String text) {
        return Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
