package io.bokjiflow.e2e;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * 복지알림이 in a real headless Chromium: sign in, search the catalogue, open a program and
 * read its details; screenshots in {@code target/screenshots/catalog*.png}.
 */
class CatalogE2E extends BrowserTest {

	@Override
	protected int[] viewport() {
		return new int[] { 1440, 960 };
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

}
