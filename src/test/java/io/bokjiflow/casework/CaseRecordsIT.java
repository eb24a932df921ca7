package io.bokjiflow.casework;

import java.time.Duration;
import java.util.UUID;

import io.bokjiflow.testing.IntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The case view's read model: the process position is drawn on the definition version the
 * case runs on (not the newest one) with the active activities of the root and of the
 * call activity it waits in; the evidence re-fetch keeps the replaced answer.
 */
class CaseRecordsIT extends IntegrationTest {

	@Autowired
	private Casework casework;

	@Autowired
	private CaseRecords records;

	@Autowired
	private RepositoryService repository;

	@Autowired
	private HistoryService history;

	@Test
	void shouldShowThePositionOnTheVersionTheCaseRunsOnEvenAfterANewerOneIsDeployed() {
		ApplicationSummary app = as("cw.gangnam", () -> this.casework.submit(new NewApplication("TRAVEL_VOUCHER",
				newApplicantRrn(), "정버전", "서울 강남구 역삼로 11", "1168064000", true, false, UUID.randomUUID().toString())));
		Task task = awaitTask(app.applicationNo(), Duration.ofSeconds(90));
		String runsOn = this.history.createHistoricProcessInstanceQuery()
			.processInstanceId(app.processInstanceId())
			.singleResult()
			.getProcessDefinitionId();

		Deployment newer = this.repository.createDeployment()
			.name("case-records-it newer travel-voucher")
			.addClasspathResource("processes/support/travel-voucher.bpmn")
			.enableDuplicateFiltering(false)
			.deploy();
		try {
			ProcessDefinition latest = this.repository.createProcessDefinitionQuery()
				.processDefinitionKey("travel-voucher")
				.latestVersion()
				.singleResult();
			assertThat(latest.getId()).isNotEqualTo(runsOn);

			CaseRecords.ProcessPosition position = as("cw.gangnam",
					() -> this.records.processPosition(app.applicationNo()).orElseThrow());
			CaseRecords.Diagram root = position.root();
			assertThat(root.processInstanceId()).isEqualTo(app.processInstanceId());
			assertThat(root.definitionId()).isEqualTo(runsOn);
			assertThat(root.version()).isLessThan(latest.getVersion());
			assertThat(root.ended()).isFalse();
			assertThat(root.activeActivityIds()).containsExactly("call_decision");
			assertThat(root.completedActivityIds()).contains("call_intake", "call_investigation", "call_eligibility")
				.doesNotContain("call_decision");
			assertThat(root.bpmnXml()).contains("id=\"call_decision\"").contains("bpmndi:BPMNDiagram");

			assertThat(position.called()).hasSize(1);
			CaseRecords.Diagram decision = position.called().get(0);
			assertThat(decision.definitionId()).isEqualTo(task.getProcessDefinitionId());
			assertThat(decision.definitionKey()).isEqualTo("common-decision");
			assertThat(decision.activeActivityIds()).containsExactly(task.getTaskDefinitionKey());
			assertThat(decision.activeActivityNames()).hasSize(1);
		}
		finally {
			this.repository.deleteDeployment(newer.getId(), true);
		}
	}

	@Test
	void shouldKeepTheReplacedAnswerWhenEvidenceIsFetchedAgainAndRefuseOthersCases() {
		ApplicationSummary app = as("cw.gangnam", () -> this.casework.submit(new NewApplication("TRAVEL_VOUCHER",
				newApplicantRrn(), "한재조", "서울 강남구 역삼로 13", "1168064000", true, false, UUID.randomUUID().toString())));
		awaitTask(app.applicationNo(), Duration.ofSeconds(90));
		EvidenceView before = as("cw.gangnam", () -> this.casework.caseFile(app.id())).orElseThrow().evidence().get(0);

		var refetched = as("cw.gangnam", () -> this.records.refetch(app.applicationNo(), before.dataset()));

		assertThat(refetched).hasSize(1);
		assertThat(refetched.get(0).previousFetchedAt()).isEqualTo(before.fetchedAt());
		assertThat(refetched.get(0).previousPayloadSha256()).isEqualTo(before.payloadSha256());
		EvidenceView after = as("cw.gangnam", () -> this.casework.caseFile(app.id())).orElseThrow().evidence().get(0);
		assertThat(after.requestId()).isNotEqualTo(before.requestId());
		assertThat(after.fetchedAt()).isAfterOrEqualTo(before.fetchedAt());
		assertThat(as("cw.gangnam", () -> this.records.auditTrail(app.applicationNo())))
			.anySatisfy(e -> assertThat(e.kind()).isEqualTo("EVIDENCE_REFETCHED"))
			.anySatisfy(e -> assertThat(e.kind()).isEqualTo("PERSONAL_DATA_ACCESS"));

		assertThatThrownBy(() -> as("cw.jongno", () -> this.records.refetch(app.applicationNo(), "QUALIFICATION")))
			.isInstanceOf(io.bokjiflow.shared.UserFacingException.class);
		assertThatThrownBy(() -> as("cw.gangnam", () -> this.records.refetch(app.applicationNo(), "FINANCIAL")))
			.isInstanceOf(io.bokjiflow.shared.UserFacingException.class)
			.hasMessage("caseview.refetch.unknownDataset");
	}

}
