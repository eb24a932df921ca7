package io.bokjiflow.designer.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.bokjiflow.designer.ValidationFinding;
import io.bokjiflow.designer.ValidationReport;
import io.bokjiflow.testing.TestProcessEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The designer's server-side validation: Camunda's model API and the engine's own BPMN
 * parse (on the plain test engine) plus BokjiFlow's rules, over hand-made faults and over
 * every file of the repository.
 */
class ModelValidatorTest {

	private static ModelValidator validator;

	@BeforeAll
	static void engine() {
		validator = new ModelValidator(new EngineModelParser(TestProcessEngine.get()));
	}

	private static final String VALID = DesignerTestModels.testProcess("designer-validator-test");

	@Test
	void shouldPassTheTestProcess() {
		ValidationReport report = validator.validate("processes/test/designer-test.bpmn", VALID);
		assertThat(report.findings()).isEmpty();
		assertThat(report.deployable()).isTrue();
	}

	@Test
	void shouldPassEveryFileOfTheRepository() throws IOException {
		List<Path> files;
		try (Stream<Path> walk = Stream.concat(Files.walk(Path.of("processes")), Files.walk(Path.of("forms")))) {
			files = walk.filter(Files::isRegularFile)
				.filter(p -> p.toString().endsWith(".bpmn") || p.toString().endsWith(".dmn")
						|| p.toString().endsWith(".form"))
				.sorted()
				.toList();
		}
		assertThat(files).hasSizeGreaterThan(70);
		for (Path file : files) {
			ValidationReport report = validator.validate(file.toString().replace('\\', '/'),
					Files.readString(file, StandardCharsets.UTF_8));
			assertThat(report.errors()).as(file.toString()).isEmpty();
		}
	}

	@Test
	void shouldRefuseAProcessWithoutHistoryTimeToLive() {
		String xml = VALID.replace(" camunda:historyTimeToLive=\"P30D\"", "");
		ValidationReport report = validator.validate("processes/test/designer-test.bpmn", xml);
		assertThat(report.deployable()).isFalse();
		assertThat(report.errors()).extracting(ValidationFinding::messageKey, ValidationFinding::elementId)
			.contains(org.assertj.core.groups.Tuple.tuple("designer.rule.httl", "designer-validator-test"));
	}

	@Test
	void shouldRefuseTheModelersGeneratedIds() {
		String xml = VALID.replace("review_task", "Activity_0x1y2z3");
		ValidationReport report = validator.validate("processes/test/designer-test.bpmn", xml);
		assertThat(report.deployable()).isFalse();
		assertThat(report.errors()).extracting(ValidationFinding::messageKey, ValidationFinding::elementId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("designer.rule.generatedId", "Activity_0x1y2z3"));
	}

	@Test
	void shouldRefuseOtherUnreadableIds() {
		String xml = VALID.replace("\"flow_to_end\"", "\"FlowToEnd\"")
			.replace(">flow_to_end<", ">FlowToEnd<")
			.replace("bpmnElement=\"flow_to_end\"", "bpmnElement=\"FlowToEnd\"");
		ValidationReport report = validator.validate("processes/test/designer-test.bpmn", xml);
		assertThat(report.errors()).extracting(ValidationFinding::messageKey, ValidationFinding::elementId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("designer.rule.readableId", "FlowToEnd"));
	}

	@Test
	void shouldReportTheParsersReasonForMalformedXml() {
		String broken = "<bpmn:endEvent id=\"end_test\" name=\"끝>";
		String xml = VALID.replace("<bpmn:endEvent id=\"end_test\" name=\"끝\">", broken);
		int brokenLine = List.of(xml.split("\n"))
			.indexOf(List.of(xml.split("\n")).stream().filter(l -> l.contains(broken)).findFirst().orElseThrow()) + 1;
		ValidationReport report = validator.validate("processes/test/designer-test.bpmn", xml);
		assertThat(report.errors()).hasSize(1);
		ValidationFinding finding = report.errors().get(0);
		assertThat(finding.messageKey()).isEqualTo("designer.rule.parse");
		assertThat(finding.detail()).isNotBlank();
		assertThat(finding.line()).isBetween(brokenLine, brokenLine + 1);
	}

	@Test
	void shouldReportASchemaViolationWithItsLine() {
		String xml = VALID.replace("</bpmn:userTask>", "");
		ValidationReport report = validator.validate("processes/test/designer-test.bpmn", xml);
		assertThat(report.errors()).hasSize(1);
		assertThat(report.errors().get(0).messageKey()).isEqualTo("designer.rule.parse");
		assertThat(report.errors().get(0).detail()).contains("sequenceFlow").doesNotContain("Line=");
		assertThat(report.errors().get(0).line()).isGreaterThan(15);
	}

