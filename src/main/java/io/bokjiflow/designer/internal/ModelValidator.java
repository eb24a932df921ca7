package io.bokjiflow.designer.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bokjiflow.designer.ResourceKind;
import io.bokjiflow.designer.ValidationFinding;
import io.bokjiflow.designer.ValidationReport;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DmnElement;
import org.xml.sax.SAXParseException;

/**
 * Checks a model the way the engine will at deployment, plus BokjiFlow's own rules. BPMN:
 * Camunda's model API reads the XML (XML schema), then the engine's own {@code BpmnParse}
 * (the one a deployment runs, with its parse listeners and expression checks) parses it
 * in memory without writing anything; DMN: the model API and the engine's DMN
 * transformer; forms: JSON with an id and components. Our rules: every executable process
 * and every decision carries {@code camunda:historyTimeToLive}; ids are readable —
 * processes and decisions kebab-case ({@code toll-discount}), every other element
 * snake_case ({@code review_task}), never the modeler's generated
 * {@code Activity_0x1y2z3}.
 */
class ModelValidator {

	/** Ids of processes and decisions: {@code toll-discount}, {@code common_intake}. */
	static final Pattern DEFINITION_ID = Pattern.compile("^[a-z][a-z0-9]*([-_][a-z0-9]+)*$");

	/** Ids of every other element: {@code review_task}. */
	static final Pattern ELEMENT_ID = Pattern.compile("^[a-z][a-z0-9_]*$");

	/**
	 * What bpmn-js and Camunda Modeler generate: {@code Activity_0x1y2z3},
	 * {@code Flow_1}.
	 */
	static final Pattern GENERATED_ID = Pattern.compile("^[A-Z][A-Za-z]*_[0-9a-z]{1,7}$");

	private final EngineParser engineParser;

	private final ObjectMapper json = new ObjectMapper();

	/**
	 * The engine-side parse, kept apart so that plain unit tests can run a plain engine.
	 */
	interface EngineParser {

		/** Parses BPMN as a deployment would; throws what the engine throws. */
		void parseBpmn(String resourceName, byte[] xml);

		/** Transforms DMN as a deployment would; throws what the engine throws. */
		void parseDmn(byte[] xml);

	}

	ModelValidator(EngineParser engineParser) {
		this.engineParser = engineParser;
	}

	ValidationReport validate(String resourceName, String content) {
		ResourceKind kind = ResourceKind.of(resourceName);
		List<ValidationFinding> findings = new ArrayList<>();
		if (content == null || content.isBlank()) {
			findings.add(ValidationFinding.error("designer.rule.empty", null, 0, null));
			return new ValidationReport(findings);
		}
		if (kind == null) {
			findings.add(ValidationFinding.error("designer.rule.kind", null, 0, resourceName));
			return new ValidationReport(findings);
		}
		switch (kind) {
			case BPMN -> validateBpmn(resourceName, content, findings::add);
			case DMN -> validateDmn(content, findings::add);
			case FORM -> validateForm(content, findings::add);
		}
		return new ValidationReport(findings);
	}

