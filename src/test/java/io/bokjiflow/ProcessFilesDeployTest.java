package io.bokjiflow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import io.bokjiflow.casework.CamundaForm;
import io.bokjiflow.testing.TestProcessEngine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every BPMN, DMN and form file of the repository deploys together, as the application
 * deploys them, and follows the modelling conventions: history time to live, readable
 * element ids, forms named by their id, and references that resolve.
 */
class ProcessFilesDeployTest {

	private static final List<Path> ROOTS = List.of(Path.of("processes"), Path.of("forms"));

	private static final Set<String> SUFFIXES = Set.of("bpmn", "dmn", "form");

	private static final Pattern READABLE_ID = Pattern.compile("[a-z][a-z0-9_-]*");

	private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

	/** Resource name (path from the repository root with '/') → file. */
	private static final Map<String, Path> files = new TreeMap<>();

	private static ProcessEngine engine;

	private static Deployment deployment;

	@BeforeAll
	static void deployAll() throws IOException {
		for (Path root : ROOTS) {
			try (Stream<Path> walk = Files.walk(root)) {
				walk.filter(Files::isRegularFile)
					.filter(p -> SUFFIXES.contains(suffix(p)))
					.forEach(p -> files.put(resourceName(p), p));
			}
		}
		engine = TestProcessEngine.get();
		DeploymentBuilder builder = engine.getRepositoryService()
			.createDeployment()
			.name("all-process-files")
			.enableDuplicateFiltering(false);
		List<InputStream> streams = new ArrayList<>();
		try {
			for (Map.Entry<String, Path> file : files.entrySet()) {
				InputStream in = Files.newInputStream(file.getValue());
				streams.add(in);
				builder.addInputStream(file.getKey(), in);
			}
			deployment = builder.deploy();
		}
		finally {
			for (InputStream in : streams) {
				in.close();
			}
		}
	}

	@AfterAll
	static void undeploy() {
		if (deployment != null) {
			engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
		}
	}

	@Test
	void shouldDeployExactlyTheFilesOnDisk() {
		assertThat(files.values()).extracting(ProcessFilesDeployTest::suffix)
			.as("at least one file of each kind")
			.contains("bpmn", "dmn", "form");
		assertThat(engine.getRepositoryService().getDeploymentResourceNames(deployment.getId()))
			.containsExactlyInAnyOrderElementsOf(files.keySet());
	}

	@Test
	void shouldSetHistoryTimeToLiveOnEveryProcessAndDecision() {
		RepositoryService repository = engine.getRepositoryService();
		List<ProcessDefinition> processes = repository.createProcessDefinitionQuery()
			.deploymentId(deployment.getId())
			.list();
		List<DecisionDefinition> decisions = repository.createDecisionDefinitionQuery()
			.deploymentId(deployment.getId())
			.list();

		assertThat(processes).extracting(ProcessDefinition::getResourceName)
			.as("every BPMN file holds an executable process")
			.containsAll(filesOfKind("bpmn").keySet());
		assertThat(decisions).extracting(DecisionDefinition::getResourceName)
			.as("every DMN file holds a decision")
			.containsAll(filesOfKind("dmn").keySet());
		assertThat(processes).allSatisfy(p -> assertThat(p.getHistoryTimeToLive()).as(p.getKey()).isNotNull());
		assertThat(decisions).allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey()).isNotNull());
	}

	@Test
	void shouldGiveEveryBpmnElementAReadableId() throws Exception {
		Map<String, List<String>> unreadable = new TreeMap<>();
		for (Map.Entry<String, Path> file : filesOfKind("bpmn").entrySet()) {
			NodeList elements = parse(file.getValue()).getElementsByTagName("*");
			for (int i = 0; i < elements.getLength(); i++) {
				Element element = (Element) elements.item(i);
				String id = element.getAttribute("id");
				if (element.hasAttribute("id") && !READABLE_ID.matcher(id).matches()) {
					unreadable.computeIfAbsent(file.getKey(), k -> new ArrayList<>()).add(id);
				}
			}
		}

		assertThat(unreadable).as("element ids that are generated or not lower-case words").isEmpty();
	}

	@Test
	void shouldNameEveryFormFileByItsId() throws IOException {
		for (Map.Entry<String, Path> file : filesOfKind("form").entrySet()) {
			CamundaForm form = CamundaForm.parse(Files.readString(file.getValue()));
			String name = file.getValue().getFileName().toString();
			assertThat(form.id()).as(file.getKey()).isEqualTo(name.substring(0, name.length() - ".form".length()));
		}
	}

	@Test
	void shouldReferenceOnlyFormsAndDecisionsThatAreDeployed() throws Exception {
		Set<String> formIds = new TreeSet<>();
		for (Path form : filesOfKind("form").values()) {
			formIds.add(CamundaForm.parse(Files.readString(form)).id());
		}
		Set<String> decisionKeys = engine.getRepositoryService()
			.createDecisionDefinitionQuery()
			.deploymentId(deployment.getId())
			.list()
			.stream()
			.map(DecisionDefinition::getKey)
			.collect(Collectors.toSet());
		List<String> broken = new ArrayList<>();
		for (Map.Entry<String, Path> file : filesOfKind("bpmn").entrySet()) {
			NodeList elements = parse(file.getValue()).getElementsByTagName("*");
			for (int i = 0; i < elements.getLength(); i++) {
				Element element = (Element) elements.item(i);
				String formRef = element.getAttributeNS(CAMUNDA_NS, "formRef");
				// An expression (an open-market application form, pinned per case) names
				// a
				// form deployed at run time, not a file of the repository.
				boolean expression = formRef.contains("${") || formRef.contains("#{");
				if (!formRef.isEmpty() && !expression && !formIds.contains(formRef)) {
					broken.add(file.getKey() + " " + element.getAttribute("id") + " formRef " + formRef);
				}
				String decisionRef = element.getAttributeNS(CAMUNDA_NS, "decisionRef");
				if (!decisionRef.isEmpty() && !decisionKeys.contains(decisionRef)) {
					broken.add(file.getKey() + " " + element.getAttribute("id") + " decisionRef " + decisionRef);
				}
				if ("property".equals(element.getLocalName()) && CAMUNDA_NS.equals(element.getNamespaceURI())
						&& "decisionKey".equals(element.getAttribute("name"))
						&& !decisionKeys.contains(element.getAttribute("value"))) {
					broken.add(file.getKey() + " decisionKey " + element.getAttribute("value"));
				}
			}
		}

		assertThat(formIds).isNotEmpty();
		assertThat(broken).as("references to forms or decisions that are not deployed").isEmpty();
	}

	private static Map<String, Path> filesOfKind(String suffix) {
		Map<String, Path> kind = new TreeMap<>();
		files.forEach((name, path) -> {
			if (suffix.equals(suffix(path))) {
				kind.put(name, path);
			}
		});
		return kind;
	}

	private static Document parse(Path file) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		try (InputStream in = Files.newInputStream(file)) {
			return factory.newDocumentBuilder().parse(in);
		}
	}

	private static String resourceName(Path file) {
		return file.toString().replace(file.getFileSystem().getSeparator(), "/");
	}

	private static String suffix(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1);
	}

}
