package io.bokjiflow.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public service finder in headless Chromium at a phone's width (360 px) and a
 * desktop's: no login, search and a program page, the self-check done with the keyboard
 * only, axe-core (WCAG 2.1 A/AA rules) with no serious or critical violation on every
 * page, the first page's navigation timing written to {@code target/finder-timing.txt},
 * and the logs — with Vaadin, Spring web and security at DEBUG during the self-check —
 * holding none of the typed values. Screenshots in
 * {@code target/screenshots/finder-*.png}.
 */
class FinderE2E extends BrowserTest {

	private static final Path TIMING = Paths.get("target", "finder-timing.txt");

	private static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	/** Typed ages nothing else in a log is likely to print. */
	private static final String AGE_SELF = "103";

	private static final String AGE_OTHER = "101";

	@Test
	void searchesAndReadsAProgramOnAPhoneAndADesktopWithoutSigningIn() throws IOException {
		for (int[] size : new int[][] { { 360, 740 }, { 1366, 900 } }) {
			String width = size[0] < 600 ? "phone" : "desktop";
			this.page.setViewportSize(size[0], size[1]);
			long started = System.nanoTime();
			this.page.navigate(baseUrl() + "/finder");
			assertThat(this.page.locator("#finder-count")).containsText("검색 결과");
			long visibleMs = (System.nanoTime() - started) / 1_000_000;
			recordTiming(width, visibleMs);
			assertThat(this.page).hasURL(Pattern.compile(".*/finder$"));
			noHorizontalScroll(width);
			shot("finder-search-" + width);
			accessible("search " + width);

			this.page.locator("#finder-keyword input").fill("바우처");
			this.page.locator("#finder-keyword input").press("Enter");
			Locator travel = this.page.locator("#finder-results a")
				.filter(new Locator.FilterOptions().setHasText("여행바우처"));
			assertThat(travel.first()).isVisible();
			travel.first().click();
			assertThat(this.page.locator("#program-name")).hasText("여행바우처");
			assertThat(this.page.locator("#docs-now")).containsText("신청서");
			pick("#place-sido", "서울특별시");
			pick("#place-sigungu", "강남구");
			assertThat(this.page.locator("#centres li").first()).containsText("행정복지센터");
			assertThat(this.page.locator("#centres-note")).containsText("위치를 찾은 것이 아니라");
			noHorizontalScroll(width + " program");
			shot("finder-program-" + width);
			accessible("program " + width);
		}
		// English on request, from the public layout's switch.
		this.page.locator("#language-switch").click();
		assertThat(this.page.locator("#program-name")).hasText("Travel voucher",
				new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setIgnoreCase(true));
	}

