package vn.partybloc.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Runs a service's section of docs/security.md ({@link AccessTable}) cell by cell: every documented operation with a
 * token of every caller. A read is sent on one fixture; a write is a valid request, sent by every refused caller on one
 * shared fixture, which must read exactly the same afterwards ({@link Snapshot}), and by each allowed caller on a
 * fixture of its own, which must read differently afterwards (the first allowed caller takes the refused callers'
 * fixture, which they left as it was). A caller with a token for somewhere else (a secretary of
 * another subtree) is also checked against the cell's "outside" status; where that is a 404, its body must read exactly
 * like the 404 of ids that do not exist, so that the answer does not tell whether the thing exists elsewhere.
 *
 * @param <F> what a service founds to aim its reads and writes at
 */
public final class AccessMatrix<F extends AccessMatrix.Fixture> {

    /** What the operations are aimed at, and the reads that show whether a write changed it. */
    public interface Fixture {
        List<String> reads();
    }

    /** A token standing for a row of the caller table, and, for a scoped caller, one for somewhere else. */
    public record Caller<F>(String name, Function<F, String> token, Function<F, String> outside) {

        public static <F> Caller<F> role(String role) {
            return new Caller<>(role, fixture -> Tokens.as(role), null);
        }

        public static <F> Caller<F> fixed(String name, Supplier<String> token) {
            return new Caller<>(name, fixture -> token.get(), null);
        }
    }

    public record Request(String method, String url, String contentType, String body) {

        public static Request json(String method, String url, String body) {
            return new Request(method, url, "application/json", body);
        }
    }

    /** The rows every service shares: the roles, a token of no known role, and no, expired or forged tokens. */
    public static <F> Map<String, List<Caller<F>>> commonCallers() {
        String expired = Tokens.expired("admin");
        String forged = Tokens.badSignature("admin");
        return Map.of(
                "admin", List.of(Caller.role("admin")),
                "organizer", List.of(Caller.role("organizer")),
                "inspector", List.of(Caller.role("inspector")),
                "viewer", List.of(Caller.role("viewer")),
                "integration", List.of(Caller.role("integration")),
                "secretary without a valid org_id", List.of(Caller.fixed("no org_id", () -> Tokens.as("secretary"))),
                "none of these roles", List.of(Caller.fixed("guest", () -> Tokens.as("guest"))),
                "no token, or a bad token",
                        List.of(
                                Caller.fixed("no token", () -> null),
                                Caller.fixed("expired", () -> expired),
                                Caller.fixed("forged", () -> forged)));
    }

    /**
     * {@link #commonCallers()} and the secretary row: a secretary of the organization {@code inside} names for a
     * fixture, with a secretary of {@code outside}'s organization for the "outside their subtree" answers.
     */
    public static <F> Map<String, List<Caller<F>>> callers(Function<F, UUID> inside, Function<F, UUID> outside) {
        Map<String, List<Caller<F>>> callers = new HashMap<>(commonCallers());
        callers.put(
                "secretary with org_id",
                List.of(new Caller<F>(
                        "secretary of the fixture's organization",
                        fixture -> Tokens.secretaryOf(inside.apply(fixture)),
                        fixture -> Tokens.secretaryOf(outside.apply(fixture)))));
        return callers;
    }

    private final AccessTable table;
    private final Map<String, List<Caller<F>>> callers;
    private final Supplier<F> fixtures;
    private final Function<F, Function<String, String>> readUrls;
    private final Map<String, Function<F, Request>> writes;
    private Map<String, Function<F, Request>> readsByPost = Map.of();
    private Predicate<String> outsideChecked = operation -> true;
    private int checks;

    /**
     * @param readUrls for a fixture, the url a documented GET operation is sent to
     * @param writes per documented write operation, a valid request aimed at a fixture
     */
    public AccessMatrix(
            AccessTable table,
            Map<String, List<Caller<F>>> callers,
            Supplier<F> fixtures,
            Function<F, Function<String, String>> readUrls,
            Map<String, Function<F, Request>> writes) {
        this.table = table;
        this.callers = callers;
        this.fixtures = fixtures;
        this.readUrls = readUrls;
        this.writes = writes;
    }

    /**
     * Sends a scoped caller's token for somewhere else only on these operations (all by default), for a service whose
     * lists are filtered to the caller's subtree rather than refused outside it.
     */
    public AccessMatrix<F> outsideCheckedOn(Predicate<String> operations) {
        this.outsideChecked = operations;
        return this;
    }

    /**
     * Operations that read although they are POSTs (a look-up whose key stays out of the URL): checked as reads, each
     * caller's status against its cell, with the request built for the read fixture.
     */
    public AccessMatrix<F> readingByPost(Map<String, Function<F, Request>> reads) {
        this.readsByPost = reads;
        return this;
    }

