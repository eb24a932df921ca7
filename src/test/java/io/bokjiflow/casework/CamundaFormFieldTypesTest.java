package io.bokjiflow.casework;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Every form-js field type BokjiFlow supports: what is read, what is refused at parse
 * time, and what the server accepts, converts or refuses.
 */
class CamundaFormFieldTypesTest {

	@Test
	void shouldReadEveryDisplayType() {
		CamundaForm form = CamundaForm.parse(form("""
				{"type":"text","text":"# 안내\\n- 하나"},
				{"type":"html","content":"<p>hi</p><script>x()</script>"},
				{"type":"image","source":"https://example.org/logo.png","alt":"Logo"},
				{"type":"separator"},
				{"type":"spacer","height":30},
				{"type":"table","label":"Members","dataSource":"=members",
				 "columns":[{"label":"Name","key":"name"},{"label":"Age","key":"age"}]},
				{"type":"iframe","url":"https://example.org/help","label":"Help"},
				{"type":"button","action":"submit","label":"Submit"}
				"""));

		assertThat(form.fields()).extracting(CamundaForm.Field::type, CamundaForm.Field::input)
			.containsExactly(tuple("text", false), tuple("html", false), tuple("image", false),
					tuple("separator", false), tuple("spacer", false), tuple("table", false), tuple("iframe", false),
					tuple("button", false));
		assertThat(form.fields().get(2).content()).isEqualTo("https://example.org/logo.png");
		assertThat(form.fields().get(2).label(Locale.KOREAN)).isEqualTo("Logo");
		assertThat(form.fields().get(4).content()).isEqualTo("30");
		assertThat(form.fields().get(5).options()).extracting(CamundaForm.Option::value).containsExactly("name", "age");
		assertThat(form.fields().get(5).content()).isEqualTo("=members");
		assertThat(form.fields().get(6).content()).isEqualTo("https://example.org/help");
		// Display fields never submit anything.
		assertThat(form.validate(Map.of("members", "x", "Submit", "y"))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"type\":\"iframe\",\"url\":\"http://example.org\"}",
			"{\"type\":\"image\",\"source\":\"javascript:alert(1)\"}",
			"{\"type\":\"image\",\"source\":\"data:image/svg+xml;base64,PHN2Zz4=\"}",
			"{\"type\":\"select\",\"key\":\"a\",\"valuesKey\":\"options\"}",
			"{\"type\":\"radio\",\"key\":\"a\",\"valuesExpression\":\"=options\"}",
			"{\"type\":\"group\",\"path\":\"address\",\"components\":[]}",
			"{\"type\":\"expression\",\"key\":\"total\"}",
			"{\"type\":\"expression\",\"key\":\"t\",\"expression\":\"=a +\"}",
			"{\"type\":\"textfield\",\"key\":\"a\",\"readonly\":\"=(\"}",
			"{\"type\":\"textfield\",\"key\":\"a\",\"validate\":{\"pattern\":\"[\"}}",
			"{\"type\":\"textfield\",\"key\":\"a\",\"validate\":{\"validationType\":\"iban\"}}",
			"{\"type\":\"dynamiclist\",\"label\":\"no path\",\"components\":[]}",
			"{\"type\":\"dynamiclist\",\"path\":\"a\",\"components\":[{\"type\":\"filepicker\",\"key\":\"f\"}]}" })
	void shouldRefuseAtParseTimeWhatItCannotHonour(String component) {
		assertThatIllegalArgumentException().isThrownBy(() -> CamundaForm.parse(form(component)));
	}

