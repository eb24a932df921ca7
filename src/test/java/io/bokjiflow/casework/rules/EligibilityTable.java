package io.bokjiflow.casework.rules;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One eligibility table of {@code processes/rules}, evaluated by the standalone DMN
 * engine (no process engine, no Spring). Registered as an extension of a test class, it
 * checks after the class that its tests reached every rule of the table at least once;
 * the check is skipped when only some of the class's tests ran (e.g. one method run from
 * an IDE).
 */
final class EligibilityTable implements AfterEachCallback, AfterAllCallback {

	static final Path RULES = Path.of("processes", "rules");

	private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

	private final String decisionKey;

	private final DmnDecision decision;

	private final List<String> ruleCodes;

	private final Set<String> reached = new LinkedHashSet<>();

	private final Set<Method> testsRun = new LinkedHashSet<>();

	private EligibilityTable(String decisionKey, DmnDecision decision, List<String> ruleCodes) {
		this.decisionKey = decisionKey;
		this.decision = decision;
		this.ruleCodes = ruleCodes;
	}

	/**
	 * The table {@code processes/rules/<programKey>-eligibility.dmn}.
	 * @param programKey the program code in kebab case, e.g. {@code national-rental}
	 */
	static EligibilityTable of(String programKey) {
		String decisionKey = programKey + "-eligibility";
		Path file = file(programKey);
		try (InputStream in = new FileInputStream(file.toFile())) {
			DmnDecision decision = ENGINE.parseDecision(decisionKey, in);
			return new EligibilityTable(decisionKey, decision,
					ruleCodes(Dmn.readModelFromFile(file.toFile()), decisionKey));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Path file(String programKey) {
		return RULES.resolve(programKey + "-eligibility.dmn");
	}

	/** Evaluates the table on the facts; it must give exactly one result. */
	Decision decide(CaseFacts facts) {
		DmnDecisionResultEntries result = ENGINE.evaluateDecision(this.decision, facts.asVariables()).getSingleResult();
		assertThat(result).as(this.decisionKey + " gave no result for " + facts).isNotNull();
		Map<String, Object> entries = result.getEntryMap();
		String rule = (String) entries.get("rule");
		this.reached.add(rule);
		return new Decision((Boolean) entries.get("eligible"), rule, Boolean.TRUE.equals(entries.get("review")),
				(Integer) entries.get("rank"), (Integer) entries.get("sharePercent"));
	}

	/** The rule codes of the table, in the order of its rules. */
	List<String> ruleCodes() {
		return this.ruleCodes;
	}

	@Override
	public void afterEach(ExtensionContext context) {
		this.testsRun.add(context.getRequiredTestMethod());
	}

	@Override
	public void afterAll(ExtensionContext context) {
		List<Method> declared = ReflectionSupport.findMethods(context.getRequiredTestClass(),
				m -> AnnotationSupport.isAnnotated(m, Testable.class), HierarchyTraversalMode.TOP_DOWN);
		if (!this.testsRun.containsAll(declared)) {
			return;
		}
		Set<String> missed = new TreeSet<>(this.ruleCodes);
		missed.removeAll(this.reached);
		assertThat(missed).as("rules of " + this.decisionKey + " that no test reached").isEmpty();
	}

	static List<String> ruleCodes(DmnModelInstance model, String decisionKey) {
		DecisionTable table = (DecisionTable) model.getDefinitions()
			.getDrgElements()
			.stream()
			.filter(e -> decisionKey.equals(e.getId()))
			.map(e -> ((org.camunda.bpm.model.dmn.instance.Decision) e).getExpression())
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No decision " + decisionKey));
		List<Output> outputs = new ArrayList<>(table.getOutputs());
		int ruleColumn = -1;
		for (int i = 0; i < outputs.size(); i++) {
			if ("rule".equals(outputs.get(i).getName())) {
				ruleColumn = i;
			}
		}
		if (ruleColumn < 0) {
			throw new IllegalArgumentException(decisionKey + " has no 'rule' output");
		}
		List<String> codes = new ArrayList<>();
		for (Rule rule : table.getRules()) {
			String text = new ArrayList<>(rule.getOutputEntries()).get(ruleColumn).getText().getTextContent().trim();
			codes.add(text.replace("\"", ""));
		}
		return codes;
	}

}
