package io.bokjiflow.casework.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Intake (processes/common/common-intake.bpmn): a complete application opens the case at
 * once; a missing financial-data consent waits for a caseworker to record the signed
 * form, and the application is checked again after each recording.
 */
class CommonIntakeProcessTest extends CaseProcessTestBase {

	private static final String START = "start_intake";

	private static final String CHECK = "service_check_application";

	private static final String COMPLETE = "gateway_application_complete";

	private static final String OBTAIN_CONSENT = "user_obtain_consent";

	private static final String RECORD_CONSENT = "service_record_consent";

	private static final String END = "end_case_opened";

	@Override
	protected String processKey() {
		return "common-intake";
	}

	@Override
	protected List<String> resources() {
		return List.of("processes/common/common-intake.bpmn", "forms/case-consent.form");
	}

	@Test
	void shouldOpenTheCaseAtOnceWhenTheApplicationIsComplete() {
		ProcessInstance pi = start(processKey(), "TRAVEL_VOUCHER", Map.of());

		assertThat(pi).isEnded().hasPassedInOrder(START, CHECK, COMPLETE, END).hasNotPassed(OBTAIN_CONSENT);
		assertThat(historicVariable(pi, CaseVariables.APPLICATION_COMPLETE)).isEqualTo(true);
		verify(this.casework).checkApplication(this.applicationId);
		verify(this.casework, never()).recordFinancialConsent(any(), any(), any());
	}

	@Test
	void shouldWaitForTheFinancialDataConsentAndOpenTheCaseOnceItIsRecorded() {
		when(this.casework.checkApplication(this.applicationId)).thenReturn(false, true);

		ProcessInstance pi = start(processKey(), "PERMANENT_RENTAL", Map.of());

		assertThat(pi).isWaitingAtExactly(OBTAIN_CONSENT).hasNotPassed(END);
		assertGroupTask(OBTAIN_CONSENT, CASEWORKERS, "case-consent");
		verify(this.casework, never()).recordFinancialConsent(any(), any(), any());

		complete(OBTAIN_CONSENT, Map.of("financialConsentReceived", true, "consentReceivedOn", "2025-03-02"),
				CASEWORKER);

		assertThat(pi).isEnded().hasPassedInOrder(CHECK, OBTAIN_CONSENT, RECORD_CONSENT, CHECK, END);
		verify(this.casework).recordFinancialConsent(this.applicationId, LocalDate.of(2025, 3, 2), CASEWORKER);
		verify(this.casework, times(2)).checkApplication(this.applicationId);
	}

	@Test
	void shouldAskAgainWhenTheApplicationIsStillIncompleteAfterARecordedConsent() {
		// e.g. the consent of a household member is still missing
		when(this.casework.checkApplication(this.applicationId)).thenReturn(false, false, true);
		ProcessInstance pi = start(processKey(), "PERMANENT_RENTAL", Map.of());

		complete(OBTAIN_CONSENT, Map.of("financialConsentReceived", true, "consentReceivedOn", "2025-03-02"),
				CASEWORKER);

		assertThat(pi).isWaitingAtExactly(OBTAIN_CONSENT);
		assertGroupTask(OBTAIN_CONSENT, CASEWORKERS, "case-consent");

		complete(OBTAIN_CONSENT, Map.of("financialConsentReceived", true, "consentReceivedOn", "2025-03-03"),
				SECOND_CASEWORKER);

		assertThat(pi).isEnded();
		verify(this.casework).recordFinancialConsent(this.applicationId, LocalDate.of(2025, 3, 2), CASEWORKER);
		verify(this.casework).recordFinancialConsent(this.applicationId, LocalDate.of(2025, 3, 3), SECOND_CASEWORKER);
		verify(this.casework, times(3)).checkApplication(this.applicationId);
	}

}
