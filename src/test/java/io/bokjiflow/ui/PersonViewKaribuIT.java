package io.bokjiflow.ui;

import java.util.Map;
import java.util.UUID;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.RouteParameters;
import io.bokjiflow.catalog.Program;
import io.bokjiflow.catalog.ProgramCatalog;
import io.bokjiflow.catalog.ServiceFinding;
import io.bokjiflow.ui.applications.NewApplicationView;
import io.bokjiflow.registry.PersonProfile;
import io.bokjiflow.ui.persons.PersonView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The person view on the generated population: what the integrated DB knows of a
 * recipient, masked, audited, and only for the person's own 시·군·구.
 */
class PersonViewKaribuIT extends KaribuTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ProgramCatalog catalog;

	@Test
	void shouldNameEveryProgramOfTheBenefitHistoryFromTheCatalogue() {
		assertThat(this.jdbc.queryForList("select distinct program_code from reg_benefit_record", String.class))
			.isNotEmpty()
			.allSatisfy(code -> assertThat(this.catalog.program(code)).as(code).isPresent());
	}

	@Test
	void shouldShowARecipientsQualificationsBenefitsAndHouseholdToTheirDistrictOnly() {
		// A generated person with an active benefit and a household whose 시·군·구 has demo
		// caseworkers (강남구 or 종로구); other tests plant persons without households there.
		Map<String, Object> row = this.jdbc.queryForMap("""
				select p.id, substr(p.admin_dong_code, 1, 5) as sigungu
				from reg_person p join reg_benefit_record b on b.person_id = p.id
				where b.status = 'ACTIVE' and substr(p.admin_dong_code, 1, 5) in ('11680', '11110')
				  and exists (select 1 from reg_household_member m where m.person_id = p.id)
				order by p.id limit 1""");
		UUID personId = (UUID) row.get("id");
		String insider = "11680".equals(row.get("sigungu")) ? "cw.gangnam" : "cw.jongno";
		String outsider = "11680".equals(row.get("sigungu")) ? "cw.jongno" : "cw.gangnam";
		long audited = audits(personId);

		openUiAs(insider);
		UI.getCurrent().navigate(PersonView.class, new RouteParameters(PersonView.PERSON_ID, personId.toString()));
		assertThat(_get(H2.class).getText()).matches(".+ · \\d{6}-\\d\\*{6}");
		@SuppressWarnings("unchecked")
		Grid<PersonProfile.Benefit> benefits = _get(Grid.class, spec -> spec.withId("person-benefits"));
		assertThat(GridKt._size(benefits)).isPositive();
		assertThat(GridKt._get(benefits, 0).amountWon()).isPositive();
		@SuppressWarnings("unchecked")
		Grid<PersonProfile.Member> household = _get(Grid.class, spec -> spec.withId("person-household"));
		assertThat(GridKt._size(household)).isPositive();
		assertThat(GridKt._get(household, 0).maskedName()).contains("*");
		assertThat(audits(personId)).as("the opening is audited").isEqualTo(audited + 1);

		tearDownUi();
		openUiAs(outsider);
		UI.getCurrent().navigate(PersonView.class, new RouteParameters(PersonView.PERSON_ID, personId.toString()));
		assertThat(_get(H2.class).getText()).isEqualTo("대상자를 찾을 수 없습니다");
		assertThat(audits(personId)).as("nothing is read for an outsider").isEqualTo(audited + 1);
	}

	@Test
	void shouldShowWhatAPersonWithAQualificationReceivesAndCouldApplyFor() {
		// A generated adult with a low-income qualification and a benefit paid now, in a
		// 시·군·구 with demo caseworkers (강남구 or 종로구).
		Map<String, Object> row = this.jdbc.queryForMap("""
				select p.id, substr(p.admin_dong_code, 1, 5) as sigungu, min(b.program_code) as program
				from reg_person p
				join reg_qualification q on q.person_id = p.id
				join reg_benefit_record b on b.person_id = p.id
				where p.status = 'ALIVE' and q.kind in ('BASIC_LIVELIHOOD', 'NEAR_POOR')
				  and q.valid_from <= current_date and (q.valid_to is null or q.valid_to >= current_date)
				  and b.status = 'ACTIVE' and p.birth_date <= current_date - interval '19 years'
				  and substr(p.admin_dong_code, 1, 5) in ('11680', '11110')
				group by p.id, p.admin_dong_code
				order by p.id limit 1""");
		UUID personId = (UUID) row.get("id");
		String program = (String) row.get("program");

		openUiAs("11680".equals(row.get("sigungu")) ? "cw.gangnam" : "cw.jongno");
		UI.getCurrent().navigate(PersonView.class, new RouteParameters(PersonView.PERSON_ID, personId.toString()));

		@SuppressWarnings("unchecked")
		Grid<ServiceFinding.Received> received = _get(Grid.class, spec -> spec.withId("person-received"));
		assertThat(java.util.stream.IntStream.range(0, GridKt._size(received)).mapToObj(i -> GridKt._get(received, i)))
			.anySatisfy(r -> {
				assertThat(r.programCode()).isEqualTo(program);
				assertThat(r.program()).as("named from the catalogue").isNotNull();
			});
		@SuppressWarnings("unchecked")
		Grid<ServiceFinding.Suggestion> suggestions = _get(Grid.class, spec -> spec.withId("person-suggestions"));
		assertThat(GridKt._size(suggestions)).isPositive();
		ServiceFinding.Suggestion first = GridKt._get(suggestions, 0);
		assertThat(first.generic()).isFalse();
		assertThat(first.reasons()).extracting(ServiceFinding.Reason::code)
			.containsAnyOf("BASIC_LIVELIHOOD", "NEAR_POOR");
		assertThat(GridKt._getFormattedRow(suggestions, 0))
			.anySatisfy(cell -> assertThat(cell).containsAnyOf("기초생활수급자", "차상위계층"));

		// The travel voucher has a process: its button opens the new application with it
		// chosen.
		int travelVoucher = java.util.stream.IntStream.range(0, GridKt._size(suggestions))
			.filter(i -> GridKt._get(suggestions, i).program().code().equals("TRAVEL_VOUCHER"))
			.findFirst()
			.orElseThrow();
		_click((Button) GridKt._getCellComponent(suggestions, travelVoucher, "apply"));
		assertThat(_get(NewApplicationView.class)).isNotNull();
		assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
			.isEqualTo("applications/new?program=TRAVEL_VOUCHER");
		@SuppressWarnings("unchecked")
		ComboBox<Program> chosen = _get(ComboBox.class, spec -> spec.withId("program"));
		assertThat(chosen.getValue().code()).isEqualTo("TRAVEL_VOUCHER");
	}

	private long audits(UUID personId) {
		return this.jdbc.queryForObject("select count(*) from reg_access_audit where person_id = ?", Long.class,
				personId);
	}

}