	@Test
	void shouldCheckDatesTimesAndDateTimes() {
		CamundaForm form = CamundaForm.parse(
				form("""
						{"type":"datetime","subtype":"date","key":"day","dateLabel":"Day"},
						{"type":"datetime","subtype":"time","key":"at","timeLabel":"Time","timeSerializingFormat":"no_timezone"},
						{"type":"datetime","subtype":"time","key":"atZoned","timeLabel":"Zoned time"},
						{"type":"datetime","subtype":"datetime","key":"visit","dateLabel":"Visit",
						 "timeSerializingFormat":"utc_normalized"},
						{"type":"datetime","subtype":"datetime","key":"local","dateLabel":"Local",
						 "timeSerializingFormat":"no_timezone"}
						"""));
		assertThat(form.fields().get(1).label(Locale.KOREAN)).isEqualTo("Time");

		Map<String, Object> values = Map.of("day", "2026-03-01", "at", "14:30:59", "atZoned", "14:30", "visit",
				"2026-03-01T09:15", "local", "2026-03-01T09:15:00+09:00");
		assertThat(form.validate(values)).containsExactly(entry("day", "2026-03-01"), entry("at", "14:30"),
				entry("atZoned", "14:30+09:00"), entry("visit", "2026-03-01T00:15Z"),
				entry("local", "2026-03-01T09:15"));

		assertThatThrownBy(() -> form.validate(Map.of("day", "2026-02-30", "at", "25:00", "visit", "tomorrow")))
			.isInstanceOfSatisfying(FormValidationException.class,
					ex -> assertThat(ex.fieldErrors()).containsOnly(entry("day", "form.error.date"),
							entry("at", "form.error.date"), entry("visit", "form.error.date")));
	}

	@Test
	void shouldCheckNumbersWithDecimalDigits() {
		CamundaForm form = CamundaForm
			.parse(form("{\"type\":\"number\",\"key\":\"rate\",\"decimalDigits\":2,\"validate\":{\"max\":1}}"));

		assertThat(form.validate(Map.of("rate", "0.25"))).containsExactly(entry("rate", 0.25));
		assertThat(errors(form, Map.of("rate", "0.125"))).containsExactly(entry("rate", "form.error.decimalDigits"));
		assertThat(errors(form, Map.of("rate", "1.5"))).containsExactly(entry("rate", "form.error.range"));
	}

	@Test
	void shouldCheckSearchableSelectsAndTaglists() {
		CamundaForm form = CamundaForm.parse(form("""
				{"type":"select","key":"bank","searchable":true,
				 "values":[{"label":"국민","value":"KB"},{"label":"신한","value":"SH"}]},
				{"type":"taglist","key":"needs","validate":{"required":true},
				 "values":[{"label":"주거","value":"HOUSING"},{"label":"의료","value":"MEDICAL"}],
				 "properties":{"values_en":"HOUSING:Housing;MEDICAL:Medical"}}
				"""));
		assertThat(form.fields().get(0).searchable()).isTrue();
		assertThat(form.fields().get(1).options()).extracting(o -> o.label(Locale.ENGLISH))
			.containsExactly("Housing", "Medical");

		assertThat(form.validate(Map.of("bank", "SH", "needs", List.of("MEDICAL", "HOUSING"))))
			.containsExactly(entry("bank", "SH"), entry("needs", "MEDICAL,HOUSING"));
		assertThat(errors(form, Map.of("bank", "XX", "needs", List.of("FOOD"))))
			.containsOnly(entry("bank", "form.error.option"), entry("needs", "form.error.option"));
		assertThat(errors(form, Map.of())).containsOnly(entry("needs", "form.error.required"));
	}

	@Test
	void shouldCheckEmailAndPhoneValidationTypes() {
		CamundaForm form = CamundaForm.parse(form("""
				{"type":"textfield","key":"email","validate":{"validationType":"email"}},
				{"type":"textfield","key":"phone","validate":{"validationType":"phone"}}
				"""));

		assertThat(form.validate(Map.of("email", "a@b.kr", "phone", "+82 2-123-4567"))).hasSize(2);
		assertThat(errors(form, Map.of("email", "a@b", "phone", "call me")))
			.containsOnly(entry("email", "form.error.pattern"), entry("phone", "form.error.pattern"));
	}

	@Test
	void shouldValidateTheFieldsOfAGroupAndHideThemWithIt() {
		CamundaForm form = CamundaForm.parse(form("""
				{"type":"checkbox","key":"hasGuardian"},
				{"type":"group","label":"보호자","conditional":{"hide":"=not(hasGuardian)"},
				 "properties":{"label_en":"Guardian"},
				 "components":[
				   {"type":"textfield","key":"guardianName","label":"이름","validate":{"required":true}},
				   {"type":"textfield","key":"guardianPhone","label":"전화"}
				 ]}
				"""));
		CamundaForm.Field group = form.fields().get(1);
		assertThat(group.label(Locale.ENGLISH)).isEqualTo("Guardian");
		assertThat(group.components()).extracting(CamundaForm.Field::key)
			.containsExactly("guardianName", "guardianPhone");
		assertThat(form.keyedFields()).extracting(CamundaForm.Field::key)
			.containsExactly("hasGuardian", "guardianName", "guardianPhone");

		// Hidden group: its required field is not enforced and nothing of it is kept.
		assertThat(form.validate(Map.of("guardianName", "김보호"))).containsExactly(entry("hasGuardian", false));
		// Shown group: enforced.
		assertThat(errors(form, Map.of("hasGuardian", true)))
			.containsOnly(entry("guardianName", "form.error.required"));
		assertThat(form.validate(Map.of("hasGuardian", true, "guardianName", " 김보호 ")))
			.containsExactly(entry("hasGuardian", true), entry("guardianName", "김보호"));
	}

