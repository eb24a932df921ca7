package io.bokjiflow.casework.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.bokjiflow.casework.rules.CaseFactsContract.Fact;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.DrgElement;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code processes/rules/*-eligibility.dmn} keeps the contract of
 * {@code docs/case-facts.md} (read from the document itself) and of the catalogue
 * ({@code catalog/programs.yml}): one table per program, the required outputs, only the
 * facts the program fetches, the deceased rejected first, a catch-all last.
 */
class EligibilityTablesContractTest {

	private static final Path CATALOGUE = Path.of("src", "main", "resources", "catalog", "programs.yml");

	private static final String DMNDI_NS = "https://www.omg.org/spec/DMN/20191111/DMNDI/";

	private static final Map<String, String> OPTIONAL_OUTPUTS = Map.of("review", "boolean", "rank", "integer",
			"sharePercent", "integer");

	private static final Set<String> RENTAL_HOUSING = Set.of("PERMANENT_RENTAL", "PURCHASED_RENTAL", "NATIONAL_RENTAL",
			"PUBLIC_RENTAL", "LONG_TERM_JEONSE", "JEONSE_RENTAL");

	/** FEEL words an input entry may use besides the table's own inputs. */
	private static final Set<String> FEEL_WORDS = Set.of("true", "false", "null", "not", "min", "max");

