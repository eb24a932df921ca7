package io.bokjiflow.casework.internal;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;

/**
 * The decision letter (processes/common/common-notice.bpmn), written in the transaction
 * of the step that decided.
 */
class CommonNoticeProcessTest extends CaseProcessTestBase {

	@Override
	protected String processKey() {
		return "common-notice";
	}

	@Override
	protected List<String> resources() {
		return List.of("processes/common/common-notice.bpmn");
	}

	@Test
	void shouldWriteTheDecisionLetterIntoTheCaseFile() {
		ProcessInstance pi = start(processKey(), "TRAVEL_VOUCHER", Map.of());

		assertThat(pi).isEnded().hasPassedInOrder("start_notice", "service_write_notice", "end_notified");
		verify(this.casework).recordNotice(this.applicationId);
	}

	@Test
	void shouldLeaveNoHalfWrittenNoticeWhenTheLetterCannotBeWritten() {
		doThrow(new IllegalStateException("notice store unavailable")).when(this.casework)
			.recordNotice(this.applicationId);

		assertThatThrownBy(() -> withoutEngineErrorLog(() -> start(processKey(), "TRAVEL_VOUCHER", Map.of())))
			.hasMessage("notice store unavailable");

		assertThat(instances(this.applicationNo)).isEmpty();
	}

}
