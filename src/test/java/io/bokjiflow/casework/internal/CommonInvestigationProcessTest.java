package io.bokjiflow.casework.internal;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.bokjiflow.catalog.Program;
import io.bokjiflow.catalog.ProgramCatalog;
import io.bokjiflow.publicdata.PublicDataSource;
import io.bokjiflow.publicdata.PublicDataUnavailableException;
import io.bokjiflow.publicdata.PublicDataUnavailableException.Failure;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The investigation (processes/common/common-investigation.bpmn): one asynchronous job
 * per public dataset of the program — so a failing source is retried on its own, three
 * times a minute apart, and then raises an incident — then the case facts and, after an
 * income and asset investigation, the recognised income.
 */
class CommonInvestigationProcessTest extends CaseProcessTestBase {

	private static final String DATA_ONLY = "DATA_ONLY_PROGRAM";

	private static final String INCOME_ASSET = "INCOME_ASSET_PROGRAM";

	private static final String START = "start_investigation";

	private static final String FETCH = "service_fetch_public_data";

	private static final String FACTS = "service_summarise_facts";

	private static final String INCOME_GATEWAY = "gateway_income_investigated";

	private static final String CALCULATE = "service_calculate_recognised_income";

	private static final String JOIN = "gateway_investigation_join";

	private static final String END = "end_investigated";

	@Override
	protected String processKey() {
		return "common-investigation";
	}

	@Override
	protected List<String> resources() {
		return List.of("processes/common/common-investigation.bpmn");
	}

	/** Two programs whose datasets the tests choose. */
	@Override
	ProgramCatalog catalog() {
		ProgramCatalog catalog = mock(ProgramCatalog.class);
		program(catalog, DATA_ONLY, PublicDataSource.QUALIFICATION, PublicDataSource.RESIDENT_REGISTER);
		program(catalog, INCOME_ASSET, PublicDataSource.NATIONAL_TAX, PublicDataSource.LOCAL_TAX,
				PublicDataSource.FINANCIAL);
		return catalog;
	}

	private static void program(ProgramCatalog catalog, String code, PublicDataSource... datasets) {
		Program program = mock(Program.class);
		when(program.publicData()).thenReturn(List.of(datasets));
		when(catalog.program(code)).thenReturn(Optional.of(program));
	}

	@Test
	void shouldFetchEachDatasetInAJobOfItsOwnThenDeriveTheFactsOfADataOnlyProgram() {
		givenFacts(false);

		ProcessInstance pi = start(processKey(), DATA_ONLY, Map.of());

		// asyncBefore on each instance: the caller's transaction commits before any
		// fetch.
		assertThat(pi).isWaitingAt(FETCH);
		List<Job> jobs = asyncJobs(this.applicationNo);
		assertThat(jobs).hasSize(2)
			.allSatisfy(job -> assertThat(((JobEntity) job).isExclusive()).as("exclusive").isTrue());
		assertThat(jobs).extracting(this::dataset).containsExactlyInAnyOrder("QUALIFICATION", "RESIDENT_REGISTER");
		verify(this.investigation, never()).fetch(any(), any());

		this.engine.getManagementService().executeJob(jobs.get(0).getId());

		assertThat(pi).isWaitingAt(FETCH);
		verify(this.investigation, times(1)).fetch(any(), any());
		verify(this.investigation, never()).deriveFacts(any());

		this.engine.getManagementService().executeJob(jobs.get(1).getId());

		assertThat(pi).isEnded()
			.hasPassedInOrder(START, FETCH, FACTS, INCOME_GATEWAY, JOIN, END)
			.hasNotPassed(CALCULATE);
		verify(this.investigation).fetch(this.applicationId, PublicDataSource.QUALIFICATION);
		verify(this.investigation).fetch(this.applicationId, PublicDataSource.RESIDENT_REGISTER);
		verify(this.investigation).deriveFacts(this.applicationId);
		verify(this.investigation, never()).calculateRecognisedIncome(any());
		assertThat(historicVariable(pi, "basicLivelihood")).isEqualTo(true);
		assertThat(historicVariable(pi, CaseVariables.FLAGGED)).isEqualTo(false);
	}