	@Test
	void shouldReportWhatOnlyTheEngineChecks() {
		// Valid against the XML schema, but the engine needs an implementation on a
		// service task.
		String xml = VALID.replace(
				"<bpmn:userTask id=\"review_task\" name=\"검토\" camunda:candidateGroups=\"caseworkers\" camunda:formRef=\"designer-test-form\" camunda:formRefBinding=\"latest\">",
				"<bpmn:serviceTask id=\"review_task\" name=\"검토\">")
			.replace("</bpmn:userTask>", "</bpmn:serviceTask>");
		ValidationReport report = validator.validate("processes/test/designer-test.bpmn", xml);
		assertThat(report.errors()).extracting(ValidationFinding::messageKey).containsExactly("designer.rule.engine");
		assertThat(report.errors().get(0).elementId()).isEqualTo("review_task");
		assertThat(report.errors().get(0).detail()).contains("serviceTask");
	}

	@Test
	void shouldRefuseADecisionWithoutHistoryTimeToLive() throws IOException {
		Path file = Path.of("processes/rules/toll-discount-eligibility.dmn");
		String dmn = Files.readString(file, StandardCharsets.UTF_8)
			.replaceAll(" camunda:historyTimeToLive=\"[^\"]*\"", "");
		ValidationReport report = validator.validate(file.toString(), dmn);
		assertThat(report.errors()).extracting(ValidationFinding::messageKey).contains("designer.rule.httl");
	}

	@Test
	void shouldRefuseAFormThatIsNotJson() {
		ValidationReport report = validator.validate("forms/outreach.form", "{ \"id\": \"outreach\", ");
		assertThat(report.errors()).extracting(ValidationFinding::messageKey).containsExactly("designer.rule.parse");
	}

	@Test
	void shouldReportABadFeelExpressionWithTheParsersReason() throws IOException {
		Path file = Path.of("processes/rules/toll-discount-eligibility.dmn");
		String dmn = Files.readString(file, StandardCharsets.UTF_8);
		assertThat(validator.validate(file.toString(), dmn).errors()).isEmpty();
		// The first input entry of the first rule gets an unparsable unary test.
		String broken = dmn.replaceFirst("<inputEntry id=\"([^\"]+)\">\\s*<text>[^<]*</text>",
				"<inputEntry id=\"$1\"><text>&gt;= = (</text>");
		assertThat(broken).isNotEqualTo(dmn);
		ValidationReport report = validator.validate(file.toString(), broken);
		assertThat(report.errors()).extracting(ValidationFinding::messageKey).contains("designer.rule.feel");
		assertThat(report.errors()).filteredOn(f -> f.messageKey().equals("designer.rule.feel"))
			.singleElement()
			.satisfies(f -> {
				assertThat(f.elementId()).isNotBlank();
				assertThat(f.detail()).contains(">= = (").contains("failed to parse");
			});
		String badOutput = dmn.replaceFirst("<outputEntry id=\"([^\"]+)\">\\s*<text>[^<]*</text>",
				"<outputEntry id=\"$1\"><text>\"unterminated</text>");
		assertThat(validator.validate(file.toString(), badOutput).errors()).extracting(ValidationFinding::messageKey)
			.contains("designer.rule.feel");
	}

	@Test
	void shouldReportFormValuesOfTheWrongType() {
		String form = """
				{"id":"wrong-types","type":"default","components":[
				  {"type":"number","key":"amount","label":"금액","validate":{"required":"yes","min":"zero"}},
				  {"type":"textfield","key":42,"label":"이름"},
				  {"type":"select","key":"kind","label":"종류","values":"A,B"}
				]}""";
		ValidationReport report = validator.validate("forms/wrong-types.form", form);
		assertThat(report.errors()).filteredOn(f -> f.messageKey().equals("designer.rule.formType"))
			.extracting(ValidationFinding::detail)
			.contains("validate.required: expected true or false", "validate.min: expected a number",
					"key: expected text", "values: expected a list");
		assertThat(report.errors()).extracting(ValidationFinding::messageKey).contains("designer.rule.formRenderer");
	}

	@Test
	void shouldReportAFormTheRendererCannotShow() {
		String form = """
				{"id":"unknown-type","type":"default","components":[
				  {"type":"spreadsheet","key":"grid","label":"표"}
				]}""";
		ValidationReport report = validator.validate("forms/unknown-type.form", form);
		assertThat(report.errors()).extracting(ValidationFinding::messageKey)
			.containsExactly("designer.rule.formRenderer");
		assertThat(report.errors().get(0).detail()).contains("spreadsheet");
	}

}
