package io.bokjiflow.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.bokjiflow.operations.OperationsFixture;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The process view in a real Chromium: bpmn-js draws a test process with the supervisor's
 * running instances as blue badges, incidents as red ones and the heatmap fill on the
 * activities taken. Saves {@code target/screenshots/process-view-e2e.png}.
 */
class ProcessViewE2E extends BrowserTest {

	@Autowired
	private RepositoryService repository;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private TaskService tasks;

	@Autowired
	private ManagementService management;

	@Override
	protected int[] viewport() {
		return new int[] { 1440, 1000 };
	}

	@Test
	void supervisorSeesCountsAndHeatOnTheDiagram() {
		OperationsFixture fixture = new OperationsFixture(this.repository, this.runtime, this.tasks, this.management);
		ProcessDefinition timer = fixture.deployTimer();
		ProcessInstance failing = fixture.start(timer, "11680");
		fixture.failTimer(failing.getId());
		fixture.start(timer, "11680");
		fixture.start(timer, "11110");

		signInAs("sv.gangnam");
		this.page.navigate(baseUrl() + "/processes");
		// The shared test database holds dozens of definitions; the grid shows a few
		// rows.
		this.page.locator("#process-search input").fill(timer.getKey());
		Locator row = this.page.locator("vaadin-grid-cell-content:text-is('" + timer.getKey() + "')");
		row.click();
		Locator version = this.page.locator("#process-version");
		if (!waitVisible(version, 10_000)) {
			// A click while the grid is still settling after its first data load can be
			// lost (seen once in CI): select the row again, as a user would.
			row.click();
		}
		assertThat(version).isVisible();
		Locator diagram = this.page.locator("bokjiflow-process-diagram[rendered]");
		assertThat(diagram.locator("svg").first())
			.isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
		Locator running = diagram.locator("[data-container-id='timer_wait'] .bf-badge-running");
		assertThat(running).hasText("2");
		assertThat(diagram.locator("[data-container-id='timer_wait'] .bf-badge-incidents")).hasText("1");
		assertThat(diagram.locator("[data-container-id='timer_wait'] .bf-badge-taken")).hasText("2");
		String fill = (String) this.page.evaluate(
				"() => document.querySelector(\".djs-element[data-element-id='timer_wait'] .djs-visual > circle\").style.fill");
		assertThat(fill).as("heat colour").isNotEmpty();
		assertThat(diagram.getAttribute("error")).isNull();
		this.page.locator("#process-view-diagram").scrollIntoViewIfNeeded();
		shot("process-view-e2e");
	}

	private static boolean waitVisible(Locator locator, double millis) {
		try {
			locator.waitFor(new Locator.WaitForOptions().setTimeout(millis));
			return true;
		}
		catch (com.microsoft.playwright.TimeoutError ex) {
			return false;
		}
	}

}
