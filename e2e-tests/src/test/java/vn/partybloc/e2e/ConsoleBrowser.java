package vn.partybloc.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;

/** The stack's admin console in Debian's Chromium, signed in at the real Keycloak login page. */
final class ConsoleBrowser {

    private ConsoleBrowser() {}

    static Browser launch(Playwright playwright) {
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"))));
    }

    /** A page at {@code path} of the console, after signing in as the demo {@code user} (password user-demo). */
    static Page signedIn(BrowserContext context, String user, String path) {
        Page page = context.newPage();
        page.navigate(url(path));
        page.locator("#username").fill(user);
        page.locator("#password").fill(user + "-demo");
        page.locator("#kc-login").click();
        page.waitForURL(url("/**"));
        return page;
    }

    static String url(String path) {
        return "http://localhost:" + LocalStack.CONSOLE + path;
    }
}
