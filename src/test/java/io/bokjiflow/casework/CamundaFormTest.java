package io.bokjiflow.casework;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

class CamundaFormTest {

	private static CamundaForm review;

	@BeforeAll
	static void parseReviewForm() throws IOException {
		review = CamundaForm
			.parse(Files.readString(Path.of("src", "test", "resources", "camunda-form", "review-fixture.form")));
	}

	@Test
	void shouldReadTheReviewFormWithItsFieldsInOrder() {
		assertThat(review.id()).isEqualTo("travel-voucher-review");
		assertThat(review.fields()).extracting(CamundaForm.Field::type, CamundaForm.Field::key)
			.containsExactly(tuple("text", null), tuple("radio", "reviewOutcome"), tuple("textarea", "reviewReason"),
					tuple("textarea", "reviewNote"));
		CamundaForm.Field outcome = review.fields().get(1);
		assertThat(outcome.required()).isTrue();
		assertThat(outcome.label(Locale.KOREAN)).isEqualTo("결정");
		assertThat(outcome.label(Locale.ENGLISH)).isEqualTo("Decision");
		assertThat(outcome.options()).extracting(CamundaForm.Option::value).containsExactly("APPROVE", "REJECT");
		assertThat(outcome.options()).extracting(o -> o.label(Locale.ENGLISH))
			.containsExactly("Approve (grant)", "Reject");
		CamundaForm.Field reason = review.fields().get(2);
		assertThat(reason.minLength()).isEqualTo(5);
		assertThat(reason.maxLength()).isEqualTo(1000);
		assertThat(reason.hideIf()).isEqualTo("=reviewOutcome != \"REJECT\"");
		assertThat(review.fields().get(0).input()).isFalse();
	}

	@Test
	void shouldRequireAnOutcome() {
		assertThat(errors(Map.of())).containsExactly(entry("reviewOutcome", "form.error.required"));
		assertThat(errors(Map.of("reviewOutcome", " "))).containsExactly(entry("reviewOutcome", "form.error.required"));
	}

	@Test
	void shouldRequireAReasonForARejection() {
		assertThat(errors(Map.of("reviewOutcome", "REJECT")))
			.containsExactly(entry("reviewReason", "form.error.required"));
		assertThat(errors(Map.of("reviewOutcome", "REJECT", "reviewReason", "   ")))
			.containsExactly(entry("reviewReason", "form.error.required"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "no", "서류", "  abcd  " })
	void shouldRejectARejectionReasonShorterThanFiveCharacters(String reason) {
		assertThat(errors(Map.of("reviewOutcome", "REJECT", "reviewReason", reason)))
			.containsExactly(entry("reviewReason", "form.error.minLength"));
	}

	@Test
	void shouldRejectTextLongerThanTheMaximum() {
		assertThat(errors(
				Map.of("reviewOutcome", "REJECT", "reviewReason", "가".repeat(1001), "reviewNote", "x".repeat(1001))))
			.containsOnly(entry("reviewReason", "form.error.maxLength"), entry("reviewNote", "form.error.maxLength"));
	}

	@Test
	void shouldKeepTheStrippedReasonOfARejection() {
		assertThat(review.validate(Map.of("reviewOutcome", "REJECT", "reviewReason", "  소득 기준 초과입니다.  ")))
			.containsExactly(entry("reviewOutcome", "REJECT"), entry("reviewReason", "소득 기준 초과입니다."));
	}

	@Test
	void shouldApproveWithoutAReasonAndDropTheHiddenReason() {
		assertThat(review.validate(Map.of("reviewOutcome", "APPROVE")))
			.containsExactly(entry("reviewOutcome", "APPROVE"));
		// The reason field is hidden for an approval, so even a too-short value is
		// neither
		// checked nor stored.
		assertThat(review.validate(Map.of("reviewOutcome", "APPROVE", "reviewReason", "x")))
			.containsExactly(entry("reviewOutcome", "APPROVE"));
	}

	@Test
	void shouldRejectAValueThatIsNotAnOption() {
		assertThat(errors(Map.of("reviewOutcome", "MAYBE")))
			.containsExactly(entry("reviewOutcome", "form.error.option"));
		assertThat(errors(Map.of("reviewOutcome", "approve")))
			.containsExactly(entry("reviewOutcome", "form.error.option"));
	}

	@Test
	void shouldNotPassThroughKeysTheFormDoesNotHave() {
		Map<String, Object> submitted = new HashMap<>();
		submitted.put("reviewOutcome", "APPROVE");
		submitted.put("reviewNote", " 확인함 ");
		submitted.put("decision", "APPROVED");
		submitted.put("eligible", true);
		submitted.put("reviewedBy", "intruder");

		assertThat(review.validate(submitted)).containsExactly(entry("reviewOutcome", "APPROVE"),
				entry("reviewNote", "확인함"));
	}

	@Test
	void shouldReportTheFormErrorKeyOnTheException() {
		assertThatThrownBy(() -> review.validate(Map.of())).isInstanceOf(FormValidationException.class)
			.hasMessage("form.error.invalid");
	}

	@Test
	void shouldCheckAndConvertOtherFieldTypes() {
		CamundaForm form = CamundaForm.parse(form("""
				{"type":"number","key":"income","validate":{"required":true,"min":0,"max":1000000}},
				{"type":"number","key":"rate"},
				{"type":"checkbox","key":"consent","validate":{"required":true}},
				{"type":"checklist","key":"kinds","values":[{"label":"A","value":"A"},{"label":"B","value":"B"}]},
				{"type":"select","key":"channel","values":[{"label":"Letter","value":"LETTER"}]},
				{"type":"datetime","subtype":"date","key":"visitDate","dateLabel":"Visit"},
				{"type":"textfield","key":"phone","validate":{"pattern":"0\\\\d{9,10}"}}
				"""));

		Map<String, Object> valid = new HashMap<>();
		valid.put("income", "250000");
		valid.put("rate", "0.5");
		valid.put("consent", true);
		valid.put("kinds", List.of("A", "B"));
		valid.put("channel", "LETTER");
		valid.put("visitDate", "2025-03-01");
		valid.put("phone", "01012345678");
		assertThat(form.validate(valid)).containsExactly(entry("income", 250000L), entry("rate", 0.5),
				entry("consent", true), entry("kinds", "A,B"), entry("channel", "LETTER"),
				entry("visitDate", "2025-03-01"), entry("phone", "01012345678"));

		Map<String, Object> invalid = new HashMap<>();
		invalid.put("income", "-1");
		invalid.put("rate", "abc");
		invalid.put("consent", false);
		invalid.put("kinds", List.of("A", "C"));
		invalid.put("channel", "EMAIL");
		invalid.put("visitDate", "2025-02-30");
		invalid.put("phone", "010-1234-5678");
		assertThatThrownBy(() -> form.validate(invalid)).isInstanceOfSatisfying(FormValidationException.class,
				ex -> assertThat(ex.fieldErrors()).containsOnly(entry("income", "form.error.range"),
						entry("rate", "form.error.number"), entry("consent", "form.error.required"),
						entry("kinds", "form.error.option"), entry("channel", "form.error.option"),
						entry("visitDate", "form.error.date"), entry("phone", "form.error.pattern")));
	}

	@Test
	void shouldStoreAnUncheckedOptionalCheckboxAsFalse() {
		CamundaForm form = CamundaForm.parse(form("{\"type\":\"checkbox\",\"key\":\"urgent\"}"));

		assertThat(form.validate(Map.of())).containsExactly(entry("urgent", false));
	}

	@Test
	void shouldRejectAFieldTypeItCannotRender() {
		// documentPreview is a Camunda 8 type: Camunda 7 keeps no documents for it.
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CamundaForm.parse(form("{\"type\":\"documentPreview\",\"key\":\"doc\"}")))
			.withMessageContaining("documentPreview");
	}

