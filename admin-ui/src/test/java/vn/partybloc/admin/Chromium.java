package vn.partybloc.admin;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;

/**
 * Debian's Chromium driven by Playwright: the browser the tests run in is the system's ({@code .ci/ensure-chromium}
 * installs it), never one Playwright downloads. {@code CHROMIUM} names another executable.
 */
final class Chromium {

    private Chromium() {}

    static Browser launch(Playwright playwright) {
        String executable = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of(executable))
                        .setHeadless(true));
    }
}
