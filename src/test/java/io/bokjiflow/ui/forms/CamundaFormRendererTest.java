package io.bokjiflow.ui.forms;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.component.upload.Upload;
import io.bokjiflow.casework.CamundaForm;
import io.bokjiflow.shared.UserFacingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The renderer in a mocked Vaadin UI (no Spring): every field type becomes a labelled
 * component, conditions follow the values, and values survive a round trip through a
 * draft.
 */
class CamundaFormRendererTest {

	private static final String FORM = """
			{"id":"all-types","type":"default","components":[
			  {"type":"text","text":"# 안내\\n본문 **굵게**\\n- 항목"},
			  {"type":"html","content":"<p onclick=\\"x()\\">안전</p><script>alert(1)</script>"},
			  {"type":"image","source":"https://example.org/a.png","alt":"로고"},
			  {"type":"iframe","url":"https://example.org/help","label":"도움말"},
			  {"type":"button","label":"Submit","action":"submit"},
			  {"type":"checkbox","key":"hasGuardian","label":"보호자 있음"},
			  {"type":"group","label":"보호자","conditional":{"hide":"=not(hasGuardian)"},"components":[
			    {"type":"textfield","key":"guardianName","label":"보호자 이름"}
			  ]},
			  {"type":"number","key":"rent","label":"월세"},
			  {"type":"select","key":"bank","label":"은행","searchable":true,
			   "values":[{"label":"국민","value":"KB"},{"label":"신한","value":"SH"}]},
			  {"type":"taglist","key":"needs","label":"욕구",
			   "values":[{"label":"주거","value":"HOUSING"},{"label":"의료","value":"MEDICAL"}]},
			  {"type":"datetime","subtype":"time","key":"at","timeLabel":"상담 시각"},
			  {"type":"datetime","subtype":"datetime","key":"visit","dateLabel":"방문 일시"},
			  {"type":"textfield","key":"locked","label":"잠김","readonly":"=rent > 100"},
			  {"type":"dynamiclist","path":"members","label":"가구원","components":[
			    {"type":"textfield","key":"name","label":"이름"},
			    {"type":"number","key":"age","label":"나이"}
			  ]},
			  {"type":"table","label":"가구원 표","dataSource":"=members",
			   "columns":[{"label":"이름","key":"name"},{"label":"나이","key":"age"}]},
			  {"type":"filepicker","key":"proof","label":"증빙"},
			  {"type":"expression","key":"total","expression":"=rent * 12"}
			]}
			""";

	private final List<String> received = new ArrayList<>();

	private CamundaFormRenderer renderer;

	@BeforeEach
	void render() {
		MockVaadin.setup();
		this.renderer = new CamundaFormRenderer(CamundaForm.parse(FORM), Locale.KOREAN, key -> key,
				(filename, content) -> {
					if (content[0] == 'M') {
						throw new UserFacingException("attachment.error.type", filename);
					}
					String id = UUID.randomUUID().toString();
					this.received.add(filename);
					return new FilePickerField.StoredFile(id, filename);
				});
		UI.getCurrent().add(this.renderer);
	}

	@AfterEach
	void tearDown() {
		MockVaadin.tearDown();
	}

	@Test
	void shouldLabelEveryInputAndShowDisplayFieldsSafely() {
		this.renderer.getChildren().forEach(c -> {
			if (c instanceof HasValue<?, ?> && c instanceof HasLabel l) {
				assertThat(l.getLabel()).as(c.getId().orElse("?")).isNotBlank();
			}
		});
		assertThat(_get(Html.class).getInnerHtml()).contains("안전").doesNotContain("script").doesNotContain("onclick");
		assertThat(_get(Image.class).getAlt()).contains("로고");
		Anchor help = _get(Anchor.class, spec -> spec.withText("도움말"));
		assertThat(help.getHref()).isEqualTo("https://example.org/help");
		assertThat(help.getElement().getAttribute("rel")).contains("noopener");
		// The form's own buttons are not shown; the dynamic list brings its own.
		assertThat(_find(Button.class, spec -> spec.withText("Submit"))).isEmpty();
		assertThat(_get(ComboBox.class).getLabel()).isEqualTo("은행");
		assertThat(_get(MultiSelectComboBox.class).getLabel()).isEqualTo("욕구");
		assertThat(_get(TimePicker.class, spec -> spec.withId("form-field-at")).getLabel()).isEqualTo("상담 시각");
		assertThat(_get(DateTimePicker.class).getLabel()).isEqualTo("방문 일시");
		assertThat(group().isVisible()).isFalse();
	}

