package io.bokjiflow.ui.programs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import io.bokjiflow.casework.CamundaForm;
import io.bokjiflow.openmarket.LocalPrograms;
import io.bokjiflow.ui.KaribuTest;
import io.bokjiflow.ui.forms.FilePickerField;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The form builder as a local official uses it: add each kind of item, label it in Korean
 * and English, mark it required, give help, reorder, and get Camunda Forms JSON that
 * {@link CamundaForm} parses and that reads back to the same JSON.
 */
class FormBuilderKaribuIT extends KaribuTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	private LocalPrograms programs;

	private FormBuilder open() {
		openUiAs("official.gangnam");
		UI ui = UI.getCurrent();
		FormBuilder builder = new FormBuilder(Locale.KOREAN, ui::getTranslation);
		builder.read(null, "l11680-test-application");
		ui.add(builder);
		return builder;
	}

	private static Div card(int index) {
		return _get(Div.class, spec -> spec.withId("form-item-" + index));
	}

	private static TextField field(int index, String className) {
		return _get(card(index), TextField.class, spec -> spec.withClasses("form-item-" + className));
	}

	private static void label(int index, String ko, String en) {
		_setValue(field(index, "label-ko"), ko);
		_setValue(field(index, "label-en"), en);
	}

	@Test
	void shouldAddEachItemTypeAndWriteAFormCamundaParses() {
		FormBuilder builder = open();
		for (String type : List.of("text", "number", "date", "select", "checkbox", "file")) {
			_click(_get(Button.class, spec -> spec.withId("form-builder-add-" + type)));
		}
		label(0, "연락처", "Phone number");
		label(1, "월 임대료", "Monthly rent");
		label(2, "전입일", "Moved in on");
		label(3, "주거 형태", "Housing");
		label(4, "위 내용이 사실임을 확인합니다", "I confirm the above is true");
		label(5, "임대차 계약서", "Lease contract");
		_setValue(_get(card(0), Checkbox.class, spec -> spec.withClasses("form-item-required")), true);
		_setValue(_get(card(4), Checkbox.class, spec -> spec.withClasses("form-item-required")), true);
		_setValue(field(0, "description"), "낮에 연락되는 번호");
		// The select starts with one option; name it and add a second.
		_setValue(_get(card(3), TextField.class, spec -> spec.withClasses("form-item-option-ko")), "자가");
		_setValue(_get(card(3), TextField.class, spec -> spec.withClasses("form-item-option-en")), "Owned");
		_setValue(_get(card(3), TextField.class, spec -> spec.withClasses("form-item-option-value")), "OWNED");
		_click(_get(card(3), Button.class, spec -> spec.withClasses("form-option-add")));
		List<TextField> ko = _find(card(3), TextField.class, spec -> spec.withClasses("form-item-option-ko"));
		_setValue(ko.get(1), "월세");
		List<TextField> en = _find(card(3), TextField.class, spec -> spec.withClasses("form-item-option-en"));
		_setValue(en.get(1), "Monthly rent");

		assertThat(builder.validate()).isEmpty();
		CamundaForm form = CamundaForm.parse(builder.toJson());
		assertThat(form.id()).isEqualTo("l11680-test-application");
		assertThat(form.fields()).extracting(CamundaForm.Field::type)
			.containsExactly("textfield", "number", "datetime", "select", "checkbox", "filepicker");
		assertThat(form.fields()).extracting(CamundaForm.Field::key)
			.as("keys follow the English labels")
			.containsExactly("phoneNumber", "monthlyRent", "movedInOn", "housing", "iConfirmTheAboveIsTrue",
					"leaseContract");
		assertThat(form.fields()).extracting(CamundaForm.Field::label)
			.containsExactly("연락처", "월 임대료", "전입일", "주거 형태", "위 내용이 사실임을 확인합니다", "임대차 계약서");
		assertThat(form.fields()).extracting(f -> f.label(Locale.ENGLISH))
			.containsExactly("Phone number", "Monthly rent", "Moved in on", "Housing", "I confirm the above is true",
					"Lease contract");
		assertThat(form.fields()).extracting(CamundaForm.Field::required)
			.containsExactly(true, false, false, false, true, false);
		assertThat(form.fields().get(0).description()).isEqualTo("낮에 연락되는 번호");
		assertThat(form.fields().get(2).subtype()).isEqualTo("date");
		assertThat(form.fields().get(3).options()).extracting(CamundaForm.Option::value)
			.containsExactly("OWNED", "MONTHLY_RENT");
		assertThat(form.fields().get(3).options()).extracting(o -> o.label(Locale.ENGLISH))
			.containsExactly("Owned", "Monthly rent");

		// The preview renders the same form with the project's renderer.
		Div preview = _get(Div.class, spec -> spec.withId("form-builder-preview"));
		assertThat(_get(preview, TextField.class, spec -> spec.withId("form-field-phoneNumber")).getLabel())
			.isEqualTo("연락처");
		assertThat(_get(preview, TextField.class, spec -> spec.withId("form-field-phoneNumber")).getHelperText())
			.isEqualTo("낮에 연락되는 번호");
		_get(preview, BigDecimalField.class, spec -> spec.withId("form-field-monthlyRent"));
		_get(preview, DatePicker.class, spec -> spec.withId("form-field-movedInOn"));
		assertThat(_get(preview, Select.class, spec -> spec.withId("form-field-housing")).getListDataView().getItems())
			.containsExactly("OWNED", "MONTHLY_RENT");
		assertThat(_get(preview, Checkbox.class, spec -> spec.withId("form-field-iConfirmTheAboveIsTrue"))
			.isRequiredIndicatorVisible()).isTrue();
		_get(preview, FilePickerField.class, spec -> spec.withId("form-field-leaseContract"));
	}

	@Test
	void shouldReorderAndRemoveItems() {
		FormBuilder builder = open();
		for (String type : List.of("text", "number", "checkbox")) {
			_click(_get(Button.class, spec -> spec.withId("form-builder-add-" + type)));
		}
		label(0, "이름", "Name");
		label(1, "나이", "Age");
		label(2, "동의", "Consent");
		_click(_get(card(2), Button.class, spec -> spec.withClasses("form-item-up")));
		assertThat(builder.keys()).containsExactly("name", "consent", "age");
		_click(_get(card(0), Button.class, spec -> spec.withClasses("form-item-down")));
		assertThat(builder.keys()).containsExactly("consent", "name", "age");
		assertThat(_get(card(0), Button.class, spec -> spec.withClasses("form-item-up")).isEnabled())
			.as("the first cannot go up")
			.isFalse();
		assertThat(CamundaForm.parse(builder.toJson()).fields()).extracting(CamundaForm.Field::key)
			.containsExactly("consent", "name", "age");
		Div preview = _get(Div.class, spec -> spec.withId("form-builder-preview"));
		assertThat(_find(preview, Checkbox.class).get(0).getId()).hasValue("form-field-consent");

		_click(_get(card(1), Button.class, spec -> spec.withClasses("form-item-remove")));
		assertThat(builder.keys()).containsExactly("consent", "age");
		assertThat(_find(Div.class, spec -> spec.withId("form-item-2"))).isEmpty();
	}

	@Test
	void shouldReadItsOwnJsonBackIdentically() throws Exception {
		FormBuilder builder = open();
		_click(_get(Button.class, spec -> spec.withId("form-builder-add-select")));
		_click(_get(Button.class, spec -> spec.withId("form-builder-add-date")));
		_click(_get(Button.class, spec -> spec.withId("form-builder-add-file")));
		label(0, "가구 유형", "Household type");
		label(1, "출생일", "");
		label(2, "증빙", "Evidence");
		_setValue(field(1, "description"), "아기의 출생일");
		_setValue(_get(card(2), Checkbox.class, spec -> spec.withClasses("form-item-required")), true);
		String json = builder.toJson();

		FormBuilder again = new FormBuilder(Locale.KOREAN, UI.getCurrent()::getTranslation);
		again.read(json, "ignored");
		assertThat(JSON.readTree(again.toJson())).isEqualTo(JSON.readTree(json));
		assertThat(again.items()).extracting(FormBuilder.Item::key)
			.containsExactly("householdType", "date1", "evidence");
		assertThat(again.items().get(2).required()).isTrue();
		assertThat(again.items().get(1).description()).isEqualTo("아기의 출생일");
	}

	@Test
	void shouldKeepAFormFromTheModelerAsItWas() throws Exception {
		FormBuilder builder = open();
		String consent = Files.readString(Path.of("forms/case-consent.form"));
		builder.read(consent, "ignored");
		assertThat(JSON.readTree(builder.toJson())).isEqualTo(JSON.readTree(consent));
		assertThat(builder.items()).extracting(FormBuilder.Item::type)
			.contains(FormBuilder.ItemType.CHECKBOX, FormBuilder.ItemType.DATE, FormBuilder.ItemType.OTHER);
		// A textarea is not one of the six kinds: kept, movable, not editable.
		int other = builder.items()
			.indexOf(builder.items()
				.stream()
				.filter(i -> i.type() == FormBuilder.ItemType.OTHER)
				.findFirst()
				.orElseThrow());
		assertThat(_find(card(other), TextField.class)).isEmpty();
		builder.move(other, -1);
		assertThat(CamundaForm.parse(builder.toJson()).fields()).hasSameSizeAs(CamundaForm.parse(consent).fields());
	}

	@Test
	void shouldReadEverySampleProgramsFormBackUnchanged() throws Exception {
		open();
		List<String> forms = this.programs.programs(null)
			.stream()
			.map(v -> v.content().applicationFormJson())
			.filter(java.util.Objects::nonNull)
			.toList();
		assertThat(forms).hasSizeGreaterThan(20);
		for (String json : forms) {
			FormBuilder builder = new FormBuilder(Locale.KOREAN, UI.getCurrent()::getTranslation);
			builder.read(json, "ignored");
			assertThat(JSON.readTree(builder.toJson())).isEqualTo(JSON.readTree(json));
			assertThat(builder.validate()).isEmpty();
		}
	}

	@Test
	void shouldRefuseKeysThatAreNotIdentifiersOrUsedTwice() {
		FormBuilder builder = open();
		_click(_get(Button.class, spec -> spec.withId("form-builder-add-text")));
		_click(_get(Button.class, spec -> spec.withId("form-builder-add-text")));
		label(0, "이름", "Name");
		label(1, "성명", "Name");
		assertThat(builder.keys()).as("a generated key never collides").containsExactly("name", "name1");
		_setValue(field(1, "key"), "name");
		assertThat(field(1, "key").isInvalid()).isTrue();
		assertThat(builder.validate()).anyMatch(m -> m.contains("신청 항목 2") && m.contains("name"));
		_setValue(field(1, "key"), "2nd name");
		assertThat(field(1, "key").isInvalid()).isTrue();
		assertThat(builder.validate()).anyMatch(m -> m.contains("영문자나 _로 시작"));
		_setValue(field(1, "key"), "fullName");
		_setValue(field(0, "label-ko"), "");
		assertThat(builder.validate()).containsExactly("신청 항목 1: 항목명(한국어)을 입력하세요.");
		_setValue(field(0, "label-ko"), "이름");
		assertThat(builder.validate()).isEmpty();
		// An edited key no longer follows the English label.
		_setValue(field(1, "label-en"), "Full legal name");
		assertThat(builder.keys()).containsExactly("name", "fullName");
	}

}
