package io.bokjiflow.ui.integrity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.bokjiflow.casework.TaskRow;
import io.bokjiflow.integrity.DuplicateBenefitSweep;
import io.bokjiflow.integrity.DuplicateBenefitSweep.Finding;
import io.bokjiflow.integrity.DuplicateBenefitSweep.Outcome;
import io.bokjiflow.integrity.DuplicateBenefitSweep.Status;
import io.bokjiflow.registry.BenefitStatus;
import io.bokjiflow.registry.PersonStatus;
import io.bokjiflow.registry.RegistryBulkLoad;
import io.bokjiflow.registry.Rrn;
import io.bokjiflow.ui.KaribuTest;
import io.bokjiflow.ui.tasklist.TaskListView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sweep finding's review from the caseworker's task list: the row shows the finding
 * number, Open shows the review with its form and the two benefits, an outcome without
 * its reason is refused on the field, and the completed review is recorded on the
 * finding.
 */
class ConflictReviewKaribuIT extends KaribuTest {

	@Autowired
	private DuplicateBenefitSweep sweep;

	@Autowired
	private RegistryBulkLoad bulkLoad;

	@Autowired
	private TransactionTemplate tx;

	@Autowired
	private Clock clock;

	@Test
	void shouldOpenTheReviewFromTheTaskListAndRecordTheOutcome() {
		String dong = "11680" + "9" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
		LocalDate today = LocalDate.now(this.clock);
		UUID person = UUID.randomUUID();
		// pair 31 (WARN): culture voucher and travel voucher
		List<RegistryBulkLoad.BenefitRecord> benefits = List.of(
				new RegistryBulkLoad.BenefitRecord(UUID.randomUUID(), "CULTURE_VOUCHER", "11680", today.minusMonths(2),
						null, 110_000, BenefitStatus.ACTIVE, "test: ConflictReviewKaribuIT"),
				new RegistryBulkLoad.BenefitRecord(UUID.randomUUID(), "TRAVEL_VOUCHER", "11680", today.minusMonths(1),
						null, 150_000, BenefitStatus.ACTIVE, "test: ConflictReviewKaribuIT"));
		LocalDate born = LocalDate.of(1960, 1, 2);
		this.tx.executeWithoutResult(status -> {
			RegistryBulkLoad.Batch batch = this.bulkLoad.newBatch();
			batch.add(new RegistryBulkLoad.PersonRecord(person, rrn(born, ThreadLocalRandom.current().nextInt(100_000)),
					"한검토", born, "F", "서울특별시 강남구", dong, LocalDate.of(2010, 1, 1), PersonStatus.ALIVE, List.of(),
					benefits, List.of(), List.of()));
			this.bulkLoad.write(batch);
		});
		assertThat(this.sweep.sweep(dong).created()).isEqualTo(1);
		Finding finding = this.sweep.findings(dong).get(0);

		openUiAs("cw.gangnam");
		UI.getCurrent().navigate(TaskListView.class);
		_get(Tabs.class).setSelectedTab(_get(Tab.class, spec -> spec.withId("tab-group")));
		@SuppressWarnings("unchecked")
		Grid<TaskRow> grid = _get(Grid.class, spec -> spec.withId("task-grid"));
		TaskRow row = null;
		for (int i = 0; i < GridKt._size(grid) && row == null; i++) {
			if (finding.findingNo().equals(GridKt._get(grid, i).applicationNo())) {
				row = GridKt._get(grid, i);
			}
		}
		assertThat(row).as("the review is in 강남구's group tab").isNotNull();
		_get(TaskListView.class).open(row);

		ConflictReviewView view = _get(ConflictReviewView.class);
		assertThat(view).isNotNull();
		assertThat(_get(TextField.class, spec -> spec.withId("form-field-benefitA")).getValue()).contains("한*토");
		assertThat(_get(TextField.class, spec -> spec.withId("form-field-ruleText")).getValue()).startsWith("규칙 31 ");
		@SuppressWarnings("unchecked")
		RadioButtonGroup<String> outcome = _get(RadioButtonGroup.class);
		_setValue(outcome, "FALSE_POSITIVE");
		Button complete = _get(Button.class, spec -> spec.withId("conflict-review-complete"));
		_click(complete);
		TextArea reason = _get(TextArea.class, spec -> spec.withId("form-field-reviewReason"));
		assertThat(reason.isInvalid()).isTrue();
		assertThat(reason.getErrorMessage()).isEqualTo("필수 입력 항목입니다.");
		assertThat(this.sweep.findings(dong).get(0).status()).isEqualTo(Status.OPEN);

		_setValue(reason, "여행바우처는 가족 명의로 확인되어 중복 아님");
		_click(complete);
		_get(TaskListView.class);
		Finding reviewed = this.sweep.findings(dong).get(0);
		assertThat(reviewed.status()).isEqualTo(Status.REVIEWED);
		assertThat(reviewed.outcome()).isEqualTo(Outcome.FALSE_POSITIVE);
		assertThat(reviewed.reviewedBy()).isEqualTo("cw.gangnam");
	}

	/** A valid legacy resident number (check digit) of a woman born in the 1900s. */
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
