package io.bokjiflow.designer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.bokjiflow.designer.internal.DesignerTestModels;
import io.bokjiflow.shared.UserFacingException;
import io.bokjiflow.testing.IntegrationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Deploying from the designer on the real engine and database: a process designer's
 * change becomes a new definition version that new cases run on, with an audit row;
 * caseworkers and supervisors are refused in the service and in Camunda's REST API;
 * models with errors, without a comment or without a change are refused.
 */
class DesignerDeployIT extends IntegrationTest {

	@Autowired
	private ProcessDesigner designer;

	@Autowired
	private RepositoryService repository;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private TaskService tasks;

	@Autowired
	private JdbcClient jdbc;

	private String key;

	private String resourceName;

	private String original;

	@BeforeEach
	void deployFirstVersion() {
		this.key = "designer-it-" + UUID.randomUUID().toString().substring(0, 8);
		this.resourceName = "processes/test/" + this.key + ".bpmn";
		this.original = DesignerTestModels.testProcess(this.key);
		this.repository.createDeployment()
			.name("designer-it")
			.addString(this.resourceName, this.original)
			.addString("forms/" + this.key + ".form",
					"{\"id\":\"" + this.key + "\",\"type\":\"default\",\"components\":[]}")
			.deploy();
	}

	private String renamed() {
		return this.original.replace("name=\"검토\"", "name=\"서류 검토\"");
	}

	@Test
	void shouldDeployANewVersionThatNewCasesRunOn() {
		DesignerResource before = this.designer.resource(this.resourceName);
		assertThat(before.kind()).isEqualTo(ResourceKind.BPMN);
		assertThat(before.version()).isEqualTo(1);
		assertThat(before.fromDesigner()).isFalse();
		assertThat(this.designer.diff(this.resourceName, renamed()).changes()).extracting(ModelChange::elementId)
			.containsExactly("review_task");

		DesignerDeployment deployed = as("designer",
				() -> this.designer.deploy(this.resourceName, renamed(), "검토 작업 이름을 '서류 검토'로 바꿈"));

		assertThat(deployed.previousVersion()).isEqualTo(1);
		assertThat(deployed.previousDefinitionId()).isEqualTo(before.definitionId());
		assertThat(deployed.newVersion()).isEqualTo(2);
		ProcessDefinition latest = this.repository.createProcessDefinitionQuery()
			.processDefinitionKey(this.key)
			.latestVersion()
			.singleResult();
		assertThat(latest.getId()).isEqualTo(deployed.newDefinitionId());
		assertThat(latest.getTenantId()).isNull();
		// The other resources of the replaced deployment came along (binding=deployment).
		assertThat(this.repository.getDeploymentResourceNames(deployed.deploymentId()))
			.containsExactlyInAnyOrder(this.resourceName, "forms/" + this.key + ".form");
		DesignerResource after = this.designer.resource(this.resourceName);
		assertThat(after.version()).isEqualTo(2);
		assertThat(after.fromDesigner()).isTrue();
		assertThat(this.designer.content(this.resourceName)).isEqualTo(renamed());

		ProcessInstance instance = this.runtime.startProcessInstanceByKey(this.key);
		assertThat(instance.getProcessDefinitionId()).isEqualTo(deployed.newDefinitionId());
		Task task = this.tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
		assertThat(task.getName()).isEqualTo("서류 검토");
		this.runtime.deleteProcessInstance(instance.getId(), "test done");

		assertThat(this.designer.auditLog(50)).filteredOn(a -> a.resourceName().equals(this.resourceName))
			.singleElement()
			.satisfies(a -> {
				assertThat(a.deployedBy()).isEqualTo("designer");
				assertThat(a.key()).isEqualTo(this.key);
				assertThat(a.previousDefinitionId()).isEqualTo(before.definitionId());
				assertThat(a.previousVersion()).isEqualTo(1);
				assertThat(a.newDefinitionId()).isEqualTo(deployed.newDefinitionId());
				assertThat(a.newVersion()).isEqualTo(2);
				assertThat(a.deploymentId()).isEqualTo(deployed.deploymentId());
				assertThat(a.comment()).isEqualTo("검토 작업 이름을 '서류 검토'로 바꿈");
			});
		// Append-only.
		assertThatThrownBy(() -> this.jdbc.sql("update dsg_deployment_audit set comment = 'x' where resource_name = :r")
			.param("r", this.resourceName)
			.update()).hasMessageContaining("append-only");
	}

	@Test
	void shouldRefuseCaseworkersAndSupervisors() {
		for (String user : new String[] { "cw.gangnam", "sv.gangnam" }) {
			assertThatThrownBy(() -> as(user, () -> this.designer.deploy(this.resourceName, renamed(), "변경"))).as(user)
				.isInstanceOf(AccessDeniedException.class);
		}
		assertThat(this.designer.resource(this.resourceName).version()).isEqualTo(1);
	}

	@Test
	void shouldRefuseAModelWithErrorsAChangeWithoutCommentAndNoChange() {
		String noTtl = renamed().replace(" camunda:historyTimeToLive=\"P30D\"", "");
		assertThatThrownBy(() -> as("designer", () -> this.designer.deploy(this.resourceName, noTtl, "변경")))
			.isInstanceOfSatisfying(UserFacingException.class,
					e -> assertThat(e.messageKey()).isEqualTo("designer.error.invalid"));
		assertThatThrownBy(() -> as("designer", () -> this.designer.deploy(this.resourceName, renamed(), " ")))
			.isInstanceOfSatisfying(UserFacingException.class,
					e -> assertThat(e.messageKey()).isEqualTo("designer.error.commentRequired"));
		assertThatThrownBy(() -> as("designer", () -> this.designer.deploy(this.resourceName, this.original, "같음")))
			.isInstanceOfSatisfying(UserFacingException.class,
					e -> assertThat(e.messageKey()).isEqualTo("designer.error.unchanged"));
		assertThat(this.designer.resource(this.resourceName).version()).isEqualTo(1);
	}

	@Test
	void shouldRefuseACaseworkersDeploymentThroughTheRestApi() throws Exception {
		String boundary = "----bokjiflow" + UUID.randomUUID();
		String body = "--" + boundary + "\r\n" + "Content-Disposition: form-data; name=\"deployment-name\"\r\n\r\n"
				+ "rest-attempt\r\n" + "--" + boundary + "\r\n"
				+ "Content-Disposition: form-data; name=\"data\"; filename=\"" + this.key + ".bpmn\"\r\n"
				+ "Content-Type: application/xml\r\n\r\n" + renamed() + "\r\n" + "--" + boundary + "--\r\n";
		HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/engine-rest/deployment/create"))
			.header("Authorization", basic("cw.gangnam"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
		assertThat(this.repository.createProcessDefinitionQuery().processDefinitionKey(this.key).count()).isEqualTo(1);
	}

}
