package io.bokjiflow.e2e;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import io.bokjiflow.designer.ProcessDesigner;
import io.bokjiflow.designer.internal.DesignerTestModels;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The process designer in a real Chromium: bpmn-js's Modeler opens a deployed process, a
 * task is renamed through the modeler's API, the server validates and deploys it, and a
 * new case runs on the new version; a repository file exported unchanged from the modeler
 * keeps every camunda: attribute, the Camunda Modeler platform attributes and its diagram
 * (round trip). Saves {@code target/screenshots/designer.png}.
 */
class DesignerE2E extends BrowserTest {

	private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

	@Autowired
	private RepositoryService repository;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private TaskService tasks;

	@Autowired
	private ProcessDesigner designer;

	@Override
	protected int[] viewport() {
		return new int[] { 1440, 1500 };
	}

	private Locator openInDesigner(String filterText, String resourceName) {
		return openInDesigner(filterText, resourceName, "bokjiflow-bpmn-modeler");
	}

	private Locator openInDesigner(String filterText, String resourceName, String tag) {
		this.page.navigate(baseUrl() + "/designer");
		this.page.locator("#designer-filter input").fill(filterText);
		this.page.locator("vaadin-grid-cell-content")
			.filter(new Locator.FilterOptions().setHasText(resourceName))
			.first()
			.click();
		Locator editor = this.page.locator(tag + "[rendered]");
		assertThat(editor).isVisible();
		assertThat(editor).not().hasAttribute("error", java.util.regex.Pattern.compile(".*"));
		return editor;
	}

	@Test
	void decisionsAndFormsOpenInTheirEditorsAndSurviveAnExport() {
		signInAs("designer");
		String dmnName = "processes/rules/toll-discount-eligibility.dmn";
		Locator dmn = openInDesigner("toll-discount-eligibility", dmnName, "bokjiflow-dmn-modeler");
		assertThat(dmn.locator(".tjs-table, .djs-container").first()).isVisible();
		String dmnXml = (String) this.page
			.evaluate("() => document.querySelector('bokjiflow-dmn-modeler').exportXml()");
		assertThat(dmnXml).contains("camunda:historyTimeToLive");
		shot("designer-dmn");
		assertThat(this.designer.validate(dmnName, dmnXml).errors()).isEmpty();

		String formName = "forms/outreach.form";
		Locator form = openInDesigner("outreach.form", formName, "bokjiflow-form-editor");
		assertThat(form.locator(".fjs-editor-container")).isVisible();
		assertThat(form.locator(".fjs-editor-container")).containsText("연락됨");
		String schema = (String) this.page.evaluate(
				"() => JSON.stringify(document.querySelector('bokjiflow-form-editor').editor.saveSchema(), null, 2)");
		assertThat(this.designer.validate(formName, schema).errors()).isEmpty();
		assertThat(schema).contains("\"id\": \"outreach\"");
		shot("designer-form");
	}

	@Test
	void designerRenamesATaskValidatesAndDeploysAndANewCaseRunsOnIt() {
		String key = "designer-e2e-" + UUID.randomUUID().toString().substring(0, 8);
		String resourceName = "processes/test/" + key + ".bpmn";
		this.repository.createDeployment()
			.name("designer-e2e")
			.addString(resourceName, DesignerTestModels.testProcess(key))
			.deploy();

		signInAs("designer");
		Locator modeler = openInDesigner(key, resourceName);
		assertThat(modeler).hasAttribute("lint-errors", "0");
		assertThat(this.page.locator(".bio-properties-panel").first()).isVisible();

		this.page.evaluate("() => { const m = document.querySelector('bokjiflow-bpmn-modeler').modeler;"
				+ " m.get('modeling').updateLabel(m.get('elementRegistry').get('review_task'), '서류 검토'); }");
		// The edit reaches the server (debounced export), then the server checks it.
		this.page.waitForTimeout(1500);
		this.page.locator("#designer-diff").click();
		assertThat(this.page.locator("#designer-changes")).containsText("review_task");
		this.page.locator("#designer-validate").click();
		assertThat(this.page.locator("#designer-findings")).containsText("검증 통과");
		this.page.locator("#designer-comment input").fill("검토 작업 이름 변경 (E2E)");
		shot("designer");
		this.page.locator("#designer-deploy").click();
		assertThat(this.page.locator("vaadin-notification-card").first()).containsText("v2");

		assertThat(this.designer.resource(resourceName).version()).isEqualTo(2);
		ProcessInstance instance = this.runtime.startProcessInstanceByKey(key);
		assertThat(this.repository.getProcessDefinition(instance.getProcessDefinitionId()).getVersion()).isEqualTo(2);
		assertThat(this.tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getName())
			.isEqualTo("서류 검토");
		this.runtime.deleteProcessInstance(instance.getId(), "test done");

		// What the modeler exported kept the camunda: attributes and the diagram.
		BpmnModelInstance deployed = Bpmn.readModelFromStream(
				new ByteArrayInputStream(this.designer.content(resourceName).getBytes(StandardCharsets.UTF_8)));
		UserTask review = deployed.getModelElementById("review_task");
		assertThat(review.getCamundaCandidateGroups()).isEqualTo("caseworkers");
		assertThat(review.getAttributeValueNs(CAMUNDA_NS, "formRef")).isEqualTo("designer-test-form");
		assertThat(this.designer.content(resourceName)).contains("delegateExpression=\"${designerTestListener}\"")
			.contains("modeler:executionPlatform=\"Camunda Platform\"");
		assertThat(deployed.getModelElementsByType(BpmnShape.class)).hasSize(3);
	}

