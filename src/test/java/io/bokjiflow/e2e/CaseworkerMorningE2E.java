package io.bokjiflow.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import io.bokjiflow.casework.ApplicationSummary;
import io.bokjiflow.casework.BulkResult;
import io.bokjiflow.casework.CaseTasks;
import io.bokjiflow.casework.Casework;
import io.bokjiflow.casework.NewApplication;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caseworker's whole morning in a real headless Chromium (issue 7): sign in, filter the
 * group's tasks, bulk-claim three, open one with the keyboard, save a draft, leave, come
 * back to the restored draft and decide; meanwhile the supervisor assigns one more task
 * and the bell rings without a reload; finally the case view, and the task list in
 * English. Screenshots go to {@code target/screenshots/morning-*.png} (copies in
 * {@code docs/images/}).
 */
class CaseworkerMorningE2E extends BrowserTest {

	/** 삼성1동: the browser filters by it, and no other test files its tasks there. */
	private static final String SAMSEONG1 = "1168058000";

	@Autowired
	private Casework casework;

	@Autowired
	private CaseTasks tasks;

	@Autowired
	private TaskService taskService;

	@Autowired
	private JdbcTemplate jdbc;

	private final List<ApplicationSummary> apps = new ArrayList<>();

	private ApplicationSummary submit(String name, String dong) {
		ApplicationSummary app = as("cw.gangnam", () -> this.casework.submit(new NewApplication("TRAVEL_VOUCHER",
				newApplicantRrn(), name, "서울 강남구 테헤란로 501", dong, true, false, UUID.randomUUID().toString())));
		this.apps.add(app);
		return app;
	}

	@AfterEach
	void completeWhatIsLeft() {
		approveOpenTasks(this.apps.stream().map(ApplicationSummary::applicationNo).toList());
		signOut();
	}

	@Test
	void caseworkersMorning() {
		try {
			morning();
		}
		catch (RuntimeException | AssertionError ex) {
			shot("morning-failure");
			throw ex;
		}
	}

