package vn.partybloc.gateway.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Every service's code lists at one endpoint: asks each service that keeps some for its lists, in parallel, and
 * returns what answered in time, marking the rest as the overview does.
 */
@ApplicationScoped
public class CodeListsService {

    /** The services that keep code lists, by the context their lists are under ({@code /api/v1/code-lists/<context>}). */
    static final Map<String, String> SOURCES = Map.of(
            "organizations", "organization", "members", "member", "training", "training", "evaluations", "evaluation");

    private final ObjectMapper json;
    private final UpstreamCalls calls;

    public CodeListsService(ObjectMapper json, UpstreamCalls calls) {
        this.json = json;
        this.calls = calls;
    }

    public AllCodeLists all(String authorization, String requestId) {
        Map<String, CompletableFuture<Answer>> pending = new LinkedHashMap<>();
        SOURCES.keySet().stream()
                .sorted()
                .forEach(context -> pending.put(context, fetch(context, authorization, requestId)));
        List<Object> lists = new ArrayList<>();
        Map<String, AllCodeLists.Source> sources = new LinkedHashMap<>();
        pending.forEach((context, future) -> {
            Answer answer = future.join();
            answer.lists().forEach(lists::add);
            sources.put(context, answer.source());
        });
        return new AllCodeLists(lists, sources);
    }

    private record Answer(AllCodeLists.Source source, List<JsonNode> lists) {

        static Answer missing(AllCodeLists.Source source) {
            return new Answer(source, List.of());
        }
    }

    private CompletableFuture<Answer> fetch(String context, String authorization, String requestId) {
        return calls.ask(SOURCES.get(context), "/api/v1/code-lists/" + context, authorization, requestId)
                .thenApply(reply -> reply.answered()
                        ? answer(reply.status(), parse(reply.body()))
                        : Answer.missing(AllCodeLists.Source.unavailable(reply.missing(), reply.detail())));
    }

    private static Answer answer(int status, JsonNode body) {
        if (status == 200 && body != null && body.path("lists").isArray()) {
            List<JsonNode> lists = new ArrayList<>();
            body.path("lists").forEach(lists::add);
            return new Answer(AllCodeLists.Source.OK, lists);
        }
        if (status == 200) {
            return Answer.missing(AllCodeLists.Source.failed(status, "the answer holds no lists"));
        }
        return Answer.missing(AllCodeLists.Source.failed(
                status, body == null ? null : body.path("detail").asText(null)));
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (Exception e) {
            return null;
        }
    }
}