	@Test
	void shouldRefuseTheSameKeyInsideAndOutsideAGroup() {
		assertThatIllegalArgumentException().isThrownBy(() -> CamundaForm.parse(form("""
				{"type":"textfield","key":"name"},
				{"type":"group","label":"g","components":[{"type":"textfield","key":"name"}]}
				"""))).withMessageContaining("Duplicate");
	}

	@Test
	void shouldValidateEveryItemOfADynamicListAndKeepItAsJson() {
		CamundaForm form = CamundaForm.parse(form("""
				{"type":"dynamiclist","path":"members","label":"가구원","isRepeating":true,
				 "components":[
				   {"type":"textfield","key":"name","label":"이름","validate":{"required":true}},
				   {"type":"number","key":"age","label":"나이","validate":{"min":0,"max":130}},
				   {"type":"textfield","key":"school","label":"학교","conditional":{"hide":"=age >= 19"},
				    "validate":{"required":true}}
				 ]}
				"""));
		CamundaForm.Field list = form.fields().get(0);
		assertThat(list.key()).isEqualTo("members");
		assertThat(list.components()).extracting(CamundaForm.Field::key).containsExactly("name", "age", "school");

		Map<String, Object> adult = new HashMap<>(Map.of("name", "김철수", "age", "45", "school", "ignored"));
		Map<String, Object> child = Map.of("name", "김영희", "age", "12", "school", "역삼초");
		Map<String, Object> valid = form.validate(Map.of("members", List.of(adult, child)));

		assertThat(valid).containsOnlyKeys("members");
		assertThat(CamundaForm.readList((String) valid.get("members")))
			.containsExactly(Map.of("name", "김철수", "age", 45), Map.of("name", "김영희", "age", 12, "school", "역삼초"));

		// Age -1 is out of range, and under 19 the school is shown and so required.
		Map<String, Object> badChild = Map.of("name", " ", "age", "-1");
		assertThat(errors(form, Map.of("members", List.of(adult, badChild)))).containsOnly(
				entry("members[1].name", "form.error.required"), entry("members[1].age", "form.error.range"),
				entry("members[1].school", "form.error.required"));
		assertThat(errors(form, Map.of("members", "not a list"))).containsOnly(entry("members", "form.error.option"));
		assertThat(form.validate(Map.of())).containsExactly(entry("members", "[]"));
	}

	@Test
	void shouldComputeExpressionFieldsOnTheServer() {
		CamundaForm form = CamundaForm.parse(form("""
				{"type":"number","key":"rent"},
				{"type":"number","key":"deposit"},
				{"type":"expression","key":"monthlyTotal","expression":"=rent + deposit * 0.005"},
				{"type":"expression","key":"label","expression":"=if rent > 500000 then \\"HIGH\\" else \\"NORMAL\\""}
				"""));
		assertThat(form.fields().get(2).input()).isFalse();
		assertThat(form.fields().get(2).keyed()).isTrue();

		// A value the client sends for a computed field is ignored and computed again.
		assertThat(form.validate(Map.of("rent", "600000", "deposit", "10000000", "monthlyTotal", "1"))).containsExactly(
				entry("rent", 600000L), entry("deposit", 10000000L), entry("monthlyTotal", 650000L),
				entry("label", "HIGH"));
		// Missing input: the expression is null and nothing is stored for it.
		assertThat(form.validate(Map.of("rent", "100"))).containsExactly(entry("rent", 100L), entry("label", "NORMAL"));
	}

