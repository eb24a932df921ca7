package io.bokjiflow.ui.outreach;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import io.bokjiflow.identity.OrgLevel;
import io.bokjiflow.identity.Organization;
import io.bokjiflow.outreach.MissingService;
import io.bokjiflow.outreach.OutreachCandidate;
import io.bokjiflow.outreach.OutreachStatus;
import io.bokjiflow.outreach.OutreachWorklist;
import io.bokjiflow.outreach.PlantedPersons;
import io.bokjiflow.registry.RegistryBulkLoad;
import io.bokjiflow.ui.KaribuTest;
import io.bokjiflow.ui.persons.PersonView;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The missing-services section of the person view and the /outreach worklist, on a
 * veteran planted in a private 강남구 행정동: the findings with rule and evidence, starting an
 * outreach from the person view, a worklist run, and recording a contact that closes the
 * outreach as declined.
 */
class OutreachKaribuIT extends KaribuTest {

	@Autowired
	private RegistryBulkLoad bulkLoad;

	@Autowired
	private TransactionTemplate tx;

	@Autowired
	private OutreachWorklist worklist;

	@Test
	void shouldListTheMissingServicesWithRuleAndEvidenceAndStartAnOutreach() {
		String dong = PlantedPersons.privateDong("11680", '4');
		PlantedPersons planted = new PlantedPersons(this.bulkLoad, this.tx);
		// no benefit record: other tests pick 강남구 recipients of the shared database
		UUID veteran = planted.person(dong, LocalDate.of(1986, 4, 5), List.of("VETERAN"), List.of());
		planted.write();

		openUiAs("cw.gangnam");
		UI.getCurrent().navigate(PersonView.class, new RouteParameters(PersonView.PERSON_ID, veteran.toString()));
		assertThat(_find(H3.class)).extracting(H3::getText).anyMatch(t -> t.startsWith("누락 서비스 (missing services)"));
		List<MissingService> rows = rows("person-missing-services");
		assertThat(rows).extracting(MissingService::programCode)
			.contains("HEAT_FEE_REDUCTION", "VETERAN_PALACE_ADMISSION", "VETERAN_TUITION");
		MissingService tuition = rows.stream()
			.filter(r -> r.programCode().equals("VETERAN_TUITION"))
			.findFirst()
			.orElseThrow();
		assertThat(tuition.rule()).isEqualTo("VETERAN");
		assertThat(tuition.explanation(java.util.Locale.KOREAN)).contains("보훈대상자 자격", "2019-03-01");
		assertThat(rows("person-missing-check")).extracting(MissingService::programCode).contains("TOLL_DISCOUNT");

		_click((Button) GridKt._getCellComponent(grid("person-missing-services"), index(rows, "VETERAN_TUITION"),
				"outreach"));

		assertThat(this.worklist.candidatesOf(veteran)).singleElement().satisfies(c -> {
			assertThat(c.finding().programCode()).isEqualTo("VETERAN_TUITION");
			assertThat(c.status()).isEqualTo(OutreachStatus.OUTREACH_STARTED);
		});
		List<MissingService> after = rows("person-missing-services");
		assertThat(
				GridKt._getCellComponent(grid("person-missing-services"), index(after, "VETERAN_TUITION"), "outreach"))
			.as("no second start")
			.isNotInstanceOf(Button.class);
		assertThat(GridKt._getCellComponent(grid("person-missing-services"), index(after, "VETERAN_PALACE_ADMISSION"),
				"outreach"))
			.isInstanceOf(Button.class);
	}