	@Test
	void shouldRejectAFormWithoutId() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CamundaForm.parse("{\"type\":\"default\",\"components\":[]}"))
			.withMessageContaining("no id");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CamundaForm.parse("{\"id\":\" \",\"type\":\"default\",\"components\":[]}"))
			.withMessageContaining("no id");
	}

	@Test
	void shouldRejectAnInputFieldWithoutAVariableNameAsKey() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CamundaForm.parse(form("{\"type\":\"textfield\",\"label\":\"Name\"}")))
			.withMessageContaining("needs a key");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CamundaForm.parse(form("{\"type\":\"textfield\",\"key\":\"first-name\"}")))
			.withMessageContaining("needs a key");
	}

	@Test
	void shouldRejectADuplicateKey() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CamundaForm
				.parse(form("{\"type\":\"textfield\",\"key\":\"reason\"},{\"type\":\"textarea\",\"key\":\"reason\"}")))
			.withMessageContaining("Duplicate field key 'reason'");
	}

	@ParameterizedTest
	@ValueSource(strings = { "=a = 'x'", "reviewOutcome", "=a and", "=(a", "=", "=a = = b" })
	void shouldRejectAConditionThatIsNotFeel(String condition) {
		String field = "{\"type\":\"textfield\",\"key\":\"note\",\"conditional\":{\"hide\":\"%s\"}}"
			.formatted(condition.replace("\"", "\\\""));

		assertThatIllegalArgumentException().isThrownBy(() -> CamundaForm.parse(form(field)))
			.withMessageContaining("Unsupported condition");
	}

	@ParameterizedTest
	@ValueSource(strings = { "=income > 5", "=a and b", "=contains(a, \"x\")", "=a = b", "=x in [\"A\", \"B\"]" })
	void shouldAcceptAnyFeelCondition(String condition) {
		String field = "{\"type\":\"textfield\",\"key\":\"note\",\"conditional\":{\"hide\":\"%s\"}}"
			.formatted(condition.replace("\"", "\\\""));

		assertThat(CamundaForm.parse(form(field)).fields().get(0).hideIf()).isEqualTo(condition);
	}

	@ParameterizedTest
	@ValueSource(strings = { "not json", "{\"type\":\"default\"}",
			"{\"id\":\"x\",\"type\":\"other\",\"components\":[]}", "[]" })
	void shouldRejectADocumentThatIsNotACamundaForm(String json) {
		assertThatIllegalArgumentException().isThrownBy(() -> CamundaForm.parse(json));
	}

	@Test
	void shouldRejectAnUnknownDateTimeSubtype() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CamundaForm.parse(form("{\"type\":\"datetime\",\"subtype\":\"week\",\"key\":\"at\"}")))
			.withMessageContaining("subtype");
	}

	@Test
	void shouldHideOnlyWhenTheConditionIsTrue() {
		assertThat(CamundaForm.evaluate("=flag", Map.of("flag", true))).isTrue();
		assertThat(CamundaForm.evaluate("=flag", Map.of("flag", false))).isFalse();
		// FEEL, not JavaScript: text is not true, and a missing value is null.
		assertThat(CamundaForm.evaluate("=flag", Map.of("flag", "yes"))).isFalse();
		assertThat(CamundaForm.evaluate("=flag", Map.of("flag", ""))).isFalse();
		assertThat(CamundaForm.evaluate("=flag", Map.of())).isFalse();
		assertThat(CamundaForm.evaluate("=not(flag)", Map.of("flag", false))).isTrue();
		assertThat(CamundaForm.evaluate("= not( flag ) ", Map.of("flag", true))).isFalse();
		assertThat(CamundaForm.evaluate("=not(flag)", Map.of())).isFalse();
	}

	@Test
	void shouldCompareStringsNumbersAndBooleans() {
		assertThat(CamundaForm.evaluate("=reviewOutcome != \"REJECT\"", Map.of("reviewOutcome", "REJECT"))).isFalse();
		assertThat(CamundaForm.evaluate("=reviewOutcome != \"REJECT\"", Map.of("reviewOutcome", "APPROVE"))).isTrue();
		assertThat(CamundaForm.evaluate("=reviewOutcome != \"REJECT\"", Map.of())).isTrue();
		assertThat(CamundaForm.evaluate("=reviewOutcome = \"REJECT\"", Map.of("reviewOutcome", "REJECT"))).isTrue();
		assertThat(CamundaForm.evaluate("=household = 3", Map.of("household", 3L))).isTrue();
		// Number fields arrive as text from the UI: compared as numbers.
		assertThat(CamundaForm.evaluate("=household = 3", Map.of("household", "3.0"))).isTrue();
		assertThat(CamundaForm.evaluate("=household = 3", Map.of("household", 4))).isFalse();
		assertThat(CamundaForm.evaluate("=household = 3", Map.of())).isFalse();
		assertThat(CamundaForm.evaluate("=rate = -0.5", Map.of("rate", new BigDecimal("-0.50")))).isTrue();
		assertThat(CamundaForm.evaluate("=urgent = true", Map.of("urgent", true))).isTrue();
		assertThat(CamundaForm.evaluate("=urgent = true", Map.of("urgent", false))).isFalse();
		assertThat(CamundaForm.evaluate("=urgent != false", Map.of())).isTrue();
	}

	@Test
	void shouldEvaluateConditionsWithTheRealFeelEngine() {
		assertThat(CamundaForm.evaluate("=income > 1000000 and household < 3",
				Map.of("income", "1500000", "household", 2L)))
			.isTrue();
		assertThat(CamundaForm.evaluate("=income > 1000000 and household < 3",
				Map.of("income", "1500000", "household", 3L)))
			.isFalse();
		assertThat(CamundaForm.evaluate("=list contains(kinds, \"B\")", Map.of("kinds", List.of("A", "B")))).isTrue();
		assertThat(CamundaForm.evaluate("=string length(note) > 3", Map.of("note", "ab"))).isFalse();
		assertThat(CamundaForm.evaluate("=outcome in (\"A\", \"B\")", Map.of("outcome", "B"))).isTrue();
		// Comparing text with a number is no error in front of the user: not hidden.
		assertThat(CamundaForm.evaluate("=note > 3", Map.of("note", "abc"))).isFalse();
	}

	@Test
	void shouldApplyAConditionOnEveryFieldThatHasOne() {
		CamundaForm form = CamundaForm.parse(form("""
				{"type":"checkbox","key":"hasDisability"},
				{"type":"textfield","key":"disabilityDegree","validate":{"required":true},
				 "conditional":{"hide":"=not(hasDisability)"}}
				"""));

		assertThat(form.validate(Map.of("disabilityDegree", "심한"))).containsExactly(entry("hasDisability", false));
		assertThatThrownBy(() -> form.validate(Map.of("hasDisability", true))).isInstanceOfSatisfying(
				FormValidationException.class,
				ex -> assertThat(ex.fieldErrors()).containsOnly(entry("disabilityDegree", "form.error.required")));
	}

	private static Map<String, String> errors(Map<String, Object> submitted) {
		try {
			review.validate(submitted);
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