	private void morning() {
		// Three new applications in 삼성1동 for the morning, a fourth in 역삼1동 that the
		// supervisor will assign later. New applicants always reach review.
		List<ApplicationSummary> three = List.of(submit("배수지", SAMSEONG1), submit("차은우", SAMSEONG1),
				submit("문가영", SAMSEONG1));
		ApplicationSummary fourth = submit("남주혁", "1168064000");
		List<String> threeTaskIds = three.stream()
			.map(a -> awaitTask(a.applicationNo(), Duration.ofSeconds(90)).getId())
			.toList();
		String fourthTaskId = awaitTask(fourth.applicationNo(), Duration.ofSeconds(90)).getId();
		this.jdbc.update("delete from nt_notification where recipient = 'cw.gangnam'");

		// 1. Sign in, the group's tasks, filtered to new applicants of 삼성1동.
		signInAs("cw.gangnam");
		this.page.navigate(baseUrl() + "/tasks");
		Locator grid = this.page.locator("#task-grid");
		assertThat(grid).isVisible();
		this.page.locator("#tab-group").click();
		assertThat(this.page.locator("#tab-group")).hasAttribute("selected", "");
		pick("#filter-dong", "vaadin-combo-box-item", "삼성1동");
		pick("#filter-flags", "vaadin-multi-select-combo-box-item", "통합DB에 처음 등록된 신청인");
		for (ApplicationSummary app : three) {
			assertThat(cell(app.applicationNo())).isVisible();
		}
		assertThat(cell(fourth.applicationNo())).hasCount(0);

		// 2. Select the three rows' checkboxes and claim them at once.
		assertThat(this.page.locator("#bulk-claim")).isDisabled();
		for (ApplicationSummary app : three) {
			Locator checkbox = rowCheckbox(app.applicationNo());
			checkbox.click();
			assertThat(checkbox).hasAttribute("checked", "");
		}
		assertThat(this.page.locator("#selection-info")).hasText("선택 3건");
		assertThat(this.page.locator("#bulk-claim")).isEnabled();
		shot("morning-task-list");
		this.page.locator("#bulk-claim").click();
		assertThat(this.page.locator("vaadin-notification-card")
			.filter(new Locator.FilterOptions().setHasText("3건 중 3건을 가져왔습니다"))).isVisible();
		assertThat(this.page.locator("#selection-info")).hasText("선택 0건");
		for (String taskId : threeTaskIds) {
			assertThat(this.taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee())
				.isEqualTo("cw.gangnam");
		}
		this.page.locator("#tab-mine").click();
		assertThat(this.page.locator("#tab-mine")).hasAttribute("selected", "");
		for (ApplicationSummary app : three) {
			assertThat(cell(app.applicationNo())).isVisible();
		}

		// 3. Open the first with the keyboard: focus its row, Enter.
		ApplicationSummary first = three.get(0);
		cell(first.applicationNo()).click();
		this.page.keyboard().press("Enter");
		this.page.waitForURL(url -> url.endsWith("/tasks/" + threeTaskIds.get(0)));
		assertThat(this.page.locator("h2").first()).containsText(first.applicationNo());
		assertThat(this.page.locator("#case-file")).containsText("920301-2******");

		// Part of the review, saved as a draft.
		String note = "주소지 전입일 확인 후 승인 예정";
		this.page.locator("#form-field-evidenceChecked").click();
		this.page.locator("#form-field-reviewNote textarea").fill(note);
		this.page.locator("#save-draft").click();
		assertThat(this.page.locator("#draft-note")).containsText("임시 저장했습니다");

		// Away to the list and back: the draft is restored.
		this.page.locator("#back-to-tasks").click();
		this.page.waitForURL(url -> url.endsWith("/tasks"));
		cell(first.applicationNo()).dblclick();
		this.page.waitForURL(url -> url.endsWith("/tasks/" + threeTaskIds.get(0)));
		assertThat(this.page.locator("#draft-note")).containsText("임시 저장본을 불러왔습니다");
		assertThat(this.page.locator("#form-field-evidenceChecked")).hasAttribute("checked", "");
		assertThat(this.page.locator("#form-field-reviewNote textarea")).hasValue(note);

		// Decide.
		this.page.getByText("승인 (지원 결정)").click();
		assertThat(this.page.locator("#form-field-reviewOutcome vaadin-radio-button[checked]")).containsText("승인");
		shot("morning-task-view");
		this.page.locator("#complete-task").click();
		this.page.waitForURL(url -> url.endsWith("/tasks"));
		assertThat(this.page.locator("vaadin-notification-card")
			.filter(new Locator.FilterOptions().setHasText("결정을 기록했습니다"))).isVisible();
		assertThat(this.taskService.createTaskQuery().taskId(threeTaskIds.get(0)).count()).isZero();
		assertThat(cell(first.applicationNo())).hasCount(0);

		// 4. The supervisor assigns the fourth task: the bell rings without a reload.
		Locator badge = this.page.locator("#notification-count");
		long before = badge.isVisible() ? Long.parseLong(badge.innerText().strip()) : 0;
		BulkResult assigned = as("sv.gangnam", () -> this.tasks.reassign(List.of(fourthTaskId), "cw.gangnam"));
		assertThat(assigned.done()).containsExactly(fourthTaskId);
		assertThat(badge).isVisible();
		assertThat(badge).not().hasText(String.valueOf(before));
		assertThat(Long.parseLong(badge.innerText().strip())).isGreaterThan(before);
		// The task list follows as well.
		assertThat(cell(fourth.applicationNo())).isVisible();

		this.page.locator("#notification-bell").click();
		Locator item = this.page.locator("vaadin-button.notification-item")
			.filter(new Locator.FilterOptions().setHasText(fourth.applicationNo()))
			.filter(new Locator.FilterOptions().setHasText("배정했습니다"));
		assertThat(item).isVisible();
		assertThat(item).containsText("최수영님이");
		shot("morning-notification-bell");
		item.click();
		this.page.waitForURL(url -> url.endsWith("/tasks/" + fourthTaskId));
		assertThat(this.page.locator("h2").first()).containsText(fourth.applicationNo());
		assertThat(this.page.locator("#complete-task")).isEnabled();

		// 5. The case view of the case decided this morning.
		this.page.navigate(baseUrl() + "/cases/" + first.applicationNo());
		assertThat(this.page.locator("#case-title")).containsText(first.applicationNo());
		assertThat(this.page.locator("bokjiflow-process-diagram[rendered] svg").first()).isVisible();
		shot("morning-case-view");

		// 6. The task list in English.
		this.page.navigate(baseUrl() + "/tasks");
		assertThat(this.page.locator("#tab-mine")).containsText("내 업무");
		this.page.locator("#language-switch").click();
		assertThat(this.page.locator("#tab-mine")).containsText("My tasks");
		assertThat(cell(three.get(1).applicationNo())).isVisible();
		shot("morning-task-list-en");
	}

	/** Opens a combo box, types and picks the item with that text. */
	private void pick(String field, String itemTag, String text) {
		Locator input = this.page.locator(field + " input");
		input.click();
		input.fill(text.substring(0, Math.min(3, text.length())));
		this.page.locator(itemTag).filter(new Locator.FilterOptions().setHasText(text)).first().click();
		if (itemTag.startsWith("vaadin-multi-select")) {
			// A multi-select box stays open for more; a combo box closes by itself (and
			// Escape would clear it).
			input.press("Escape");
		}
		assertThat(this.page.locator(itemTag).first()).isHidden();
	}

	/** The grid cell that shows an application number. */
	private Locator cell(String applicationNo) {
		return this.page.locator("#task-grid vaadin-grid-cell-content")
			.filter(new Locator.FilterOptions().setHasText(Pattern.compile("^" + applicationNo + "$")))
			// Hidden rows keep the content they showed last.
			.filter(new Locator.FilterOptions().setVisible(true));
	}

	/**
	 * The selection checkbox on the row of an application number: the cell's slot sits in
	 * a row of the grid's shadow DOM, whose first cell is the selection column's.
	 */
	private Locator rowCheckbox(String applicationNo) {
		Locator cell = cell(applicationNo);
		assertThat(cell).isVisible();
		String slot = (String) cell
			.evaluate("c => c.assignedSlot.closest('tr').querySelector('td slot').getAttribute('name')");
		return this.page.locator("#task-grid vaadin-grid-cell-content[slot='" + slot + "'] vaadin-checkbox");
	}

}
