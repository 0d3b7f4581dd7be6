package vn.partybloc.admin;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the console's browser tests share: Chromium, one browser context a test signed in at the test OIDC server, the
 * gateway stand-in's calls cleared before each test, and readers of what the pages give (downloads, axe-core's
 * findings).
 */
abstract class ConsoleInChromium {

    private static Playwright playwright;
    private static Browser browser;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    BrowserContext context;

    /** The cookies of the class's sign-in in each language: a class runs well within its tokens' five minutes. */
    private static final Map<String, String> SIGNED_IN = new HashMap<>();

    @BeforeAll
    static void launch() {
        playwright = Playwright.create();
        browser = Chromium.launch(playwright);
        SIGNED_IN.clear();
    }

    @AfterAll
    static void close() {
        playwright.close();
    }

    /** The console's client at the test OIDC server, the audience of its ID tokens. */
    private static final String CLIENT_ID = "quarkus-web-app";

    /** The test OIDC server, to give each sign-in tokens of its own. */
    @OidcWireMock
    WireMockServer oidc;

    @BeforeEach
    void clear() {
        GatewayStandIn.CALLS.clear();
    }

    /**
     * The test OIDC server signs its code flow's access token once, when it starts, for five minutes: a class that
     * signs in later got one already expired, and the console then asked the server for a refresh it does not answer.
     * Each test signs in with tokens signed now, as a real server would sign them.
     */
    @BeforeEach
    void tokensSignedNow() {
        Set<String> roles = Set.of("admin", "user");
        oidc.stubFor(WireMock.post("/auth/realms/quarkus/token")
                .withRequestBody(WireMock.containing("authorization_code"))
                .willReturn(WireMock.aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("""
                                {"access_token":"%s","refresh_token":"%s","id_token":"%s"}""".formatted(
                                        OidcWiremockTestResource.getAccessToken("alice", roles),
                                        UUID.randomUUID(),
                                        OidcWiremockTestResource.getIdToken("alice", roles, CLIENT_ID)))));
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    /**
     * A page opened at {@code path} signed in: at the test OIDC server's login form the first time in a class and
     * language, then with that sign-in's cookies (its session and its form token), as a browser that stayed signed in.
     */
    Page signedIn(String locale, String path) {
        String state = SIGNED_IN.get(locale);
        context = browser.newContext(
                new Browser.NewContextOptions().setLocale(locale).setStorageState(state));
        Page page = context.newPage();
        page.navigate("http://localhost:" + port + path);
        if (state == null) {
            page.locator("#username").fill("alice");
            page.locator("#login").click();
            page.waitForURL("http://localhost:" + port + "/**");
            SIGNED_IN.put(locale, context.storageState());
        }
        return page;
    }

    /** The idempotency key a stand-in's call was sent under. */
    static String keyOf(String call) {
        int key = call.indexOf(" key ");
        int language = call.indexOf(" in ", key);
        return call.substring(key, language < 0 ? call.length() : language);
    }

    /** The spreadsheet behind the page's download link: the file's name and its sheet. */
    record DownloadedSheet(String fileName, Sheet sheet) {}

    static DownloadedSheet downloadedSheet(Page page) throws IOException {
        DownloadedWorkbook downloaded = downloadedWorkbook(
                page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tải bảng tính (XLSX)")));
        return new DownloadedSheet(downloaded.fileName(), downloaded.workbook().getSheetAt(0));
    }

    /** The workbook behind a download link: the file's name and its sheets. */
    record DownloadedWorkbook(String fileName, Workbook workbook) {}

    static DownloadedWorkbook downloadedWorkbook(Page page, Locator link) throws IOException {
        Download download = page.waitForDownload(link::click);
        // Read whole into memory: the sheets stay readable once the file is closed.
        try (InputStream file = Files.newInputStream(download.path())) {
            return new DownloadedWorkbook(download.suggestedFilename(), new XSSFWorkbook(file));
        }
    }

    /** A sheet of figures by their names: a row a figure, after the title and the header rows. */
    static Map<String, Cell> figuresByName(Sheet sheet) {
        Map<String, Cell> figures = new HashMap<>();
        for (Row row : sheet) {
            if (row.getRowNum() > 1) {
                figures.put(row.getCell(0).getStringCellValue(), row.getCell(1));
            }
        }
        return figures;
    }

    /**
     * axe-core's WCAG 2 A and AA rules, in the browser: no serious or critical violation on the page. Axe in its legacy
     * mode: one {@code axe.run} in the page. The default runs each frame apart and finishes in a new
     * browser page, for cross-origin frames the console does not have; that took 2.0 s a check against 0.7 s.
     */
    static void assertNoSeriousViolation(Page page) {
        List<String> serious = new AxeBuilder(page)
                .setLegacyMode(true).withTags(List.of("wcag2a", "wcag2aa")).analyze().getViolations().stream()
                        .filter(rule -> List.of("serious", "critical").contains(rule.getImpact()))
                        .map(rule -> rule.getId() + ": " + rule.getHelp() + " "
                                + rule.getNodes().size() + "×")
                        .toList();
        assertTrue(serious.isEmpty(), page.url() + "\n" + String.join("\n", serious));
    }
}