    /** Checks the table's callers and operations against the service, then every cell; returns what failed. */
    public List<String> failures() {
        assertEquals(Set.copyOf(callers.keySet()), Set.copyOf(table.callers()), "the callers of the table");
        assertEquals(operationsOfTheOpenApiDocument(), documentedOperations(), "the operations of the table");
        F readFixture = fixtures.get();
        Function<String, String> urls = readUrls.apply(readFixture);
        List<String> failures = new ArrayList<>();
        for (String routeClass : table.routeClasses()) {
            for (String operation : table.operations(routeClass)) {
                List<Check<F>> cells = new ArrayList<>();
                for (String row : table.callers()) {
                    for (Caller<F> caller : callers.get(row)) {
                        cells.add(new Check<>(row + " (" + caller.name() + ")", caller, table.answer(row, routeClass)));
                    }
                }
                if (operation.startsWith("GET ")) {
                    Request request = Request.json("GET", urls.apply(operation), null);
                    cells.forEach(cell -> failures.addAll(read(operation, request, readFixture, cell)));
                } else if (readsByPost.containsKey(operation)) {
                    Request request = readsByPost.get(operation).apply(readFixture);
                    cells.forEach(cell -> failures.addAll(read(operation, request, readFixture, cell)));
                } else {
                    failures.addAll(write(operation, cells));
                }
            }
        }
        return failures;
    }

    /** Fails, listing every cell that does not hold, unless the whole table holds. */
    public void assertEveryCellHolds() {
        List<String> failures = failures();
        assertTrue(failures.isEmpty(), checks + " checks, failed:\n" + String.join("\n", failures));
    }

    /** How many calls the last {@link #failures()} checked. */
    public int checks() {
        return checks;
    }

    private record Check<F>(String who, Caller<F> caller, AccessTable.Answer answer) {}

    private List<String> read(String operation, Request request, F fixture, Check<F> check) {
        List<String> failures = new ArrayList<>();
        int status = send(check.caller().token().apply(fixture), request);
        checks++;
        if (!check.answer().accepts(status)) {
            failures.add(check.who() + " " + operation + ": " + status + ", documented " + check.answer());
        }
        Integer outside = check.answer().outside();
        if (check.caller().outside() != null && outside != null && outsideChecked.test(operation)) {
            String token = check.caller().outside().apply(fixture);
            Answer elsewhere = answer(token, request);
            checks++;
            if (elsewhere.status() != outside) {
                failures.add(check.who() + " " + operation + ": outside the subtree " + elsewhere.status()
                        + ", documented " + check.answer());
            } else {
                failures.addAll(readsLikeAbsent(operation, token, request, elsewhere));
            }
        }
        return failures;
    }

    /**
     * The refused callers (and scoped callers from outside) try the write on one fixture, which must read the same
     * afterwards; then each allowed caller makes it on a fixture of its own, which must read differently afterwards
     * (an import lands once its job has run, so that is awaited). The first takes the shared fixture when the refusals
     * left it as it was: it is then as good as a new one, and one fewer is founded.
     */
    private List<String> write(String operation, List<Check<F>> cells) {
        Function<F, Request> requests = writes.get(operation);
        if (requests == null) {
            return List.of(operation + ": no request to try it with");
        }
        List<String> failures = new ArrayList<>();
        F shared = fixtures.get();
        Request refusedRequest = requests.apply(shared);
        Snapshot before = Snapshot.of(Tokens.as("admin"), shared.reads());
        List<String> refused = new ArrayList<>();
        for (Check<F> cell : cells) {
            if (!cell.answer().allowed()) {
                expect(cell, operation, send(cell.caller().token().apply(shared), refusedRequest), failures);
                refused.add(cell.who());
            }
            Integer outside = cell.answer().outside();
            if (cell.caller().outside() != null && outside != null && outsideChecked.test(operation)) {
                String token = cell.caller().outside().apply(shared);
                Answer elsewhere = answer(token, refusedRequest);
                checks++;
                if (elsewhere.status() != outside) {
                    failures.add(cell.who() + " " + operation + ": outside the subtree " + elsewhere.status()
                            + ", documented " + cell.answer());
                } else {
                    failures.addAll(readsLikeAbsent(operation, token, refusedRequest, elsewhere));
                }
                refused.add(cell.who() + " outside");
            }
        }
        List<String> changed = before.differences(Snapshot.of(Tokens.as("admin"), shared.reads()));
        if (!changed.isEmpty()) {
            failures.add(operation + ": refused to " + refused + ", yet the fixture changed: " + changed);
        }
        F unchanged = changed.isEmpty() ? shared : null;
        for (Check<F> cell : cells) {
            if (cell.answer().allowed()) {
                F own;
                Request request;
                if (unchanged != null) {
                    own = unchanged;
                    request = refusedRequest;
                    unchanged = null;
                } else {
                    own = fixtures.get();
                    // Built before the snapshot: building may found what the request needs (a term to amend).
                    request = requests.apply(own);
                }
                Snapshot ownBefore = Snapshot.of(Tokens.as("admin"), own.reads());
                int status = send(cell.caller().token().apply(own), request);
                expect(cell, operation, status, failures);
                if (status / 100 == 2 && !changes(ownBefore, own)) {
                    failures.add(cell.who() + " " + operation + ": allowed, yet it changed nothing the fixture reads");
                }
            }
        }
        return failures;
    }

