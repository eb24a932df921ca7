package io.bokjiflow.ui.finder;

import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import io.bokjiflow.catalog.Program;
import io.bokjiflow.finder.AssetBand;
import io.bokjiflow.finder.IncomeBand;
import io.bokjiflow.finder.RateLimiter;
import io.bokjiflow.finder.SelfCheckQualification;
import io.bokjiflow.identity.Organization;
import io.bokjiflow.ui.KaribuTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both sides of the hand-off in the real views: the self-check lists the programs and
 * makes a code; a caseworker's new application takes the code and fills in the program
 * and the area, showing the answers; and a session over its limit is told so.
 */
class FinderKaribuIT extends KaribuTest {

	@Autowired
	private RateLimiter limiter;

	@Test
	void shouldHandASelfCheckOverToTheCaseworkersNewApplication() {
		openUiAs("cw.jongno");
		UI.getCurrent().navigate("finder/check");
		fillIn();
		_click(_get(Button.class, spec -> spec.withId("check-submit")));

		UnorderedList findings = _get(UnorderedList.class, spec -> spec.withId("check-findings"));
		assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("check-summary")).getText())
			.startsWith("받을 가능성이 높은 사업");
		assertThat(findings.getElement().getOuterHTML()).contains("강남구 어르신 목욕비").contains("여행바우처");
		Button apply = _find(findings, Button.class, spec -> spec.withClasses("apply-at-centre")).stream()
			.filter(b -> b.getElement().getAttribute("aria-label").contains("강남구 어르신 목욕비"))
			.findFirst()
			.orElseThrow();
		_click(apply);
		String code = _get(Span.class, spec -> spec.withId("handoff-code")).getText();
		assertThat(code).matches("[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}");
		assertThat(_get(UnorderedList.class, spec -> spec.withId("handoff-answers")).getElement().getOuterHTML())
			.contains("가구원 2명 (나이: 72, 70)")
			.contains("기초생활수급자 (생계·의료급여)");

		// The caseworker of the community centre types the code.
		UI.getCurrent().navigate("applications/new");
		@SuppressWarnings("unchecked")
		ComboBox<Program> program = _get(ComboBox.class, spec -> spec.withId("program"));
		@SuppressWarnings("unchecked")
		ComboBox<Organization> dong = _get(ComboBox.class, spec -> spec.withId("adminDong"));
		_setValue(_get(TextField.class, spec -> spec.withId("handoff-code-input")), code.toLowerCase());
		_click(_get(Button.class, spec -> spec.withId("handoff-load")));
		assertThat(program.getValue().code()).isEqualTo("L11680-SENIOR-BATH");
		assertThat(dong.getValue().code()).isEqualTo("1168064000");
		assertThat(_get(Div.class, spec -> spec.withId("handoff-answers")).getElement().getOuterHTML()).contains(code)
			.contains("가구원 2명 (나이: 72, 70)")
			.contains("월 소득: 100만 원 이하");
		// Nothing personal came over: the applicant is still to be typed.
		assertThat(_get(TextField.class, spec -> spec.withId("rrn")).getValue()).isEmpty();
		assertThat(_get(TextField.class, spec -> spec.withId("name")).getValue()).isEmpty();

		_setValue(_get(TextField.class, spec -> spec.withId("handoff-code-input")), "AAAA-2222");
		_click(_get(Button.class, spec -> spec.withId("handoff-load")));
		assertThat(_get(TextField.class, spec -> spec.withId("handoff-code-input")).getErrorMessage())
			.contains("찾을 수 없거나");
	}

	@Test
	void shouldLinkTheSignInPageToTheFinder() {
		openUiAs("cw.jongno");
		UI.getCurrent().navigate("login");

		RouterLink link = _get(RouterLink.class, spec -> spec.withClasses("finder-link"));

		assertThat(link.getHref()).isEqualTo("finder");
		assertThat(link.getText()).contains("모의 판정");
	}

	@Test
	void shouldSayTooManyRequestsWhenTheSessionIsOverItsLimit() {
		openUiAs("cw.gangnam");
		UI.getCurrent().navigate("finder/check");
		fillIn();
		String session = VaadinSession.getCurrent().getSession().getId();
		// Another address, the same session: the session's own bucket runs out.
		while (this.limiter.tryAcquire(RateLimiter.Action.SELF_CHECK, "192.0.2.44", session)) {
			// drain
		}
		_click(_get(Button.class, spec -> spec.withId("check-submit")));
		assertThat(_get(Div.class, spec -> spec.withId("rate-limited")).getText())
			.isEqualTo("요청이 너무 많습니다. 1분쯤 뒤에 다시 시도해 주세요.");
		assertThat(_find(UnorderedList.class, spec -> spec.withId("check-findings"))).isEmpty();
	}

	@SuppressWarnings("unchecked")
	private static void fillIn() {
		Select<Organization> sido = _get(Select.class, spec -> spec.withId("check-sido"));
		sido.setValue(sido.getListDataView().getItems().filter(o -> o.code().equals("11")).findFirst().orElseThrow());
		Select<Organization> sigungu = _get(Select.class, spec -> spec.withId("check-sigungu"));
		sigungu.setValue(
				sigungu.getListDataView().getItems().filter(o -> o.code().equals("11680")).findFirst().orElseThrow());
		Select<Organization> dong = _get(Select.class, spec -> spec.withId("check-dong"));
		dong.setValue(
				dong.getListDataView().getItems().filter(o -> o.code().equals("1168064000")).findFirst().orElseThrow());
		_setValue(_get(IntegerField.class, spec -> spec.withId("check-household")), 2);
		_setValue(_get(IntegerField.class, spec -> spec.withId("check-age-0")), 72);
		_setValue(_get(IntegerField.class, spec -> spec.withId("check-age-1")), 70);
		_get(RadioButtonGroup.class, spec -> spec.withId("check-income")).setValue(IncomeBand.UP_TO_1M);
		_get(RadioButtonGroup.class, spec -> spec.withId("check-assets")).setValue(AssetBand.UP_TO_50M);
		_get(CheckboxGroup.class, spec -> spec.withId("check-qualifications"))
			.setValue(Set.of(SelfCheckQualification.LIVELIHOOD_OR_MEDICAL));
	}

}