	private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private static final Pattern RULE_CODE = Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)\"");

	/** A program of the catalogue as far as the tables care. */
	record Program(String code, String investigation, Set<String> publicData) {

		String key() {
			return this.code.toLowerCase(Locale.ROOT).replace('_', '-');
		}

		Path table() {
			return EligibilityTable.file(key());
		}

		@Override
		public String toString() {
			return this.code;
		}

	}

	static List<Program> programs() throws IOException {
		JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(CATALOGUE.toFile());
		List<Program> programs = new ArrayList<>();
		for (JsonNode p : root.get("programs")) {
			Set<String> publicData = new LinkedHashSet<>();
			p.get("publicData").forEach(d -> publicData.add(d.asText()));
			programs.add(new Program(p.get("code").asText(), p.get("investigation").asText(), publicData));
		}
		return programs;
	}

	static List<Path> tables() throws IOException {
		List<Path> tables = new ArrayList<>();
		try (DirectoryStream<Path> files = Files.newDirectoryStream(EligibilityTable.RULES, "*-eligibility.dmn")) {
			files.forEach(tables::add);
		}
		tables.sort(null);
		return tables;
	}

	@Test
	void shouldHaveOneTablePerProgramOfTheCatalogue() throws IOException {
		List<Program> programs = programs();
		assertThat(programs).hasSize(27);
		assertThat(tables()).extracting(p -> p.getFileName().toString())
			.containsExactlyInAnyOrderElementsOf(
					programs.stream().map(p -> p.table().getFileName().toString()).collect(Collectors.toList()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("tables")
	void shouldGiveTheRequiredOutputsAndKeepHistory(Path file) {
		DecisionTable table = decisionTable(file);
		var decision = (org.camunda.bpm.model.dmn.instance.Decision) table.getParentElement();

		assertThat(decision.getCamundaHistoryTimeToLiveString()).as("historyTimeToLive").isNotBlank();
		assertThat(decision.getVersionTag()).as("versionTag").isNotBlank();
		assertThat(decision.getDescription()).as("a description with its sources").isNotNull();
		assertThat(decision.getDescription().getTextContent()).contains("programs.yml");
		assertThat(table.getHitPolicy()).isIn(HitPolicy.FIRST, HitPolicy.UNIQUE);

		Map<String, String> outputs = new TreeMap<>();
		table.getOutputs().forEach(o -> outputs.put(o.getName(), o.getTypeRef()));
		assertThat(outputs).containsEntry("eligible", "boolean").containsEntry("rule", "string");
		outputs.remove("eligible");
		outputs.remove("rule");
		assertThat(OPTIONAL_OUTPUTS).as("only the contract's optional outputs").containsAllEntriesOf(outputs);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("tables")
	void shouldReadOnlyCaseFactsByNameWithTheirTypes(Path file) {
		Map<String, Fact> facts = CaseFactsContract.facts();
		for (Input input : decisionTable(file).getInputs()) {
			String variable = input.getInputExpression().getText().getTextContent().trim();
			assertThat(facts).as("input expression of " + input.getId()).containsKey(variable);
			assertThat(input.getInputExpression().getTypeRef()).as(variable).isEqualTo(facts.get(variable).type());
			assertThat(input.getLabel()).as("label 한국어 (English) of " + variable).matches(".+ \\(.+\\)");
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("tables")
	void shouldReferOnlyToItsOwnInputsInTheRules(Path file) {
		DecisionTable table = decisionTable(file);
		Set<String> inputs = inputVariables(table);
		Set<String> referred = new TreeSet<>();
		for (Rule rule : table.getRules()) {
			for (InputEntry entry : rule.getInputEntries()) {
				Matcher names = NAME.matcher(entry.getText().getTextContent().replaceAll("\"[^\"]*\"", ""));
				while (names.find()) {
					referred.add(names.group());
				}
			}
		}
		referred.removeAll(FEEL_WORDS);
		assertThat(inputs).as("names used in input entries are inputs of the table").containsAll(referred);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("tables")
	void shouldExplainEveryRuleWithAUniqueCodeAndEndWithARejectingCatchAll(Path file) {
		DecisionTable table = decisionTable(file);
		List<Output> outputs = new ArrayList<>(table.getOutputs());
		List<Rule> rules = new ArrayList<>(table.getRules());
		Set<String> codes = new HashSet<>();
		for (Rule rule : rules) {
			assertThat(rule.getDescription()).as("description of " + rule.getId()).isNotNull();
			assertThat(rule.getDescription().getTextContent()).as(rule.getId()).isNotBlank();
			String code = output(outputs, rule, "rule");
			Matcher literal = RULE_CODE.matcher(code);
			assertThat(literal.matches()).as(rule.getId() + " gives an UPPER_SNAKE code: " + code).isTrue();
			assertThat(codes.add(literal.group(1))).as("unique code " + code).isTrue();
			assertThat(output(outputs, rule, "eligible")).as(rule.getId()).isIn("true", "false");
		}
		Rule last = rules.get(rules.size() - 1);
		assertThat(last.getInputEntries()).as("the last rule matches anything")
			.allSatisfy(e -> assertThat(e.getText().getTextContent().trim()).isIn("", "-"));
		assertThat(output(outputs, last, "eligible")).as("the catch-all rejects").isEqualTo("false");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("programs")
	void shouldReadOnlyFactsWhoseDatasetTheProgramFetches(Program program) {
		Map<String, Fact> facts = CaseFactsContract.facts();
		Set<String> notFetched = new TreeSet<>();
		for (String variable : inputVariables(decisionTable(program.table()))) {
			if (!available(facts.get(variable), program)) {
				notFetched.add(variable + " (" + facts.get(variable).dataset() + ")");
			}
		}
		assertThat(notFetched).as("facts that would only ever hold their default").isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("programs")
	void shouldRejectTheDeceasedFirstExactlyWhereTheResidentRegisterIsFetched(Program program) {
		EligibilityTable table = EligibilityTable.of(program.key());
		if (program.publicData().contains("RESIDENT_REGISTER")) {
			assertThat(table.ruleCodes()).first().isEqualTo("NOT_ALIVE");
			assertThat(table.decide(CaseFacts.defaults().with("alive", false)))
				.isEqualTo(Decision.ineligible("NOT_ALIVE"));
		}
		else {
			assertThat(table.ruleCodes()).doesNotContain("NOT_ALIVE");
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("programs")
	void shouldRankRentalHousingAndShareTheChildCareCost(Program program) {
		Set<String> outputs = decisionTable(program.table()).getOutputs()
			.stream()
			.map(Output::getName)
			.collect(Collectors.toSet());
		if (RENTAL_HOUSING.contains(program.code())) {
			assertThat(outputs).contains("rank");
		}
		if ("CHILD_CARE_SERVICE".equals(program.code())) {
			assertThat(outputs).contains("sharePercent");
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("programs")
	void shouldDecideOnTheDefaultsAlone(Program program) {
		Decision decision = EligibilityTable.of(program.key()).decide(CaseFacts.defaults());
		assertThat(decision.rule()).isNotBlank();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("tables")
	void shouldDrawTheDecisionForTheModeler(Path file) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		try (InputStream in = Files.newInputStream(file)) {
			NodeList shapes = factory.newDocumentBuilder().parse(in).getElementsByTagNameNS(DMNDI_NS, "DMNShape");
			List<String> drawn = new ArrayList<>();
			for (int i = 0; i < shapes.getLength(); i++) {
				drawn.add(((Element) shapes.item(i)).getAttribute("dmnElementRef"));
			}
			assertThat(drawn).containsExactly(decisionKey(file));
		}
	}

	/**
	 * Whether the investigation sets the fact for the program: facts of the registry or
	 * of no dataset always; "income + assets" for programs with an income and asset
	 * investigation; otherwise when the program fetches one of the datasets named.
	 */
	private static boolean available(Fact fact, Program program) {
		String dataset = fact.dataset();
		if (dataset.contains("registry") || "—".equals(dataset)) {
			return true;
		}
		if ("income + assets".equals(dataset)) {
			return "INCOME_ASSET".equals(program.investigation());
		}
		return Stream.of(dataset.split(",")).map(String::trim).anyMatch(program.publicData()::contains);
	}

	private static String output(List<Output> outputs, Rule rule, String name) {
		List<OutputEntry> entries = new ArrayList<>(rule.getOutputEntries());
		for (int i = 0; i < outputs.size(); i++) {
			if (name.equals(outputs.get(i).getName())) {
				return entries.get(i).getText().getTextContent().trim();
			}
		}
		throw new AssertionError("no output " + name);
	}

	private static Set<String> inputVariables(DecisionTable table) {
		return table.getInputs()
			.stream()
			.map(i -> i.getInputExpression().getText().getTextContent().trim())
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private static String decisionKey(Path file) {
		String name = file.getFileName().toString();
		return name.substring(0, name.length() - ".dmn".length());
	}

	private static DecisionTable decisionTable(Path file) {
		DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
		List<org.camunda.bpm.model.dmn.instance.Decision> decisions = new ArrayList<>(
				model.getModelElementsByType(org.camunda.bpm.model.dmn.instance.Decision.class));
		assertThat(decisions).extracting(DrgElement::getId)
			.as("one decision named like its file")
			.containsExactly(decisionKey(file));
		assertThat(decisions.get(0).getExpression()).as("a decision table").isInstanceOf(DecisionTable.class);
		return (DecisionTable) decisions.get(0).getExpression();
	}

}
