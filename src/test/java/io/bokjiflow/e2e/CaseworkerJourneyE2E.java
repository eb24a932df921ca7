package io.bokjiflow.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.LoadState;
import io.bokjiflow.testing.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caseworker's day in a real headless Chromium (Debian's, never a downloaded one): sign
 * in, register a travel-voucher application, find its review task, claim it, decide, and
 * see it gone; then a supervisor finds the process in Camunda Cockpit with the same
 * login. Screenshots go to {@code target/screenshots/}.
 */
class CaseworkerJourneyE2E extends IntegrationTest {

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
			.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900).setLocale("ko-KR"));
		this.context.setDefaultTimeout(30_000);
		this.page = this.context.newPage();
	}

	@AfterEach
	void closeContext() {
		this.context.close();
	}

	@Test
	void caseworkerRegistersClaimsAndDecidesAnApplication() {
		signInAs("cw.gangnam");
		assertThat(this.page.locator("#card-my-tasks")).isVisible();
		shot("home");

		this.page.navigate(baseUrl() + "/applications/new");
		this.page.locator("#rrn input").fill("850912-1456786");
		this.page.locator("#rrn input").press("Tab");
		assertThat(this.page.locator("#person-status")).containsText("등록되지 않은 대상자");
		this.page.locator("#name input").fill("최동훈");
		this.page.locator("#address input").fill("서울 강남구 논현로 100");
		this.page.locator("#consent").click();
		shot("new-application");
		this.page.locator("#submit-application").click();
		Locator notice = this.page.locator("vaadin-notification-card")
			.filter(new Locator.FilterOptions().setHasText("신청번호"));
		assertThat(notice).isVisible();
		Matcher m = Pattern.compile("TV-\\d{4}-\\d{6}").matcher(notice.innerText());
		assertThat(m.find()).isTrue();
		String number = m.group();

		this.page.navigate(baseUrl() + "/tasks");
		this.page.locator("#tab-group").click();
		Locator cell = this.page.locator("vaadin-grid-cell-content")
			.filter(new Locator.FilterOptions().setHasText(number));
		for (int i = 0; i < 30 && cell.count() == 0; i++) {
			// The qualification is fetched asynchronously; refresh until the review task
			// is there.
			this.page.waitForTimeout(1000);
			this.page.locator("#refresh-tasks").click();
		}
		assertThat(cell.first()).isVisible();
		shot("task-list");

		cell.first().dblclick();
		assertThat(this.page.locator("#case-file")).containsText("국민기초생활보장 수급자로 확인됨");
		assertThat(this.page.locator("#case-file")).containsText("SIMULATOR");
		assertThat(this.page.locator("#case-file")).containsText("850912-1******");
		this.page.locator("#claim-task").click();
		assertThat(this.page.locator("#complete-task")).isEnabled();
		this.page.getByText("승인 (지원 결정)").click();
		shot("task-form");
		this.page.locator("#complete-task").click();

		this.page.waitForURL(url -> url.endsWith("/tasks"));
		assertThat(this.page.locator("vaadin-notification-card")
			.filter(new Locator.FilterOptions().setHasText("결정을 기록했습니다"))).isVisible();
		this.page.locator("#tab-mine").click();
		assertThat(cell).hasCount(0);
		this.page.locator("#tab-group").click();
		assertThat(cell).hasCount(0);
	}

	@Test
	void englishIsOneClickAway() {
		this.page.navigate(baseUrl() + "/login");
		this.page.getByText("English").click();
		assertThat(this.page.locator("vaadin-login-form")).containsText("Sign in");
		shot("login-en");
	}

	@Test
	void supervisorSeesTheProcessInCockpitWithTheSameLogin() {
		signInAs("sv.gangnam");
		this.page.navigate(baseUrl() + "/camunda/app/cockpit/default/#/processes");
		// Cockpit is a large single-page application: on a busy 2-core machine it needs
		// more
		// than the default 5 s to list the processes.
		assertThat(this.page.getByText("여행바우처 (Travel voucher)").first())
			.isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
		shot("cockpit");
	}

	private void signInAs(String username) {
		this.page.navigate(baseUrl() + "/login");
		this.page.waitForLoadState(LoadState.NETWORKIDLE);
		shot("login");
		this.page.locator("input[name='username']").fill(username);
		this.page.locator("input[name='password']").fill(PASSWORD);
		this.page.locator("input[name='password']").press("Enter");
		this.page.waitForURL(url -> !url.contains("/login"));
	}

	private void shot(String name) {
		this.page.waitForTimeout(300);
		this.page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
	}

}