	@Test
	void shouldCalculateTheRecognisedIncomeAfterTheFactsOfAnIncomeAndAssetInvestigation() {
		givenFacts(true);
		when(this.investigation.calculateRecognisedIncome(this.applicationId))
			.thenReturn(Map.of("recognisedIncome", 1_250_000L, "incomePercentOfMedian", 41));

		ProcessInstance pi = start(processKey(), INCOME_ASSET, Map.of());
		assertThat(runAsyncJobs(this.applicationNo)).isEqualTo(3);

		assertThat(pi).isEnded().hasPassedInOrder(START, FETCH, FACTS, INCOME_GATEWAY, CALCULATE, JOIN, END);
		InOrder order = inOrder(this.investigation);
		order.verify(this.investigation).deriveFacts(this.applicationId);
		order.verify(this.investigation).calculateRecognisedIncome(this.applicationId);
		assertThat(historicVariable(pi, "recognisedIncome")).isEqualTo(1_250_000L);
		assertThat(historicVariable(pi, "incomePercentOfMedian")).isEqualTo(41);
	}

	@Test
	void shouldRetryAFailingSourceThreeTimesAMinuteApartThenRaiseAnIncidentAndGoOnOnceItIsBack() {
		givenFacts(false);
		Instant now = Instant.parse("2025-03-03T01:00:00Z");
		ClockUtil.setCurrentTime(Date.from(now));
		doThrow(new PublicDataUnavailableException(PublicDataSource.QUALIFICATION, Failure.TIMEOUT, null))
			.when(this.investigation)
			.fetch(this.applicationId, PublicDataSource.QUALIFICATION);
		ProcessInstance pi = start(processKey(), DATA_ONLY, Map.of());
		String failing = job("QUALIFICATION").getId();
		this.engine.getManagementService().executeJob(job("RESIDENT_REGISTER").getId());

		for (int attempt = 1; attempt <= 3; attempt++) {
			assertThatThrownBy(
					() -> withoutEngineErrorLog(() -> this.engine.getManagementService().executeJob(failing)))
				.isInstanceOf(PublicDataUnavailableException.class);
			Job job = job("QUALIFICATION");
			assertThat(job.getRetries()).as("retries after attempt %d", attempt).isEqualTo(3 - attempt);
			assertThat(job.getExceptionMessage()).isEqualTo("QUALIFICATION TIMEOUT");
			if (attempt < 3) {
				assertThat(job.getDuedate()).isEqualTo(Date.from(now.plusSeconds(60)));
			}
		}

		Incident incident = this.engine.getRuntimeService()
			.createIncidentQuery()
			.processInstanceId(pi.getId())
			.singleResult();
		assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
		assertThat(incident.getActivityId()).isEqualTo(FETCH);
		assertThat(incident.getConfiguration()).isEqualTo(failing);
		assertThat(incident.getIncidentMessage()).isEqualTo("QUALIFICATION TIMEOUT");
		assertThat(pi).isWaitingAt(FETCH).hasNotPassed(FACTS);
		verify(this.investigation, times(3)).fetch(this.applicationId, PublicDataSource.QUALIFICATION);
		verify(this.investigation, never()).deriveFacts(any());

		clearInvocations(this.investigation);
		doNothing().when(this.investigation).fetch(this.applicationId, PublicDataSource.QUALIFICATION);
		this.engine.getManagementService().setJobRetries(failing, 1);
		this.engine.getManagementService().executeJob(failing);

		assertThat(pi).isEnded().hasPassed(FACTS, END);
		assertThat(this.engine.getHistoryService()
			.createHistoricIncidentQuery()
			.processInstanceId(pi.getId())
			.resolved()
			.count()).isOne();
		verify(this.investigation).fetch(this.applicationId, PublicDataSource.QUALIFICATION);
		verify(this.investigation, never()).fetch(this.applicationId, PublicDataSource.RESIDENT_REGISTER);
		verify(this.investigation).deriveFacts(this.applicationId);
	}

	private void givenFacts(boolean incomeInvestigated) {
		when(this.investigation.deriveFacts(this.applicationId)).thenReturn(Map.of("basicLivelihood", true,
				CaseVariables.INCOME_INVESTIGATED, incomeInvestigated, CaseVariables.FLAGGED, false));
	}

	/** The dataset of a job's multi-instance execution. */
	private String dataset(Job job) {
		return (String) this.engine.getRuntimeService().getVariableLocal(job.getExecutionId(), CaseVariables.DATASET);
	}

	private Job job(String dataset) {
		return asyncJobs(this.applicationNo).stream()
			.filter(job -> dataset.equals(dataset(job)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no job fetches " + dataset));
	}

}