    private void expect(Check<F> cell, String operation, int status, List<String> failures) {
        checks++;
        if (!cell.answer().accepts(status)) {
            failures.add(cell.who() + " " + operation + ": " + status + ", documented " + cell.answer());
        }
    }

    private static boolean changes(Snapshot before, Fixture fixture) {
        try {
            Awaitility.await()
                    .atMost(Duration.ofSeconds(20))
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> !before.differences(Snapshot.of(Tokens.as("admin"), fixture.reads()))
                            .isEmpty());
            return true;
        } catch (ConditionTimeoutException e) {
            return false;
        }
    }

    private static final Pattern UUID_PATTERN =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private record Answer(int status, String body) {}

    /**
     * A 404 outside the subtree against the 404 of the same request aimed at an id that does not exist: the id its
     * detail names, which must be one the caller sent (else it tells the caller something of the thing they may not
     * see), or where it names none, the path's ids. The two bodies must be equal once the made-up id reads as the real
     * one.
     */
    private List<String> readsLikeAbsent(String operation, String token, Request request, Answer outside) {
        if (outside.status() != 404) {
            return List.of();
        }
        String sent = request.url() + " " + (request.body() == null ? "" : request.body());
        Matcher named = UUID_PATTERN.matcher(JsonPath.from(outside.body()).getString("detail"));
        Map<String, String> madeUp = new HashMap<>();
        while (named.find()) {
            if (!sent.contains(named.group())) {
                return List.of(operation + ": outside the subtree the 404 names an id the caller did not send: "
                        + outside.body());
            }
            madeUp.put(named.group(), UUID.randomUUID().toString());
        }
        if (madeUp.isEmpty()) {
            Matcher inPath = UUID_PATTERN.matcher(request.url());
            while (inPath.find()) {
                madeUp.put(inPath.group(), UUID.randomUUID().toString());
            }
        }
        if (madeUp.isEmpty()) {
            return List.of();
        }
        Request absent = new Request(
                request.method(),
                replaceIds(request.url(), madeUp),
                request.contentType(),
                request.body() == null ? null : replaceIds(request.body(), madeUp));
        Answer answer = answer(token, absent);
        checks++;
        String restored = answer.body();
        for (Map.Entry<String, String> id : madeUp.entrySet()) {
            restored = restored.replace(id.getValue(), id.getKey());
        }
        if (answer.status() != 404 || !restored.equals(outside.body())) {
            return List.of(operation + ": outside the subtree answers " + outside.body()
                    + ", an id that does not exist " + answer.status() + " " + restored);
        }
        return List.of();
    }

    private static String replaceIds(String text, Map<String, String> madeUp) {
        for (Map.Entry<String, String> id : madeUp.entrySet()) {
            text = text.replace(id.getKey(), id.getValue());
        }
        return text;
    }

    private static int send(String token, Request request) {
        return answer(token, request).status();
    }

    private static Answer answer(String token, Request request) {
        PlainHttp.Answer answer =
                PlainHttp.send(token, request.method(), request.url(), request.contentType(), request.body());
        return new Answer(answer.status(), answer.body());
    }

    private Set<String> documentedOperations() {
        List<String> all = table.routeClasses().stream()
                .flatMap(routeClass -> table.operations(routeClass).stream())
                .toList();
        assertEquals(all.size(), Set.copyOf(all).size(), "an operation in two route classes: " + all);
        return Set.copyOf(all);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> operationsOfTheOpenApiDocument() {
        Map<String, Map<String, Object>> paths =
                given().get("/q/openapi?format=json").then().extract().path("paths");
        Set<String> operations = new TreeSet<>();
        paths.forEach((path, methods) -> methods.keySet().forEach(m -> operations.add(m.toUpperCase() + " " + path)));
        return operations;
    }
}