	@Test
	void shouldRunTheWorklistOfADongAndRecordADeclinedContact() {
		String dong = PlantedPersons.privateDong("11680", '3');
		PlantedPersons planted = new PlantedPersons(this.bulkLoad, this.tx);
		UUID veteran = planted.person(dong, LocalDate.of(1986, 4, 5), List.of("VETERAN"), List.of());
		planted.write();

		openUiAs("cw.gangnam");
		OutreachView view = (OutreachView) UI.getCurrent().navigate(OutreachView.class).orElseThrow();
		assertThat(_find(com.vaadin.flow.component.sidenav.SideNavItem.class).stream()
			.map(com.vaadin.flow.component.sidenav.SideNavItem::getLabel)).contains("누락 서비스 발굴");
		assertThat(view.dong.getListDataView().getItemCount()).as("the community centres of 강남구").isPositive();
		// the planted 행정동 is not a real community centre: offer it as one
		Organization plantedDong = new Organization(dong, "11680", OrgLevel.EMD, "시험동", "Test-dong");
		view.dong.setItems(plantedDong);
		view.dong.setValue(plantedDong);
		assertThat(GridKt._size(view.grid)).isZero();

		_click(_get(Button.class, spec -> spec.withId("outreach-run")));
		Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.until(() -> this.worklist.latestRun(dong).orElseThrow().finished());
		view.poll();
		assertThat(view.runStatus.getText()).startsWith("마지막 실행").contains("주민 1명");
		assertThat(view.progress.isVisible()).isFalse();
		List<OutreachCandidate> found = candidates(view.grid);
		assertThat(found).extracting(c -> c.finding().programCode())
			.contains("HEAT_FEE_REDUCTION", "VETERAN_PALACE_ADMISSION", "VETERAN_TUITION");
		OutreachCandidate palace = found.stream()
			.filter(c -> c.finding().programCode().equals("VETERAN_PALACE_ADMISSION"))
			.findFirst()
			.orElseThrow();
		assertThat(palace.personId()).isEqualTo(veteran);

		_click(action(view.grid, palace.id()));
		assertThat(action(view.grid, palace.id()).getText()).isEqualTo("연락 결과 기록");
		_click(action(view.grid, palace.id()));
		_get(Checkbox.class, spec -> spec.withId("outreach-reached")).setValue(true);
		@SuppressWarnings("unchecked")
		RadioButtonGroup<Boolean> outcome = _get(RadioButtonGroup.class, spec -> spec.withId("outreach-outcome"));
		outcome.setValue(false);
		_get(TextArea.class, spec -> spec.withId("outreach-note")).setValue("다른 지원을 받고 있어 원하지 않음");
		_click(_get(Button.class, spec -> spec.withId("outreach-contact-save")));

		assertThat(candidates(view.grid)).extracting(OutreachCandidate::id).doesNotContain(palace.id());
		view.statuses.setValue(EnumSet.of(OutreachStatus.DECLINED));
		assertThat(candidates(view.grid)).singleElement().satisfies(c -> {
			assertThat(c.id()).isEqualTo(palace.id());
			assertThat(c.note()).isEqualTo("다른 지원을 받고 있어 원하지 않음");
		});
	}

	@SuppressWarnings("unchecked")
	private static Grid<MissingService> grid(String gridId) {
		return _get(Grid.class, spec -> spec.withId(gridId));
	}

	private static List<MissingService> rows(String gridId) {
		Grid<MissingService> grid = grid(gridId);
		return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
	}

	private static int index(List<MissingService> rows, String programCode) {
		return IntStream.range(0, rows.size())
			.filter(i -> rows.get(i).programCode().equals(programCode))
			.findFirst()
			.orElseThrow();
	}

	/** The one button in a candidate's actions cell. */
	private static Button action(Grid<OutreachCandidate> grid, UUID candidateId) {
		List<OutreachCandidate> rows = candidates(grid);
		int row = IntStream.range(0, rows.size())
			.filter(i -> rows.get(i).id().equals(candidateId))
			.findFirst()
			.orElseThrow();
		return (Button) GridKt._getCellComponent(grid, row, "actions").getChildren().findFirst().orElseThrow();
	}

	private static List<OutreachCandidate> candidates(Grid<OutreachCandidate> grid) {
		return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
	}

}