	private void validateBpmn(String resourceName, String content, Consumer<ValidationFinding> out) {
		byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
		BpmnModelInstance model;
		try {
			model = Bpmn.readModelFromStream(new ByteArrayInputStream(bytes));
		}
		catch (RuntimeException ex) {
			out.accept(parseFailure(ex));
			return;
		}
		List<ValidationFinding> ours = new ArrayList<>();
		for (Process process : model.getModelElementsByType(Process.class)) {
			if (process.isExecutable() && blank(process.getCamundaHistoryTimeToLiveString())) {
				ours.add(ValidationFinding.error("designer.rule.httl", process.getId(), 0, process.getId()));
			}
		}
		for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
			String id = element.getId();
			if (id == null) {
				continue;
			}
			boolean definition = element instanceof Process
					|| element instanceof org.camunda.bpm.model.bpmn.instance.Collaboration;
			checkId(id, definition, ours);
		}
		ours.forEach(out);
		try {
			this.engineParser.parseBpmn(resourceName, bytes);
		}
		catch (ParseException ex) {
			for (ResourceReport report : ex.getResorceReports()) {
				for (Problem problem : report.getErrors()) {
					if (isHttlProblem(problem.getMessage()) && !ours.isEmpty()) {
						continue;
					}
					out.accept(ValidationFinding.error("designer.rule.engine", problem.getMainElementId(),
							problem.getLine(), problem.getMessage()));
				}
				for (Problem problem : report.getWarnings()) {
					out.accept(ValidationFinding.warning("designer.rule.engineWarning", problem.getMainElementId(),
							problem.getLine(), problem.getMessage()));
				}
			}
		}
		catch (RuntimeException ex) {
			if (!(isHttlProblem(ex.getMessage()) && ours.stream().anyMatch(f -> f.messageKey().endsWith("httl")))) {
				out.accept(ValidationFinding.error("designer.rule.engine", null, 0, rootMessage(ex)));
			}
		}
	}

	private static boolean isHttlProblem(String message) {
		return message != null && message.contains("History Time To Live");
	}

	private static void checkId(String id, boolean definition, List<ValidationFinding> ours) {
		Pattern pattern = definition ? DEFINITION_ID : ELEMENT_ID;
		if (!pattern.matcher(id).matches()) {
			ours.add(ValidationFinding.error(
					GENERATED_ID.matcher(id).matches() ? "designer.rule.generatedId" : "designer.rule.readableId", id,
					0, id));
		}
	}

	private void validateDmn(String content, Consumer<ValidationFinding> out) {
		byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
		DmnModelInstance model;
		try {
			model = Dmn.readModelFromStream(new ByteArrayInputStream(bytes));
		}
		catch (RuntimeException ex) {
			out.accept(parseFailure(ex));
			return;
		}
		List<ValidationFinding> ours = new ArrayList<>();
		for (Decision decision : model.getModelElementsByType(Decision.class)) {
			if (blank(decision.getCamundaHistoryTimeToLiveString())) {
				ours.add(ValidationFinding.error("designer.rule.httl", decision.getId(), 0, decision.getId()));
			}
		}
		for (DmnElement element : model.getModelElementsByType(DmnElement.class)) {
			String id = element.getId();
			if (id == null) {
				continue;
			}
			boolean definition = element instanceof Decision
					|| element instanceof org.camunda.bpm.model.dmn.instance.Definitions;
			checkId(id, definition, ours);
		}
		checkFeel(model, ours);
		ours.forEach(out);
		try {
			this.engineParser.parseDmn(bytes);
		}
		catch (RuntimeException ex) {
			out.accept(ValidationFinding.error("designer.rule.engine", null, 0, rootMessage(ex)));
		}
	}

	/**
	 * Parses every FEEL text of the decision tables with the engine's FEEL parser: the
	 * engine itself parses them only when a rule is evaluated, so a typo would surface in
	 * a running case as an incident.
	 */
	private static void checkFeel(DmnModelInstance model, List<ValidationFinding> out) {
		for (org.camunda.bpm.model.dmn.instance.Rule rule : model
			.getModelElementsByType(org.camunda.bpm.model.dmn.instance.Rule.class)) {
			for (org.camunda.bpm.model.dmn.instance.InputEntry entry : rule.getInputEntries()) {
				feel(entry.getTextContent(), true, entry.getExpressionLanguage(), rule.getId(), out);
			}
			for (org.camunda.bpm.model.dmn.instance.OutputEntry entry : rule.getOutputEntries()) {
				feel(entry.getTextContent(), false, entry.getExpressionLanguage(), rule.getId(), out);
			}
		}
		for (org.camunda.bpm.model.dmn.instance.InputExpression input : model
			.getModelElementsByType(org.camunda.bpm.model.dmn.instance.InputExpression.class)) {
			String owner = input.getParentElement() instanceof DmnElement e ? e.getId() : null;
			feel(input.getTextContent(), false, input.getExpressionLanguage(), owner, out);
		}
	}

	private static void feel(String text, boolean unaryTests, String language, String elementId,
			List<ValidationFinding> out) {
		if (text == null || text.isBlank() || (language != null && !language.toLowerCase().contains("feel"))) {
			return;
		}
		org.camunda.feel.api.ParseResult result = unaryTests ? FEEL.parseUnaryTests(text.strip())
				: FEEL.parseExpression(text.strip());
		if (result.isFailure()) {
			out.add(ValidationFinding.error("designer.rule.feel", elementId, 0,
					text.strip() + " — " + result.failure().message()));
		}
	}

	private static final org.camunda.feel.api.FeelEngineApi FEEL = org.camunda.feel.api.FeelEngineBuilder.forJava()
		.build();

	private void validateForm(String content, Consumer<ValidationFinding> out) {
		JsonNode root;
		try {
			root = this.json.readTree(content);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			out.accept(ValidationFinding.error("designer.rule.parse", null,
					ex.getLocation() == null ? 0 : ex.getLocation().getLineNr(), ex.getOriginalMessage()));
			return;
		}
		if (!root.isObject() || !root.path("components").isArray()) {
			out.accept(ValidationFinding.error("designer.rule.formShape", null, 0, "components"));
			return;
		}
		String id = root.path("id").asText("");
		if (id.isBlank()) {
			out.accept(ValidationFinding.error("designer.rule.formShape", null, 0, "id"));
		}
		else if (!DEFINITION_ID.matcher(id).matches()) {
			out.accept(ValidationFinding.error("designer.rule.readableId", id, 0, id));
		}
		checkTypes(root.path("components"), out);
		try {
			io.bokjiflow.casework.CamundaForm.parse(content);
		}
		catch (IllegalArgumentException ex) {
			// What the task form renderer would refuse when a task opens: refused now.
			out.accept(ValidationFinding.error("designer.rule.formRenderer", null, 0, ex.getMessage()));
		}
		List<String> keys = new ArrayList<>();
		collectKeys(root.path("components"), keys);
		List<String> seen = new ArrayList<>();
		for (String key : keys) {
			if (seen.contains(key)) {
				out.accept(ValidationFinding.error("designer.rule.formDuplicateKey", key, 0, key));
			}
			seen.add(key);
		}
	}

	/**
	 * Values of the wrong JSON type (a string where form-js expects a boolean or a
	 * number), which the renderer would otherwise read as false or zero without a word.
	 */
	private static void checkTypes(JsonNode components, Consumer<ValidationFinding> out) {
		for (Iterator<JsonNode> it = components.elements(); it.hasNext();) {
			JsonNode component = it.next();
			if (!component.isObject()) {
				out.accept(ValidationFinding.error("designer.rule.formType", null, 0, "component: expected an object"));
				continue;
			}
			String name = component.path("key").isTextual() ? component.get("key").asText()
					: component.path("id").asText(null);
			for (String field : List.of("type", "key", "label", "id", "path")) {
				if (component.has(field) && !component.get(field).isTextual()) {
					out.accept(ValidationFinding.error("designer.rule.formType", name, 0, field + ": expected text"));
				}
			}
			JsonNode validate = component.path("validate");
			if (component.has("validate") && !validate.isObject()) {
				out.accept(ValidationFinding.error("designer.rule.formType", name, 0, "validate: expected an object"));
			}
			if (validate.has("required") && !validate.get("required").isBoolean()) {
				out.accept(ValidationFinding.error("designer.rule.formType", name, 0,
						"validate.required: expected true or false"));
			}
			for (String bound : List.of("min", "max", "minLength", "maxLength")) {
				if (validate.has(bound) && !validate.get(bound).isNumber() && !validate.get(bound).isNull()) {
					out.accept(ValidationFinding.error("designer.rule.formType", name, 0,
							"validate." + bound + ": expected a number"));
				}
			}
			if (component.has("values") && !component.get("values").isArray()) {
				out.accept(ValidationFinding.error("designer.rule.formType", name, 0, "values: expected a list"));
			}
			if (component.has("components")) {
				if (component.get("components").isArray()) {
					checkTypes(component.get("components"), out);
				}
				else {
					out.accept(
							ValidationFinding.error("designer.rule.formType", name, 0, "components: expected a list"));
				}
			}
		}
	}

	private static void collectKeys(JsonNode components, List<String> keys) {
		for (Iterator<JsonNode> it = components.elements(); it.hasNext();) {
			JsonNode component = it.next();
			if (component.hasNonNull("key")) {
				keys.add(component.get("key").asText());
			}
			if (component.path("components").isArray()) {
				collectKeys(component.path("components"), keys);
			}
		}
	}

	private static ValidationFinding parseFailure(RuntimeException ex) {
		Throwable cause = ex;
		while (cause != null) {
			if (cause instanceof SAXParseException sax) {
				return ValidationFinding.error("designer.rule.parse", null, sax.getLineNumber(), sax.getMessage());
			}
			cause = cause.getCause();
		}
		String message = rootMessage(ex);
		java.util.regex.Matcher line = java.util.regex.Pattern.compile("Line=(\\d+)").matcher(message);
		return ValidationFinding.error("designer.rule.parse", null, line.find() ? Integer.parseInt(line.group(1)) : 0,
				message.replaceFirst("^.*?Line=\\d+: ", ""));
	}

	private static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
		return cause == ex ? message : ex.getMessage() + " — " + message;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
