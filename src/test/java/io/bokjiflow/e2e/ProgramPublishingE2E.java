package io.bokjiflow.e2e;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Publishing a new version of a local program in a real headless Chromium: the local
 * official of 강남구 raises the longevity allowance and lowers its age, previews who gains
 * eligibility, submits; the supervisor reads the changes and approves; the program list
 * shows the new version. Screenshots in {@code target/screenshots/program-*.png}.
 */
class ProgramPublishingE2E extends BrowserTest {

	private static final String CODE = "L11680-LONGEVITY";

	@Override
	protected int[] viewport() {
		// Tall, so that one screenshot holds the editor's form builder, criteria and
		// preview
		// (the app layout scrolls inside its content, which a full-page shot does not
		// follow).
		return new int[] { 1440, 1500 };
	}

	@Test
	void officialChangesASampleProgramAndTheSupervisorApprovesIt() {
		signInAs("official.gangnam");
		this.page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("지역 사업 설정")).click();
		this.page.waitForURL(url -> url.endsWith("/programs"));
		Locator row = this.page.locator("vaadin-grid-cell-content")
			.filter(new Locator.FilterOptions().setHasText("강남구 장수수당"));
		assertThat(row.first()).isVisible();
		shot("program-list");
		row.first().dblclick();
		this.page.waitForURL(url -> url.endsWith("/programs/" + CODE));
		assertThat(this.page.locator("#program-banner")).hasAttribute("data-status", "PUBLISHED");
		this.page.locator("#program-change").click();
		assertThat(this.page.locator("#program-banner")).hasAttribute("data-status", "DRAFT");

		Locator amount = this.page.locator("#program-amount input");
		long before = Long.parseLong(amount.inputValue());
		long after = before + 10_000;
		amount.fill(String.valueOf(after));
		amount.press("Tab");
		Locator minAge = this.page.locator("#criteria-min-age input");
		minAge.fill("70");
		minAge.press("Tab");
		assertThat(this.page.locator("#criteria-summary")).containsText("70세 이상");

		this.page.locator("#program-preview").click();
		assertThat(this.page.locator("#preview-qualifying")).isVisible();
		assertThat(this.page.locator("#program-preview-result")).containsText("새로");
		long qualifying = count("#preview-qualifying");
		long current = count("#preview-current");
		long gaining = count("#preview-gaining");
		org.assertj.core.api.Assertions.assertThat(count("#preview-losing")).as("a lower age loses nobody").isZero();
		org.assertj.core.api.Assertions.assertThat(qualifying).isEqualTo(current + gaining);
		scrollToTop("#program-form-section");
		shot("program-editor");
		scrollToTop("#program-criteria-section");
		shot("program-preview");

		this.page.locator("#program-submit").click();
		assertThat(this.page.locator("#program-banner")).hasAttribute("data-status", "PENDING_APPROVAL");

		this.page.locator("#logout").click();
		this.page.waitForURL(url -> url.contains("/login"));
		signInAs("sv.gangnam");
		this.page.navigate(baseUrl() + "/program-approvals");
		Locator card = this.page.locator("#approval-" + CODE);
		assertThat(card).containsText("금액: " + won(before) + " → " + won(after));
		assertThat(card).containsText("90세 이상");
		assertThat(card).containsText("70세 이상");
		assertThat(card).not().containsText("신청 항목:");
		assertThat(card.locator("#preview-gaining")).isVisible();
		scrollToTop("#approval-" + CODE);
		shot("program-approval");
		this.page.locator("#approve-" + CODE).click();
		assertThat(this.page.locator("#approval-" + CODE)).hasCount(0);

		this.page.navigate(baseUrl() + "/programs");
		Locator listed = this.page.locator("vaadin-grid-cell-content");
		assertThat(listed.filter(new Locator.FilterOptions().setHasText(won(after))).first()).isVisible();
		this.page.navigate(baseUrl() + "/programs/" + CODE);
		assertThat(this.page.locator("#program-banner")).hasAttribute("data-status", "PUBLISHED");
		assertThat(this.page.locator("#program-history")).containsText("sv.gangnam");
	}

	private void scrollToTop(String selector) {
		this.page.locator(selector).evaluate("e => e.scrollIntoView({block: 'start'})");
	}

	private long count(String selector) {
		return Long.parseLong(this.page.locator(selector).innerText().replace(",", "").strip());
	}

	private static String won(long amount) {
		return String.format("%,d원", amount);
	}

}