	@Test
	void doesTheSelfCheckWithTheKeyboardOnlyAndLogsNothingTyped() throws IOException {
		this.page.setViewportSize(360, 740);
		this.page.navigate(baseUrl() + "/finder/check");
		this.page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(this.page.locator("#check-notice")).containsText("저장하지 않고");
		accessible("self-check form");

		ListAppender<ILoggingEvent> captured = new ListAppender<>();
		Map<String, Level> levels = new HashMap<>();
		for (String name : List.of("com.vaadin", "org.springframework.web", "org.springframework.security",
				"org.atmosphere", "io.bokjiflow", "org.springframework.jdbc")) {
			Logger logger = (Logger) LoggerFactory.getLogger(name);
			levels.put(name, logger.getLevel());
			logger.setLevel(Level.DEBUG);
		}
		Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		captured.start();
		root.addAppender(captured);
		try {
			// From the top of the page: the skip link comes first, then the header.
			List<String> order = new ArrayList<>();
			for (int i = 0; i < 15 && !"check-sido".equals(active()); i++) {
				this.page.keyboard().press("Tab");
				order.add(active());
			}
			assertThat(order.get(0)).as("first tab stop").isEqualTo("skip-link");
			assertThat(order).containsSubsequence("nav-finder", "nav-check", "language-switch", "check-sido");
			assertThat(focusOutline()).as("a visible focus ring").isNotEqualTo("none");
			shot("finder-check-focus");

			chooseFirstWithKeyboard();
			assertThat(this.page.locator("#check-sido")).containsText("서울특별시");
			assertThat(this.page.locator("#check-sigungu")).not().hasAttribute("disabled", "");
			tabTo("check-sigungu");
			chooseFirstWithKeyboard();
			assertThat(this.page.locator("#check-sigungu")).containsText("강남구");
			assertThat(this.page.locator("#check-dong")).not().hasAttribute("disabled", "");
			tabTo("check-dong");
			tabTo("check-household");
			this.page.keyboard().press("Control+A");
			this.page.keyboard().type("2");
			tabTo("check-age-0");
			assertThat(this.page.locator("#check-age-1")).isAttached();
			this.page.keyboard().type(AGE_SELF);
			tabTo("check-age-1");
			this.page.keyboard().type(AGE_OTHER);
			tabTo("check-income");
			this.page.keyboard().press("Space");
			this.page.keyboard().press("ArrowDown");
			tabTo("check-all-earned");
			tabTo("check-assets");
			this.page.keyboard().press("Space");
			this.page.keyboard().press("ArrowDown");
			tabTo("check-home-owner");
			tabTo("check-vehicles");
			tabTo("check-qualifications");
			this.page.keyboard().press("Space");
			for (int i = 0; i < 10 && !"check-submit".equals(active()); i++) {
				this.page.keyboard().press("Tab");
			}
			assertThat(active()).isEqualTo("check-submit");
			long started = System.nanoTime();
			this.page.keyboard().press("Enter");
			assertThat(this.page.locator("#check-summary")).containsText("받을 가능성이 높은 사업");
			System.out.printf("[finder] self-check answered in %d ms%n", (System.nanoTime() - started) / 1_000_000);
			assertThat(active()).as("focus moves to the result").isEqualTo("check-results-title");
			assertThat(this.page.locator("#check-findings")).containsText("강남구 장수수당");
			assertThat(this.page.locator("#check-findings")).containsText("확인 필요");
			shot("finder-check-result-phone");
			accessible("self-check result");

			for (int i = 0; i < 40 && !active().contains("apply-at-centre"); i++) {
				this.page.keyboard().press("Tab");
			}
			assertThat(active()).contains("apply-at-centre");
			this.page.keyboard().press("Enter");
			assertThat(this.page.locator("#handoff-code"))
				.hasText(Pattern.compile("[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}"));
			assertThat(this.page.locator("#handoff-answers")).containsText("나이: " + AGE_SELF + ", " + AGE_OTHER);
			assertThat(this.page.locator("#handoff-answers")).containsText("월 소득: 100만 원 이하");
			assertThat(this.page.locator("#handoff-answers")).containsText("기초생활수급자 (생계·의료급여)");
			assertThat(active()).isEqualTo("handoff-title");
			shot("finder-handoff-phone");
			accessible("hand-off");
			this.page.setViewportSize(1366, 900);
			shot("finder-check-desktop");
		}
		finally {
			root.detachAppender(captured);
			levels.forEach((name, level) -> ((Logger) LoggerFactory.getLogger(name)).setLevel(level));
		}
		List<String> lines = new ArrayList<>();
		for (ILoggingEvent event : List.copyOf(captured.list)) {
			lines.add(event.getLoggerName() + " " + event.getFormattedMessage());
			for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
				lines.add(t.getClassName() + ": " + t.getMessage());
			}
		}
		System.out.printf("[finder] log scan: %d lines captured at DEBUG during the self-check%n", lines.size());
		assertThat(lines).as("DEBUG logging was on").hasSizeGreaterThan(10);
		Pattern typed = Pattern.compile("(?<![\\w.])(" + AGE_SELF + "|" + AGE_OTHER + ")(?![\\w.])");
		assertThat(lines).filteredOn(l -> typed.matcher(l).find()).as("typed ages in the logs").isEmpty();
		assertThat(lines)
			.filteredOn(l -> l.contains("memberAges") || l.contains("householdSize")
					|| l.contains("LIVELIHOOD_OR_MEDICAL") || l.contains("UP_TO_1M") || l.contains("UP_TO_50M"))
			.as("answers in the logs")
			.isEmpty();
	}

	/** The id of the focused element (through shadow roots), or its class. */
	private String active() {
		return (String) this.page.evaluate("""
				() => {
				  let e = document.activeElement;
				  while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;
				  if (!e) return '';
				  if (e.classList && e.classList.contains('skip-link')) return 'skip-link';
				  const button = e.closest('vaadin-button');
				  if (button && button.classList.contains('apply-at-centre')) return 'apply-at-centre';
				  // The nearest element with an id of ours (not the inner input's or label's).
				  let n = e;
				  while (n && !(n.id && !n.id.startsWith('input-') && !n.id.startsWith('label-'))) {
				    n = n.parentElement || (n.getRootNode && n.getRootNode().host) || null;
				  }
				  return n ? n.id : (e.className || e.tagName);
				}""");
	}

	/** The outline style of the focused host element. */
	private String focusOutline() {
		return (String) this.page.evaluate("""
				() => {
				  let e = document.activeElement;
				  const host = e.closest('[id]');
				  return getComputedStyle(host).outlineStyle;
				}""");
	}

	/**
	 * Opens the focused select with the arrow key, waits for its list to take the focus,
	 * and takes the first item with Enter.
	 */
	private void chooseFirstWithKeyboard() {
		this.page.keyboard().press("ArrowDown");
		this.page.locator("vaadin-select-overlay[opened] vaadin-select-item").first().waitFor();
		this.page
			.waitForFunction("() => document.activeElement && document.activeElement.tagName === 'VAADIN-SELECT-ITEM'");
		this.page.keyboard().press("Enter");
		this.page.locator("vaadin-select-overlay[opened]")
			.waitFor(new Locator.WaitForOptions()
				.setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
	}

	private void tabTo(String id) {
		this.page.keyboard().press("Tab");
		assertThat(active()).as("tab order").isEqualTo(id);
	}

	private void pick(String selectId, String item) {
		this.page.locator(selectId).click();
		this.page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(item)).first().click();
		assertThat(this.page.locator(selectId)).containsText(item);
	}

	private void noHorizontalScroll(String what) {
		Object overflow = this.page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
		assertThat(((Number) overflow).intValue()).as("horizontal overflow of %s", what).isLessThanOrEqualTo(1);
	}

	/** axe-core's WCAG 2.1 A/AA rules: no serious or critical violation. */
	private void accessible(String what) {
		AxeResults results = new AxeBuilder(this.page).withTags(AXE_TAGS).analyze();
		List<Rule> bad = results.getViolations()
			.stream()
			.filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
			.toList();
		String report = bad.stream()
			.map(v -> v.getId() + " (" + v.getImpact() + "): "
					+ v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"));
		System.out.printf("[finder] axe %s: %d violations (%d serious or critical), %d passes%n", what,
				results.getViolations().size(), bad.size(), results.getPasses().size());
		assertThat(bad).as("axe serious/critical violations on %s:%n%s", what, report).isEmpty();
	}

	private void recordTiming(String width, long visibleMs) throws IOException {
		@SuppressWarnings("unchecked")
		Map<String, Object> nav = (Map<String, Object>) this.page.evaluate("""
				() => { const n = performance.getEntriesByType('navigation')[0];
				  return { ttfb: n.responseStart, domContentLoaded: n.domContentLoadedEventEnd, load: n.loadEventEnd,
				           transfer: n.transferSize }; }""");
		String line = String.format(
				"%s width: ttfb %.0f ms, DOMContentLoaded %.0f ms, load %.0f ms, results visible %d ms (wall clock, this machine)%n",
				width, ((Number) nav.get("ttfb")).doubleValue(), ((Number) nav.get("domContentLoaded")).doubleValue(),
				((Number) nav.get("load")).doubleValue(), visibleMs);
		System.out.print("[finder] first page " + line);
		Files.writeString(TIMING, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
	}

}