	@Test
	void aRepositoryFileSurvivesTheModelerUnchanged() throws Exception {
		String resourceName = "processes/integrity/outreach.bpmn";
		signInAs("designer");
		openInDesigner("outreach", resourceName);
		String exported = (String) this.page
			.evaluate("() => document.querySelector('bokjiflow-bpmn-modeler').exportXml()");
		BpmnModelInstance before = Bpmn.readModelFromFile(Path.of(resourceName).toFile());
		BpmnModelInstance after = Bpmn
			.readModelFromStream(new ByteArrayInputStream(exported.getBytes(StandardCharsets.UTF_8)));
		Map<String, String> camundaBefore = camundaAttributes(before);
		assertThat(camundaBefore).isNotEmpty();
		assertThat(camundaAttributes(after)).isEqualTo(camundaBefore);
		assertThat(exported).contains("modeler:executionPlatform=\"Camunda Platform\"")
			.contains("modeler:executionPlatformVersion=\"7.24.0\"");
		assertThat(after.getModelElementsByType(BpmnShape.class))
			.hasSameSizeAs(before.getModelElementsByType(BpmnShape.class));
		assertThat(this.designer.validate(resourceName, exported).errors()).isEmpty();
		assertThat(Files.readString(Path.of(resourceName))).isNotEqualTo(exported);
	}

	/**
	 * Every camunda: attribute of every element and extension element, by id and name.
	 */
	private static Map<String, String> camundaAttributes(BpmnModelInstance model) {
		Map<String, String> attributes = new HashMap<>();
		for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
			collect(element.getId(), element.getDomElement(), attributes);
		}
		return attributes;
	}

	private static void collect(String owner, DomElement element, Map<String, String> out) {
		String path = owner + "/" + element.getLocalName();
		for (String name : java.util.List.of("candidateGroups", "candidateUsers", "assignee", "formRef",
				"formRefBinding", "formKey", "delegateExpression", "class", "expression", "historyTimeToLive",
				"asyncBefore", "asyncAfter", "calledElementBinding", "decisionRef", "resultVariable",
				"mapDecisionResult", "decisionRefBinding", "dueDate", "event", "variableMappingDelegateExpression",
				"businessKey", "source", "target", "local", "variables")) {
			if (element.hasAttribute(CAMUNDA_NS, name)) {
				out.put(path + "@" + name, element.getAttribute(CAMUNDA_NS, name));
			}
		}
		int index = 0;
		for (DomElement child : element.getChildElements()) {
			if (child.hasAttribute("id")) {
				continue;
			}
			if (CAMUNDA_NS.equals(child.getNamespaceURI()) || "extensionElements".equals(child.getLocalName())
					|| "conditionExpression".equals(child.getLocalName())) {
				if (CAMUNDA_NS.equals(child.getNamespaceURI()) && child.hasAttribute("name")) {
					out.put(path + "/" + child.getLocalName() + "[" + child.getAttribute("name") + "]",
							child.getTextContent().trim());
				}
				if ("conditionExpression".equals(child.getLocalName())) {
					out.put(path + "/condition", child.getTextContent().trim());
				}
				collect(owner + "/" + element.getLocalName() + "[" + index++ + "]", child, out);
			}
		}
	}

}
