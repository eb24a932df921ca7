package io.bokjiflow.e2e;

import java.time.Duration;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import io.bokjiflow.casework.ApplicationSummary;
import io.bokjiflow.casework.Casework;
import io.bokjiflow.casework.NewApplication;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case view in a real Chromium: bpmn-js draws the process diagram of the case's
 * version, with the activity the case waits in highlighted. Saves
 * {@code target/screenshots/case-view.png} ({@code docs/images/case-view.png} is a copy).
 */
class CaseViewE2E extends BrowserTest {

	@Autowired
	private Casework casework;

	@Override
	protected int[] viewport() {
		return new int[] { 1440, 1000 };
	}

	@Test
	void caseworkerSeesWhereTheCaseStandsOnTheProcessDiagram() {
		ApplicationSummary app = as("cw.gangnam", () -> this.casework.submit(new NewApplication("TRAVEL_VOUCHER",
				newApplicantRrn(), "윤다은", "서울 강남구 역삼로 21", "1168064000", true, false, UUID.randomUUID().toString())));
		Task task = awaitTask(app.applicationNo(), Duration.ofSeconds(90));

		signInAs("cw.gangnam");
		this.page.navigate(baseUrl() + "/cases/" + app.applicationNo());
		assertThat(this.page.locator("#case-title")).containsText(app.applicationNo());
		Locator diagram = this.page.locator("bokjiflow-process-diagram[rendered]");
		assertThat(diagram.locator("svg").first()).isVisible();
		// The innermost running process is shown first: the decision, waiting in review.
		Locator active = diagram
			.locator(".djs-element.bf-active[data-element-id='" + task.getTaskDefinitionKey() + "']");
		assertThat(active).isVisible();
		assertThat(diagram.locator(".djs-element.bf-completed").first()).isAttached();
		assertThat(this.page.locator("#case-position")).containsText("지금 단계");
		assertThat(this.page.locator("#case-audit-trail")).isVisible();
		assertThat(diagram.getAttribute("error")).isNull();

		shot("case-view-top");
		this.page.locator("#case-diagram").scrollIntoViewIfNeeded();
		shot("case-view");
	}

}
