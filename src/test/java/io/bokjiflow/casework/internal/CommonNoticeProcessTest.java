package io.bokjiflow.casework.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import io.bokjiflow.casework.CaseFile;
import io.bokjiflow.casework.internal.notice.DecisionLetter;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

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
		@SuppressWarnings("unchecked")
		ArgumentCaptor<Function<CaseFile, String>> summary = ArgumentCaptor.forClass(Function.class);
		verify(this.casework).recordNotice(eq(this.applicationId), summary.capture());

		// The case file keeps a line naming the Korean letter and the version of its
		// wording.
		CaseFile file = mock(CaseFile.class);
		DecisionLetter letter = mock(DecisionLetter.class);
		when(this.letters.letter(file, Locale.KOREAN)).thenReturn(letter);
		when(letter.title()).thenReturn("여행바우처 지원 결정 통지서");
		when(letter.applicationNo()).thenReturn(this.applicationNo);
		when(letter.outcomeText()).thenReturn("지원 대상으로 결정되었습니다.");
		when(letter.textVersion()).thenReturn("2025.1");
		assertThat(summary.getValue().apply(file))
			.isEqualTo("여행바우처 지원 결정 통지서 " + this.applicationNo + ": 지원 대상으로 결정되었습니다. [2025.1]");
	}

	@Test
	void shouldLeaveNoHalfWrittenNoticeWhenTheLetterCannotBeWritten() {
		doThrow(new IllegalStateException("notice store unavailable")).when(this.casework)
			.recordNotice(eq(this.applicationId), any());

		assertThatThrownBy(() -> withoutEngineErrorLog(() -> start(processKey(), "TRAVEL_VOUCHER", Map.of())))
			.hasMessage("notice store unavailable");

		assertThat(instances(this.applicationNo)).isEmpty();
	}

}
