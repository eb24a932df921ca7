package io.bokjiflow.ui.tasklist;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.bokjiflow.casework.ApplicationSummary;
import io.bokjiflow.casework.Casework;
import io.bokjiflow.casework.DuplicateConflict;
import io.bokjiflow.casework.NewApplication;
import io.bokjiflow.registry.BenefitStatus;
import io.bokjiflow.registry.PersonStatus;
import io.bokjiflow.registry.RegistryBulkLoad;
import io.bokjiflow.registry.Rrn;
import io.bokjiflow.ui.KaribuTest;
import io.bokjiflow.ui.cases.CaseView;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decision-time duplicate-benefit check as the caseworker sees it: an applicant who
 * receives 문화바우처 applies for 여행바우처 (pair 31, a warning); the review task and the case
 * view list the conflict with its rule, program, effect, whose benefit, agency, period
 * and reference.
 */
class DuplicateConflictsKaribuIT extends KaribuTest {

	@Autowired
	private Casework casework;

	@Autowired
	private RegistryBulkLoad bulkLoad;

	@Autowired
	private TransactionTemplate tx;

	@Test
	void shouldListTheConflictInTheReviewAndTheCaseView() {
		LocalDate from = LocalDate.of(2025, 1, 1);
		String dong = "11680" + "6" + "%04d".formatted(ThreadLocalRandom.current().nextInt(10_000));
		Rrn rrn = rrn(LocalDate.of(1968, 2, 3), ThreadLocalRandom.current().nextInt(100_000));
		this.tx.executeWithoutResult(status -> {
			RegistryBulkLoad.Batch batch = this.bulkLoad.newBatch();
			batch
				.add(new RegistryBulkLoad.PersonRecord(UUID.randomUUID(), rrn, "문화향", LocalDate.of(1968, 2, 3), "F",
						"서울특별시 강남구", dong, LocalDate.of(2010, 1, 1), PersonStatus.ALIVE, List.of(),
						List.of(new RegistryBulkLoad.BenefitRecord(UUID.randomUUID(), "CULTURE_VOUCHER", "MCST", from,
								null, 130_000, BenefitStatus.ACTIVE, "test: DuplicateConflictsKaribuIT")),
						List.of(), List.of()));
			this.bulkLoad.write(batch);
		});
		ApplicationSummary app = as("cw.gangnam", () -> this.casework.submit(new NewApplication("TRAVEL_VOUCHER",
				rrn.reveal(), "문화향", "서울 강남구 역삼로 3", "1168064000", true, false, UUID.randomUUID().toString())));
		Task task = awaitTask(app.applicationNo(), Duration.ofSeconds(90));
		assertThat(task.getTaskDefinitionKey()).isEqualTo("user_review_application");
		assertThat(as("cw.gangnam", () -> this.casework.duplicateConflicts(app.applicationNo())))
			.extracting(DuplicateConflict::rule)
			.containsExactly(31);

		openUiAs("cw.gangnam");
		UI.getCurrent().navigate("tasks/" + task.getId());
		_get(TaskView.class);
		assertConflictListed();

		UI.getCurrent().navigate(CaseView.class, CaseView.parameters(app.applicationNo()));
		_get(CaseView.class);
		assertConflictListed();
	}

	@SuppressWarnings("unchecked")
	private static void assertConflictListed() {
		Div panel = _get(Div.class, spec -> spec.withId("duplicate-conflicts"));
		assertThat(panel.getElement().getTextRecursively()).contains("중복 수급 확인");
		Grid<DuplicateConflict> grid = _get(Grid.class, spec -> spec.withId("duplicate-conflicts-grid"));
		assertThat(GridKt._size(grid)).isOne();
		assertThat(GridKt._getFormattedRow(grid, 0)).contains("31", "문화바우처", "본인", "MCST", "2025-01-01 ~ ");
		assertThat(((Span) GridKt._getCellComponent(grid, 0, "effect")).getText()).isEqualTo("경고");
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
