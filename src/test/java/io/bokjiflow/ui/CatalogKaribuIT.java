package io.bokjiflow.ui;

import java.util.List;
import java.util.Locale;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import io.bokjiflow.catalog.BenefitKind;
import io.bokjiflow.catalog.Program;
import io.bokjiflow.catalog.Region;
import io.bokjiflow.ui.catalog.CatalogView;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 복지알림이 as a caseworker uses it: search, filter, open a program and read what it gives,
 * who qualifies, the documents before and now, and the sources and assumptions.
 */
class CatalogKaribuIT extends KaribuTest {

	@Test
	void shouldSearchForTheTravelVoucherAndOpenIt() {
		openUiAs("cw.gangnam");
		UI.getCurrent().navigate(CatalogView.class);
		Grid<Program> grid = grid();
		int all = GridKt._size(grid);
		assertThat(all).isGreaterThanOrEqualTo(177);
		assertThat(_get(Span.class, spec -> spec.withId("catalog-count")).getText()).isEqualTo("검색 결과 " + all + "개");

		_setValue(_get(TextField.class, spec -> spec.withId("catalog-search")), "여행");
		int found = GridKt._size(grid);
		assertThat(found).isBetween(1, 10);
		assertThat(_get(Span.class, spec -> spec.withId("catalog-count")).getText()).isEqualTo("검색 결과 " + found + "개");
		assertThat(GridKt._get(grid, 0).code()).as("a name match comes first").isEqualTo("TRAVEL_VOUCHER");

		GridKt._selectRow(grid, 0);
		assertThat(_get(H3.class, spec -> spec.withId("program-title")).getText()).isEqualTo("여행바우처");
		Div details = _get(Div.class, spec -> spec.withId("program-details"));
		assertThat(details.getElement().getTextRecursively()).contains("국내 여행 경비", "국민기초생활보장 수급자 또는 차상위계층", "행정복지센터",
				"문화체육관광부 (1371000)", "신청일부터 30일", "자격정보");
		assertThat(items("docs-before")).contains("주민등록등본").hasSizeGreaterThan(items("docs-now").size());
		assertThat(items("docs-now")).containsExactly("신청서");
		assertThat(items("program-sources")).anyMatch(s -> s.startsWith("S1, S2"));
		assertThat(items("program-assumptions")).isNotEmpty();

		_click(_get(Button.class, spec -> spec.withId("program-close")));
		assertThat(_find(H3.class, spec -> spec.withId("program-title"))).isEmpty();
	}

	@Test
	void shouldCombineFiltersAndLeaveOutProgramsOfOtherRegions() {
		openUiAs("cw.gangnam");
		UI.getCurrent().navigate(CatalogView.class);
		Grid<Program> grid = grid();

		_setValue(_get(Checkbox.class, spec -> spec.withId("filter-linked")), true);
		assertThat(GridKt._size(grid)).isEqualTo(27);
		@SuppressWarnings("unchecked")
		Select<BenefitKind> kind = _get(Select.class, spec -> spec.withId("filter-benefit-kind"));
		_setValue(kind, BenefitKind.CASH);
		assertThat(codes(grid)).containsExactly("GREENBELT_RESIDENT_SUPPORT");

		@SuppressWarnings("unchecked")
		ComboBox<Region> region = _get(ComboBox.class, spec -> spec.withId("filter-region"));
		_setValue(region,
				region.getListDataView().getItems().filter(r -> r.code().equals("50")).findFirst().orElseThrow());
		assertThat(GridKt._size(grid)).as("no greenbelt in Jeju").isZero();
		_setValue(region,
				region.getListDataView().getItems().filter(r -> r.code().equals("11")).findFirst().orElseThrow());
		assertThat(codes(grid)).containsExactly("GREENBELT_RESIDENT_SUPPORT");

		_click(_get(Button.class, spec -> spec.withId("filter-reset")));
		assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(177);
	}

	@Test
	void shouldOpenAProgramFromALinkAndSpeakEnglish() {
		openUiAs("cw.gangnam");
		UI.getCurrent().setLocale(Locale.ENGLISH);
		UI.getCurrent().navigate("catalog", QueryParameters.of("program", "GREENBELT_RESIDENT_SUPPORT"));
		assertThat(_get(H3.class, spec -> spec.withId("program-title")).getText())
			.isEqualTo("Support for residents of development-restricted zones (living costs)");
		assertThat(_get(Div.class, spec -> spec.withId("program-details")).getElement().getTextRecursively())
			.contains("Income and asset investigation", "Seoul", "Busan",
					"Ministry of Land, Transport and Maritime Affairs")
			.doesNotContain("Jeju");
	}

	@Test
	void shouldBeInTheMenuOfEverySignedInUser() {
		openUiAs("official.gangnam");
		UI.getCurrent().navigate(CatalogView.class);
		List<String> menu = _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
		assertThat(menu).contains("복지알림이").doesNotContain("업무 목록");
		assertThat(GridKt._size(grid())).isGreaterThanOrEqualTo(177);
	}

	@SuppressWarnings("unchecked")
	private static Grid<Program> grid() {
		return _get(Grid.class, spec -> spec.withId("catalog-grid"));
	}

	private static List<String> codes(Grid<Program> grid) {
		return GridKt._fetch(grid, 0, GridKt._size(grid)).stream().map(Program::code).toList();
	}

	private static List<String> items(String listId) {
		return _get(UnorderedList.class, spec -> spec.withId(listId)).getChildren()
			.map(c -> ((ListItem) c).getText())
			.toList();
	}

}
