package vn.partybloc.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.partybloc.organization.Fixtures.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.AccessMatrixTestBase;
import vn.partybloc.testing.AccessTable;
import vn.partybloc.testing.Snapshot;
import vn.partybloc.testing.Tokens;

@QuarkusTest
class SecurityTest extends AccessMatrixTestBase {

    private static final String ORGS = "/api/v1/organizations";

    /**
     * The caller table of docs/security.md ("organization-service"), cell by cell: every documented operation with a
     * token of every caller. A write is a valid request on a tree founded for it; an allowed one must change what the
     * tree reads, a refused one must leave every read of it exactly as it was.
     */
    @Test
    void everyCallerGetsTheDocumentedAnswerOnEveryOperation() {
        AccessTable table = AccessTable.of("### organization-service");
        assertEquals(Set.copyOf(CALLERS.keySet()), Set.copyOf(table.callers()), "the callers of the table");
        assertEquals(operationsOfTheOpenApiDocument(), documentedOperations(table), "the operations of the table");
        WriteRequests.Tree readTree = WriteRequests.Tree.found();
        String term = WriteRequests.openTerm(readTree.cell());
        List<String> failures = new ArrayList<>();
        int checks = 0;
        for (String routeClass : table.routeClasses()) {
            for (String operation : table.operations(routeClass)) {
                List<Check> cells = new ArrayList<>();
                for (String row : table.callers()) {
                    for (Caller caller : CALLERS.get(row)) {
                        cells.add(new Check(row + " (" + caller.name() + ")", caller, table.answer(row, routeClass)));
                    }
                }
                if (operation.startsWith("GET ")) {
                    cells.forEach(cell -> failures.addAll(read(operation, readTree, term, cell)));
                } else {
                    failures.addAll(write(operation, cells));
                }
                checks += cells.size();
            }
        }
        assertTrue(failures.isEmpty(), checks + " checks, failed:\n" + String.join("\n", failures));
    }

    private record Caller(
            String name, Function<WriteRequests.Tree, String> token, Function<WriteRequests.Tree, String> outside) {

        static Caller role(String role) {
            return new Caller(role, tree -> Tokens.as(role), null);
        }

        static Caller fixed(String name, Supplier<String> token) {
            return new Caller(name, tree -> token.get(), null);
        }
    }

    private static final String EXPIRED = Tokens.expired("admin");
    private static final String FORGED = Tokens.badSignature("admin");

    /** The first column of the caller table, and the tokens that stand for each row. */
    private static final Map<String, List<Caller>> CALLERS = Map.of(
            "admin",
            List.of(Caller.role("admin")),
            "organizer",
            List.of(Caller.role("organizer")),
            "inspector",
            List.of(Caller.role("inspector")),
            "viewer",
            List.of(Caller.role("viewer")),
            "integration",
            List.of(Caller.role("integration")),
            "secretary with org_id",
            List.of(new Caller(
                    "secretary of the tree's committee",
                    tree -> Tokens.secretaryOf(tree.committee()),
                    tree -> Tokens.secretaryOf(tree.elsewhere()))),
            "secretary without a valid org_id",
            List.of(Caller.fixed("no org_id", () -> Tokens.as("secretary"))),
            "none of these roles",
            List.of(Caller.fixed("guest", () -> Tokens.as("guest"))),
            "no token, or a bad token",
            List.of(
                    Caller.fixed("no token", () -> null),
                    Caller.fixed("expired", () -> EXPIRED),
                    Caller.fixed("forged", () -> FORGED)));

    private record Check(String who, Caller caller, AccessTable.Answer answer) {}

    private static List<String> read(String operation, WriteRequests.Tree tree, String term, Check check) {
        String url = operation
                .substring("GET ".length())
                .replace("{id}", tree.cell().toString())
                .replace("{termId}", term);
        List<String> failures = new ArrayList<>();
        int status = send(check.caller().token().apply(tree), "GET", url, null);
        if (!check.answer().accepts(status)) {
            failures.add(check.who() + " " + operation + ": " + status + ", documented " + check.answer());
        }
        // Outside a secretary's subtree only an organization named in the path can be refused; lists are filtered.
        Integer outside = check.answer().outside();
        if (check.caller().outside() != null && outside != null && operation.contains("{id}")) {
            int status2 = send(check.caller().outside().apply(tree), "GET", url, null);
            if (status2 != outside) {
                failures.add(check.who() + " " + operation + ": outside the subtree " + status2 + ", documented "
                        + check.answer());
            }
        }
        return failures;
    }

