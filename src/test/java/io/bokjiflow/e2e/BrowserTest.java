package io.bokjiflow.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.LoadState;
import io.bokjiflow.testing.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the browser tests: Debian's headless Chromium (never a downloaded one) driven
 * by Playwright against the shared running application, a fresh browser context per test,
 * and screenshots in {@code target/screenshots/}.
 */
abstract class BrowserTest extends IntegrationTest {

	private static final Path SHOTS = Paths.get("target", "screenshots");

	private static Playwright playwright;

	private static Browser browser;

	private BrowserContext context;

	/** The page of the current test. */
	protected Page page;

	@BeforeAll
	static void launchBrowser() throws Exception {
		Files.createDirectories(SHOTS);
		// Pages (Camunda Cockpit especially) can take seconds on a busy 2-core machine.
		PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions()
				.setExecutablePath(Paths.get(System.getProperty("bokjiflow.test.chromium", "/usr/bin/chromium")))
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
						"--disable-background-networking", "--disable-component-update", "--disable-sync")));
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	/** The browser window size of this test class. */
	protected int[] viewport() {
		return new int[] { 1366, 900 };
	}

	@BeforeEach
	void newContext() {
		int[] size = viewport();
		this.context = browser
			.newContext(new Browser.NewContextOptions().setViewportSize(size[0], size[1]).setLocale("ko-KR"));
		this.context.setDefaultTimeout(30_000);
		this.page = this.context.newPage();
	}

	@AfterEach
	void closeContext() {
		this.context.close();
	}

	/** Signs a demo user in through the login page. */
	protected void signInAs(String username) {
		this.page.navigate(baseUrl() + "/login");
		this.page.waitForLoadState(LoadState.NETWORKIDLE);
		this.page.locator("input[name='username']").fill(username);
		this.page.locator("input[name='password']").fill(PASSWORD);
		this.page.locator("input[name='password']").press("Enter");
		this.page.waitForURL(url -> !url.contains("/login"));
	}

	/** Saves a screenshot of the whole page as {@code target/screenshots/<name>.png}. */
	protected void shot(String name) {
		this.page.waitForTimeout(400);
		this.page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
	}

}
