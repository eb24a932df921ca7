package io.bokjiflow.openmarket.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deploys a published version's application items to Camunda as a form resource, so the
 * task types' user tasks can bind it by id and version ({@code camunda:formRefBinding=
 * "version"}) and a running case keeps the form of the version it started with.
 */
@Component
class ApplicationFormDeployer {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final RepositoryService repository;

	private final JdbcClient jdbc;

	ApplicationFormDeployer(RepositoryService repository, JdbcClient jdbc) {
		this.repository = repository;
		this.jdbc = jdbc;
	}

	/** The Camunda form id of a program's application form. */
	static String formId(String programCode) {
		return "om-application-" + programCode;
	}

	/**
	 * The form JSON with its {@code id} set to the program's form id.
	 * @param programCode the program
	 * @param formJson the form-js JSON
	 * @return the JSON with the id set
	 * @throws IllegalArgumentException when it is not a JSON object
	 */
	static String withFormId(String programCode, String formJson) {
		try {
			if (!(JSON.readTree(formJson) instanceof ObjectNode form)) {
				throw new IllegalArgumentException("A form is a JSON object");
			}
			form.put("id", formId(programCode));
			return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(form);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("Not JSON: " + ex.getOriginalMessage());
		}
	}

	/**
	 * Deploys a form and tells the version Camunda gave it.
	 * @param programCode the program
	 * @param version the program version's number (names the deployment)
	 * @param formJson the form-js JSON
	 * @return the Camunda form version
	 */
	int deploy(String programCode, int version, String formJson) {
		String formId = formId(programCode);
		Deployment deployment = this.repository.createDeployment()
			.name("om-program-" + programCode + "-v" + version)
			.source("BokjiFlow open market")
			.addString(formId + ".form", withFormId(programCode, formJson))
			.deploy();
		// Camunda 7 has no public query for form definitions; its own table tells the
		// version, written in this transaction.
		return this.jdbc.sql("select version_ from act_re_camformdef where deployment_id_ = ? and key_ = ?")
			.params(deployment.getId(), formId)
			.query(Integer.class)
			.single();
	}

}
