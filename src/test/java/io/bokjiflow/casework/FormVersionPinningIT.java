package io.bokjiflow.casework;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import io.bokjiflow.testing.IntegrationTest;
import io.bokjiflow.ui.forms.CamundaFormRenderer;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/**
 * A running case keeps the form deployed with its process version
 * ({@code camunda:formRefBinding="deployment"}): after a new deployment changes the form
 * (same form id), a task of the old instance still renders and validates with the old
 * form, while a new instance gets the new one. Uses its own process key and form id and
 * deletes its deployments, so the shared engine is left as it was.
 */
class FormVersionPinningIT extends IntegrationTest {

	private static final String PROCESS = """
			<?xml version="1.0" encoding="UTF-8"?>
			<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
			    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs" targetNamespace="http://bokjiflow.io/test">
			  <bpmn:process id="form-pinning-test" name="Form pinning test" isExecutable="true"
			      camunda:historyTimeToLive="P1D">
			    <bpmn:startEvent id="start" />
			    <bpmn:sequenceFlow id="flow_1" sourceRef="start" targetRef="user_fill_form" />
			    <bpmn:userTask id="user_fill_form" name="Fill the form"
			        camunda:formRef="pinning-test-form" camunda:formRefBinding="deployment" />
			    <bpmn:sequenceFlow id="flow_2" sourceRef="user_fill_form" targetRef="end" />
			    <bpmn:endEvent id="end" />
			  </bpmn:process>
			</bpmn:definitions>
			""";

	/** Version 1: a required reason. */
	private static final String FORM_V1 = """
			{"id":"pinning-test-form","type":"default","components":[
			  {"type":"textarea","key":"reason","label":"사유","validate":{"required":true}}
			]}
			""";

	/** Version 2: the reason is gone, a required household size came instead. */
	private static final String FORM_V2 = """
			{"id":"pinning-test-form","type":"default","components":[
			  {"type":"number","key":"householdSize","label":"가구원 수","validate":{"required":true,"min":1}},
			  {"type":"textarea","key":"note","label":"메모",
			   "conditional":{"hide":"=householdSize > 4"}}
			]}
			""";

	@Autowired
	private RepositoryService repositoryService;

	@Autowired
	private RuntimeService runtimeService;

	@Autowired
	private TaskService taskService;

	@Autowired
	private FormService formService;

	private final List<String> deployments = new ArrayList<>();

	@AfterEach
	void deleteDeployments() {
		// Cascade: instances, tasks and history of the test process go with them.
		this.deployments.forEach(id -> this.repositoryService.deleteDeployment(id, true));
		this.deployments.clear();
	}

	@Test
	void shouldKeepTheFormOfARunningCaseWhenANewVersionIsDeployed() throws Exception {
		deploy(FORM_V1);
		Task oldTask = start();

		deploy(FORM_V2);
		Task newTask = start();

		CamundaForm oldForm = form(oldTask);
		CamundaForm newForm = form(newTask);
		assertThat(oldForm.keyedFields()).extracting(CamundaForm.Field::key).containsExactly("reason");
		assertThat(newForm.keyedFields()).extracting(CamundaForm.Field::key).containsExactly("householdSize", "note");
		assertThat(
				this.repositoryService.createProcessDefinitionQuery().processDefinitionKey("form-pinning-test").count())
			.isEqualTo(2);

		// Validation follows each task's own form version.
		assertThat(oldForm.validate(Map.of("reason", "서류 확인"))).containsExactly(entry("reason", "서류 확인"));
		assertThatThrownBy(() -> oldForm.validate(Map.of("householdSize", "3"))).isInstanceOfSatisfying(
				FormValidationException.class,
				ex -> assertThat(ex.fieldErrors()).containsOnly(entry("reason", "form.error.required")));
		assertThat(newForm.validate(Map.of("householdSize", "5", "note", "hidden", "reason", "old")))
			.containsExactly(entry("householdSize", 5L));

		// Rendering too: the old task shows the reason, the new one the household size.
		assertThat(ids(new CamundaFormRenderer(oldForm, Locale.KOREAN, k -> k))).containsExactly("form-field-reason");
		assertThat(ids(new CamundaFormRenderer(newForm, Locale.KOREAN, k -> k)))
			.containsExactly("form-field-householdSize", "form-field-note");

		// And the old instance completes with the old form's variables.
		this.taskService.complete(oldTask.getId(), oldForm.validate(Map.of("reason", "서류 확인")));
		assertThat(this.taskService.createTaskQuery().taskId(oldTask.getId()).count()).isZero();
	}

	private void deploy(String form) {
		this.deployments.add(this.repositoryService.createDeployment()
			.name("form-pinning-test")
			.addString("form-pinning-test.bpmn", PROCESS)
			.addString("pinning-test-form.form", form)
			.deploy()
			.getId());
	}

	private Task start() {
		ProcessInstance instance = this.runtimeService.startProcessInstanceByKey("form-pinning-test");
		return this.taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
	}

	private CamundaForm form(Task task) throws Exception {
		try (InputStream in = this.formService.getDeployedTaskForm(task.getId())) {
			return CamundaForm.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	private static List<String> ids(Component root) {
		List<String> ids = new ArrayList<>();
		root.getChildren().forEach(c -> c.getId().filter(id -> id.startsWith("form-field-")).ifPresent(ids::add));
		return ids;
	}

}