	@Test
	@SuppressWarnings("unchecked")
	void shouldFollowConditionsAndReadOnlyExpressionsAsValuesChange() {
		FieldSet group = group();
		assertThat(group.isVisible()).isFalse();
		_setValue(_get(Checkbox.class, spec -> spec.withId("form-field-hasGuardian")), true);
		assertThat(group.isVisible()).isTrue();

		TextField locked = _get(TextField.class, spec -> spec.withId("form-field-locked"));
		assertThat(locked.isReadOnly()).isFalse();
		_setValue(_get(BigDecimalField.class, spec -> spec.withId("form-field-rent")), new java.math.BigDecimal(500));
		assertThat(locked.isReadOnly()).isTrue();
	}

	@Test
	@SuppressWarnings("unchecked")
	void shouldCollectDynamicListItemsAndShowThemInTheTable() {
		DynamicListField list = _get(DynamicListField.class);
		_setValue(_get(TextField.class, spec -> spec.withId("form-field-members-0-name")), "김철수");
		_click(_get(Button.class, spec -> spec.withId("form-list-add-members")));
		List<CamundaFormRenderer> items = list.items();
		assertThat(items).hasSize(2);
		_setValue(_get(TextField.class, spec -> spec.withId("form-field-members-1-name")), "김영희");

		assertThat(this.renderer.values().get("members"))
			.isEqualTo(List.of(Map.of("name", "김철수"), Map.of("name", "김영희")));
		Grid<Map<String, Object>> table = _get(Grid.class);
		assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(table)).isEqualTo(2);
	}

	@Test
	void shouldUploadFilesOfAFilePickerAndShowRefusals() {
		FilePickerField picker = _get(FilePickerField.class);
		Upload upload = picker.upload();
		UploadKt._upload(upload, "증빙.pdf", "application/pdf", "%PDF-1.4".getBytes());
		MockVaadin.clientRoundtrip();
		assertThat(this.received).containsExactly("증빙.pdf");
		assertThat(picker.getValue()).hasSize(1);

		UploadKt._upload(upload, "virus.pdf", "application/pdf", "MZ".getBytes());
		MockVaadin.clientRoundtrip();
		assertThat(picker.isInvalid()).isTrue();
		assertThat(picker.getErrorMessage()).isEqualTo("attachment.error.type");
		assertThat(picker.getValue()).hasSize(1);
	}

	private FieldSet group() {
		return this.renderer.getChildren()
			.filter(FieldSet.class::isInstance)
			.map(FieldSet.class::cast)
			.findFirst()
			.orElseThrow();
	}

	@Test
	void shouldRestoreEveryKindOfValueFromADraft() {
		String fileId = UUID.randomUUID().toString();
		Map<String, Object> draft = Map.of("hasGuardian", true, "guardianName", "김보호", "rent", "450000.5", "bank", "SH",
				"needs", List.of("MEDICAL", "UNKNOWN"), "at", "14:30+09:00", "visit", "2026-03-01T09:15", "members",
				List.of(Map.of("name", "김철수", "age", "45")), "proof", List.of(fileId));
		this.renderer.setValues(draft);

		assertThat(group().isVisible()).isTrue();
		assertThat(_get(ComboBox.class).getValue()).isEqualTo("SH");
		assertThat(_get(MultiSelectComboBox.class).getValue()).isEqualTo(Set.of("MEDICAL"));
		assertThat(_get(TimePicker.class, spec -> spec.withId("form-field-at")).getValue())
			.isEqualTo(LocalTime.of(14, 30));
		assertThat(_get(DateTimePicker.class).getValue()).isEqualTo(LocalDateTime.of(2026, 3, 1, 9, 15));
		Map<String, Object> values = this.renderer.values();
		assertThat(values).containsEntry("rent", "450000.5")
			.containsEntry("guardianName", "김보호")
			.containsEntry("needs", List.of("MEDICAL"))
			.containsEntry("at", "14:30")
			.containsEntry("visit", "2026-03-01T09:15")
			.containsEntry("members", List.of(Map.of("name", "김철수", "age", "45")))
			.containsEntry("proof", List.of(fileId));
		// The server computes the expression field; the renderer never sends it.
		assertThat(values).doesNotContainKey("total");
	}

}
