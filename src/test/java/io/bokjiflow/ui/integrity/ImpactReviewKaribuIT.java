package io.bokjiflow.ui.integrity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import io.bokjiflow.casework.CaseTasks;
import io.bokjiflow.casework.TaskFilter;
import io.bokjiflow.casework.TaskRow;
import io.bokjiflow.casework.TaskScope;
import io.bokjiflow.integrity.EligibilityChanges;
import io.bokjiflow.integrity.FeedRun;
import io.bokjiflow.integrity.ImpactReview;
import io.bokjiflow.integrity.ImpactReviews;
import io.bokjiflow.publicdata.ResidentChange;
import io.bokjiflow.publicdata.SimulatorResidentChanges;
import io.bokjiflow.registry.BenefitStatus;
import io.bokjiflow.registry.LifeEventKind;
import io.bokjiflow.registry.PersonStatus;
import io.bokjiflow.registry.RegistryBulkLoad;
import io.bokjiflow.registry.Rrn;
import io.bokjiflow.ui.KaribuTest;
import io.bokjiflow.ui.tasklist.TaskListView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The impact review of a death in the UI: the task is in 강남구's caseworkers' task list,
 * opens in the impact review view (routed by its IMP- number) with the proposals of the
 * form, refuses a declined proposal without a reason, and completes; the administrator's
 * change-feed view runs a day and lists the run.
 */
class ImpactReviewKaribuIT extends KaribuTest {

	@Autowired
	private EligibilityChanges changes;

	@Autowired
	private ImpactReviews reviews;

	@Autowired
	private SimulatorResidentChanges simulator;

	@Autowired
	private RegistryBulkLoad bulkLoad;

	@Autowired
	private TransactionTemplate tx;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private CaseTasks caseTasks;

	@Autowired
	private Clock clock;

	@Test
	void shouldReviewADeathFromTheTaskList() {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate day = LocalDate.of(2070, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(5000));
		this.simulator.clear(day);
		UUID person = UUID.randomUUID();
		UUID benefit = UUID.randomUUID();
		Rrn rrn = rrn(LocalDate.of(1938, 4, 5), ThreadLocalRandom.current().nextInt(90_000));
		String dong = "116807" + "%04d".formatted(ThreadLocalRandom.current().nextInt(10_000));
		this.tx.executeWithoutResult(s -> {
			RegistryBulkLoad.Batch batch = this.bulkLoad.newBatch();
			batch.add(new RegistryBulkLoad.PersonRecord(person, rrn, "화면검토", rrn.birthDate(), "F", "서울특별시 강남구", dong,
					LocalDate.of(2010, 1, 1), PersonStatus.ALIVE, List.of(),
					List.of(new RegistryBulkLoad.BenefitRecord(benefit, "BASIC_PENSION", "11680", today.minusYears(2),
							null, 342_510, BenefitStatus.ACTIVE, "test: ImpactReviewKaribuIT")),
					List.of(), List.of()));
			this.bulkLoad.write(batch);
		});
		String changeId = "RC-UI-" + day;
		this.simulator.plant(day, new ResidentChange(changeId, rrn, LifeEventKind.DEATH, today.minusMonths(2), null,
				null, null, null, null));

		// the administrator runs the day in the change-feed view
		openUiAs("admin");
		UI.getCurrent().navigate(ChangeFeedView.class);
		ChangeFeedView feedView = _get(ChangeFeedView.class);
		_setValue(feedView.day, day);
		_click(_get(Button.class, spec -> spec.withId("change-feed-run")));
		List<FeedRun> shown = feedView.runs.getGenericDataView().getItems().toList();
		assertThat(shown.get(0).feedDay()).isEqualTo(day);
		assertThat(shown.get(0).recorded()).isEqualTo(1);
		MockVaadin.tearDown();
		signOut();

		ImpactReview review = this.reviews.ofChange(changeId).orElseThrow();
		openUiAs("cw.gangnam");
		TaskFilter filter = TaskFilter.of(TaskScope.GROUP);
		filter = new TaskFilter(filter.scope(), null, null, review.reviewNo(), null, null, null, false, null, null,
				null, null, false, null, null, false);
		List<TaskRow> rows = this.caseTasks.tasks(filter, 0, 10);
		assertThat(rows).extracting(TaskRow::applicationNo).containsExactly(review.reviewNo());

		UI.getCurrent().navigate(TaskListView.class);
		_get(TaskListView.class).open(rows.get(0));
		ImpactReviewView view = _get(ImpactReviewView.class);
		assertThat(view.review.id()).isEqualTo(review.id());
		List<RadioButtonGroup> decisions = _find(RadioButtonGroup.class);
		// suspend and recover the basic pension
		assertThat(decisions).hasSize(review.proposals().size()).hasSize(2);

		_setValue(decisions.get(0), "APPLY");
		_setValue(decisions.get(1), "NOT_APPLY");
		_click(_get(Button.class, spec -> spec.withId("impact-review-complete")));
		NotificationsKt.expectNotifications("2번 제안을 반영하지 않는 사유를 적으세요.");
		assertThat(this.reviews.ofChange(changeId).orElseThrow().status()).isEqualTo("OPEN");

		_setValue(_find(TextArea.class).get(1), "유족이 이미 반납함");
		_click(_get(Button.class, spec -> spec.withId("impact-review-complete")));
		_get(TaskListView.class);
		ImpactReview done = this.reviews.ofChange(changeId).orElseThrow();
		assertThat(done.status()).isEqualTo("DONE");
		assertThat(done.proposals()).extracting(ImpactReview.Proposal::decision).containsExactly("APPLY", "NOT_APPLY");
		assertThat(done.proposals().get(1).decisionReason()).isEqualTo("유족이 이미 반납함");
		assertThat(
				this.jdbc.queryForObject("select status from reg_benefit_record where id = ?", String.class, benefit))
			.isEqualTo("SUSPENDED");
	}

	/** A valid legacy resident number of a woman born in the 1900s. */
	private static Rrn rrn(LocalDate born, int serial) {
		String front = "%02d%02d%02d".formatted(born.getYear() % 100, born.getMonthValue(), born.getDayOfMonth()) + "2"
				+ "%05d".formatted(serial % 100_000);
		int[] weights = { 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5 };
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			sum += (front.charAt(i) - '0') * weights[i];
		}
		return Rrn.parse(front.substring(0, 6) + "-" + front.substring(6) + (11 - sum % 11) % 10);
	}

}
