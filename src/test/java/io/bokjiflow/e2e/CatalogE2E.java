package io.bokjiflow.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;
import io.bokjiflow.testing.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * 복지알림이 in a real headless Chromium: sign in, search the catalogue, open a program and
 * read its details; screenshots in {@code target/screenshots/catalog*.png}.
 */
class CatalogE2E extends IntegrationTest {

	private static final Path SHOTS = Paths.get("target", "screenshots");

	private static Playwright playwright;

	private static Browser browser;

	private BrowserContext context;

	private Page page;

	@BeforeAll
	static void launchBrowser() throws Exception {
		Files.createDirectories(SHOTS);
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

	@BeforeEach
	void newContext() {
		this.context = browser
			.newContext(new Browser.NewContextOptions().setViewportSize(1440, 960).setLocale("ko-KR"));
		this.context.setDefaultTimeout(30_000);
		this.page = this.context.newPage();
	}

	@AfterEach
	void closeContext() {
		this.context.close();
	}

	@Test
	void caseworkerSearchesTheCatalogueAndOpensAProgram() {
		signInAs("cw.gangnam");
		this.page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("복지알림이")).click();
		this.page.waitForURL(url -> url.endsWith("/catalog"));
		assertThat(this.page.locator("#catalog-count")).containsText("검색 결과");
		shot("catalog-all");

		this.page.locator("#catalog-search input").fill("바우처");
		Locator travel = this.page.locator("vaadin-grid-cell-content")
			.filter(new Locator.FilterOptions().setHasText("여행바우처"));
		assertThat(travel.first()).isVisible();
		travel.first().click();
		assertThat(this.page.locator("#program-title")).hasText("여행바우처");
		assertThat(this.page.locator("#program-details")).containsText("국내 여행 경비");
		assertThat(this.page.locator("#docs-now")).containsText("신청서");
		assertThat(this.page.locator("#program-sources")).containsText("S1, S2");
		shot("catalog");
		this.page.locator("#program-details").evaluate("e => e.scrollTop = e.scrollHeight");
		assertThat(this.page.locator("#program-assumptions")).isVisible();
		shot("catalog-sources");

		this.page.locator("#catalog-search input").fill("");
		this.page.locator("#filter-linked").click();
		assertThat(this.page.locator("#catalog-count")).hasText("검색 결과 27개");
		this.page.locator("vaadin-grid-cell-content")
			.filter(new Locator.FilterOptions().setHasText("영구임대주택"))
			.first()
			.click();
		assertThat(this.page.locator("#program-documents")).containsText("금융재산 증빙서류");
		shot("catalog-linked");
	}

	private void signInAs(String username) {
		this.page.navigate(baseUrl() + "/login");
		this.page.waitForLoadState(LoadState.NETWORKIDLE);
		this.page.locator("input[name='username']").fill(username);
		this.page.locator("input[name='password']").fill(PASSWORD);
		this.page.locator("input[name='password']").press("Enter");
		this.page.waitForURL(url -> !url.contains("/login"));
	}

	private void shot(String name) {
		this.page.waitForTimeout(500);
		this.page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")));
	}

}
