package io.bokjiflow.ui.programs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import io.bokjiflow.identity.OrgLevel;
import io.bokjiflow.identity.Organization;
import io.bokjiflow.openmarket.Criteria;
import io.bokjiflow.ui.KaribuTest;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The criteria editor: what is entered becomes the {@link Criteria} both evaluators read,
 * with a plain-language summary; what cannot hold gets a message in Korean or English.
 */
class CriteriaEditorKaribuIT extends KaribuTest {

	/** 강남구 and its 역삼1동 community centre (V1__identity.sql). */
	private static final String GANGNAM = "11680";

	private CriteriaEditor open(Locale locale) {
		openUiAs("official.gangnam");
		UI ui = UI.getCurrent();
		ui.setLocale(locale);
		List<Organization> places = new ArrayList<>(this.identity.organizations(OrgLevel.SIGUNGU));
		places.addAll(this.identity.organizations(OrgLevel.EMD));
		CriteriaEditor editor = new CriteriaEditor(places, GANGNAM, locale, ui::getTranslation);
		ui.add(editor);
		return editor;
	}

	private static IntegerField integer(String id) {
		return _get(IntegerField.class, spec -> spec.withId(id));
	}

	private static String summary() {
		return _get(Span.class, spec -> spec.withId("criteria-summary")).getText();
	}

	@Test
	@SuppressWarnings("unchecked")
	void shouldTurnWhatIsEnteredIntoCriteriaWithASummary() {
		CriteriaEditor editor = open(Locale.KOREAN);
		assertThat(editor.getCriteria()).isEqualTo(Criteria.NONE);
		assertThat(summary()).isEqualTo("조건 없음 (모든 주민)");

		_setValue(integer("criteria-min-age"), 65);
		_setValue(integer("criteria-min-residence"), 12);
		MultiSelectComboBox<String> residence = _get(MultiSelectComboBox.class,
				spec -> spec.withId("criteria-residence"));
		assertThat(residence.getListDataView().getItems().findFirst()).as("the official's own 시·군·구 first")
			.hasValue(GANGNAM);
		_setValue(residence, Set.of(GANGNAM));
		_setValue(integer("criteria-max-income"), 50);
		assertThat(summary()).isEqualTo("65세 이상 · 강남구 거주 1년 이상 · 기준 중위소득 50% 이하");
		assertThat(editor.getCriteria())
			.isEqualTo(new Criteria(null, 65, null, 12, List.of(GANGNAM), null, null, null, Set.of(), 50));

		String dong = residence.getListDataView()
			.getItems()
			.filter(code -> code.length() == 10 && code.startsWith("1168"))
			.findFirst()
			.orElseThrow();
		_setValue((RadioButtonGroup<String>) _get(RadioButtonGroup.class, spec -> spec.withId("criteria-sex")), "F");
		_setValue(residence, Set.of(dong));
		_setValue(integer("criteria-min-age"), null);
		_setValue(integer("criteria-max-age"), 17);
		_setValue(integer("criteria-min-household"), 2);
		_setValue(integer("criteria-max-household"), 4);
		_setValue(integer("criteria-min-children"), 2);
		_setValue(integer("criteria-min-residence"), 6);
		_setValue((CheckboxGroup<String>) _get(CheckboxGroup.class, spec -> spec.withId("criteria-qualifications")),
				Set.of("SINGLE_PARENT", "NEAR_POOR"));
		Criteria c = editor.getCriteria();
		assertThat(c).isEqualTo(
				new Criteria("F", null, 17, 6, List.of(dong), 2, 4, 2, Set.of("SINGLE_PARENT", "NEAR_POOR"), 50));
		String dongName = this.identity.organization(dong).orElseThrow().nameKo();
		assertThat(summary()).isEqualTo("여성 · 17세 이하 · 강남구 " + dongName
				+ " 거주 6개월 이상 · 가구원 2~4명 · 동거 아동 2명 이상 · 차상위계층 또는 한부모가족 · 기준 중위소득 50% 이하");
		assertThat(editor.validate()).isEmpty();

		// Shown again, the same criteria come back.
		CriteriaEditor other = new CriteriaEditor(List.copyOf(this.identity.organizations(OrgLevel.SIGUNGU)), GANGNAM,
				Locale.KOREAN, UI.getCurrent()::getTranslation);
		other.setCriteria(c);
		assertThat(other.getCriteria()).isEqualTo(c);
	}

	@Test
	void shouldExplainWhatCannotHoldInKorean() {
		CriteriaEditor editor = open(Locale.KOREAN);
		_setValue(integer("criteria-min-age"), 70);
		_setValue(integer("criteria-max-age"), 60);
		assertThat(integer("criteria-min-age").isInvalid()).isTrue();
		assertThat(integer("criteria-max-age").getErrorMessage()).isEqualTo("최소 나이가 최대 나이보다 클 수 없습니다.");
		_setValue(integer("criteria-max-income"), 0);
		_setValue(integer("criteria-min-household"), 0);
		assertThat(editor.validate()).containsExactly("최소 나이: 최소 나이가 최대 나이보다 클 수 없습니다.",
				"최대 나이: 최소 나이가 최대 나이보다 클 수 없습니다.", "최소 가구원 수: 가구원 수는 1명 이상입니다.",
				"소득인정액 상한 (기준 중위소득 대비): 1%–300% 사이로 입력하세요.");
		assertThat(_get(Div.class, spec -> spec.withId("criteria-errors")).getElement().getTextRecursively())
			.contains("최소 나이가 최대 나이보다 클 수 없습니다.");

		_setValue(integer("criteria-max-age"), 80);
		_setValue(integer("criteria-max-income"), 60);
		_setValue(integer("criteria-min-household"), 1);
		assertThat(editor.validate()).isEmpty();
		assertThat(integer("criteria-min-age").isInvalid()).isFalse();
		assertThat(summary()).isEqualTo("70~80세 · 가구원 1명 이상 · 기준 중위소득 60% 이하");
		_setValue(integer("criteria-max-age"), 131);
		assertThat(editor.validate()).containsExactly("최대 나이: 나이는 130세 이하로 입력하세요.");
	}

	@Test
	void shouldSpeakEnglish() {
		CriteriaEditor editor = open(Locale.ENGLISH);
		_setValue(integer("criteria-min-children"), -1);
		_setValue(integer("criteria-min-age"), 65);
		assertThat(editor.validate()).containsExactly("Minimum cohabiting children: Must be 0 or more.");
		_setValue(integer("criteria-min-children"), 1);
		_setValue(integer("criteria-min-residence"), 24);
		assertThat(summary()).isEqualTo(
				"aged 65 or over · at the current address for 2 year(s) or more · 1 or more cohabiting children");
	}

}