    /**
     * The refused callers try the same write on one tree, which must read the same afterwards; each allowed caller
     * makes it on a tree of its own, which must read differently afterwards.
     */
    private static List<String> write(String operation, List<Check> cells) {
        Function<WriteRequests.Tree, WriteRequests.Request> requests = WriteRequests.BY_OPERATION.get(operation);
        if (requests == null) {
            return List.of(operation + ": no request in WriteRequests to try it with");
        }
        List<String> failures = new ArrayList<>();
        WriteRequests.Tree shared = WriteRequests.Tree.found();
        WriteRequests.Request refusedRequest = requests.apply(shared);
        Snapshot before = Snapshot.of(admin(), shared.reads());
        List<String> refused = new ArrayList<>();
        for (Check cell : cells) {
            boolean allowed = cell.answer().allowed();
            WriteRequests.Tree tree = allowed ? WriteRequests.Tree.found() : shared;
            WriteRequests.Request request = allowed ? requests.apply(tree) : refusedRequest;
            Snapshot treeBefore = allowed ? Snapshot.of(admin(), tree.reads()) : before;
            int status = send(cell.caller().token().apply(tree), request.method(), request.url(), request.body());
            if (!cell.answer().accepts(status)) {
                failures.add(cell.who() + " " + operation + ": " + status + ", documented " + cell.answer());
            }
            if (allowed
                    && treeBefore
                            .differences(Snapshot.of(admin(), tree.reads()))
                            .isEmpty()) {
                failures.add(cell.who() + " " + operation + ": allowed, yet it changed nothing the tree reads");
            }
            if (!allowed) {
                refused.add(cell.who());
            }
        }
        List<String> changed = before.differences(Snapshot.of(admin(), shared.reads()));
        if (!changed.isEmpty()) {
            failures.add(operation + ": refused to " + refused + ", yet the tree changed: " + changed);
        }
        return failures;
    }

    private static int send(String token, String method, String url, String body) {
        RequestSpecification request = given();
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (body != null) {
            request.contentType("application/json").body(body);
        }
        return request.request(method, url).statusCode();
    }

    private static Set<String> documentedOperations(AccessTable table) {
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

    @Test
    void noTokenIsUnauthorizedWithAProblemAndAChallenge() {
        given().get(ORGS)
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
        given().contentType("application/json")
                .body(Fixtures.foundBody("NT", "X", "GRASSROOTS_COMMITTEE", Fixtures.root(), "2020-01-01"))
                .post(ORGS)
                .then()
                .statusCode(401);
    }

    @Test
    void expiredWrongIssuerWrongAudienceAndForgedTokensAreUnauthorized() {
        for (String token : List.of(
                Tokens.expired("admin"),
                Tokens.wrongIssuer("admin"),
                Tokens.wrongAudience("admin"),
                Tokens.badSignature("admin"),
                "not.a.jwt")) {
            given().auth().oauth2(token).get(ORGS).then().statusCode(401).contentType("application/problem+json");
        }
    }

    @Override
    protected List<String> readOnlyTokens() {
        return List.of(
                Tokens.as("viewer"),
                Tokens.as("inspector"),
                Tokens.as("integration"),
                Tokens.secretaryOf(Fixtures.root()));
    }

    @Override
    protected String pathValue() {
        return Fixtures.root().toString();
    }

    @Override
    protected int minimumWrites() {
        return 10;
    }

    @Test
    void aTokenWithNoKnownRoleIsForbidden() {
        given().auth()
                .oauth2(Tokens.as("guest"))
                .get(ORGS)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void secretarySeesOnlyTheirOwnSubtree() {
        UUID mine = Fixtures.committee("Đảng bộ Sở Khoa học");
        UUID myCell = Fixtures.cell(mine, "Chi bộ Phòng Quản lý Khoa học");
        UUID other = Fixtures.committee("Đảng bộ Sở Tư pháp");
        UUID otherCell = Fixtures.cell(other, "Chi bộ Phòng Công chứng");
        String secretary = Tokens.secretaryOf(mine);

        given().auth().oauth2(secretary).get(ORGS + "/" + myCell).then().statusCode(200);
        given().auth()
                .oauth2(secretary)
                .get(ORGS + "/" + mine + "/subtree")
                .then()
                .statusCode(200)
                .body("items.id", contains(myCell.toString()));
        for (UUID hidden : List.of(other, otherCell, Fixtures.root())) {
            given().auth()
                    .oauth2(secretary)
                    .get(ORGS + "/" + hidden)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
            given().auth()
                    .oauth2(secretary)
                    .get(ORGS + "/" + hidden + "/children")
                    .then()
                    .statusCode(404);
            given().auth()
                    .oauth2(secretary)
                    .get(ORGS + "/" + hidden + "/history")
                    .then()
                    .statusCode(404);
            given().auth()
                    .oauth2(secretary)
                    .get(ORGS + "/" + hidden + "/terms")
                    .then()
                    .statusCode(404);
        }
        given().auth()
                .oauth2(secretary)
                .queryParam("size", 500)
                .get(ORGS)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(mine.toString()))
                .body("items.id", not(hasItem(other.toString())))
                .body("items.path", everyItem(hasItem(mine.toString())));
        given().auth()
                .oauth2(secretary)
                .get(ORGS + "/" + myCell + "/ancestors")
                .then()
                .body("id", contains(mine.toString()));
    }

    @Test
    void secretaryTokenWithoutOrganizationIsForbidden() {
        given().auth()
                .oauth2(Tokens.as("secretary"))
                .get(ORGS)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }
}