	@Test
	void shouldTakeNoValueOfDisabledOrReadOnlyFields() {
		CamundaForm form = CamundaForm.parse(form("""
				{"type":"checkbox","key":"locked"},
				{"type":"textfield","key":"fixed","disabled":true,"validate":{"required":true}},
				{"type":"textfield","key":"shown","readonly":true},
				{"type":"textfield","key":"maybe","readonly":"=locked","validate":{"required":true}}
				"""));
		assertThat(form.fields().get(3).readonly(Map.of("locked", true))).isTrue();
		assertThat(form.fields().get(3).readonly(Map.of("locked", false))).isFalse();

		assertThat(form.validate(Map.of("locked", true, "fixed", "x", "shown", "y", "maybe", "z")))
			.containsExactly(entry("locked", true));
		assertThat(errors(form, Map.of("locked", false))).containsOnly(entry("maybe", "form.error.required"));
	}

	@Test
	void shouldKeepAttachmentIdsOfAFilePicker() {
		CamundaForm form = CamundaForm.parse(form("""
				{"type":"filepicker","key":"proof","label":"증빙","accept":".pdf,.png","validate":{"required":true}},
				{"type":"filepicker","key":"photos","label":"사진","multiple":true}
				"""));
		assertThat(form.fields().get(0).content()).isEqualTo(".pdf,.png");
		assertThat(form.fields().get(0).allowMany()).isFalse();
		assertThat(form.fields().get(1).allowMany()).isTrue();
		String a = "0b5c7e1e-4c4e-4a43-9a8e-7a8f1d1f0a01";
		String b = "5d1b2c3e-0000-4000-8000-000000000002";

		assertThat(form.validate(Map.of("proof", List.of(a), "photos", List.of(a, b))))
			.containsExactly(entry("proof", a), entry("photos", a + "," + b));
		assertThat(errors(form, Map.of("photos", List.of("../../etc/passwd"))))
			.containsOnly(entry("proof", "form.error.required"), entry("photos", "form.error.file"));
		assertThat(errors(form, Map.of("proof", List.of(a, b)))).containsOnly(entry("proof", "form.error.file"));
	}

	@Test
	void shouldKeepPartialDraftsWithoutValidatingButTypeCheckThem() {
		CamundaForm form = CamundaForm.parse(form("""
				{"type":"textfield","key":"name","validate":{"required":true,"minLength":5,"maxLength":8}},
				{"type":"number","key":"age","validate":{"min":0}},
				{"type":"radio","key":"outcome","values":[{"label":"A","value":"A"}]},
				{"type":"checklist","key":"kinds","values":[{"label":"X","value":"X"},{"label":"Y","value":"Y"}]},
				{"type":"checkbox","key":"ok"},
				{"type":"datetime","key":"day"},
				{"type":"dynamiclist","path":"rows","components":[{"type":"number","key":"n"}]}
				"""));
		Map<String, Object> submitted = new HashMap<>();
		submitted.put("name", "ab");
		submitted.put("age", "-3");
		submitted.put("outcome", "HACK");
		submitted.put("kinds", List.of("X", "Z"));
		submitted.put("ok", "yes");
		submitted.put("day", "2026-13-01");
		submitted.put("rows", List.of(Map.of("n", "7", "evil", "x"), Map.of("n", "seven")));
		submitted.put("notInTheForm", "dropped");

		// Partial and out-of-range input is kept; wrong types and unknown keys are not.
		assertThat(form.sanitiseDraft(submitted)).containsOnly(entry("name", "ab"), entry("age", "-3"),
				entry("rows", List.of(Map.of("n", "7"), Map.of())));
		// Text is cut to the field's maximum length.
		assertThat(form.sanitiseDraft(Map.of("name", "가나다라마바사아자차"))).containsExactly(entry("name", "가나다라마바사아"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "{", "{\"id\":\"x\",\"type\":\"default\",\"components\":{}}",
			"{\"id\":\"x\",\"type\":\"default\",\"components\":[{\"type\":\"textfield\"}]}" })
	void shouldRefuseBadJson(String json) {
		assertThatIllegalArgumentException().isThrownBy(() -> CamundaForm.parse(json));
	}

	private static Map<String, String> errors(CamundaForm form, Map<String, Object> submitted) {
		try {
			form.validate(submitted);
		}
		catch (FormValidationException ex) {
			return ex.fieldErrors();
		}
		throw new AssertionError("Expected validation errors for " + submitted);
	}

	private static String form(String components) {
		return "{\"id\":\"test-form\",\"type\":\"default\",\"components\":[" + components + "]}";
	}

}
