package io.bokjiflow.outreach.internal;

import java.util.UUID;

import io.bokjiflow.outreach.OutreachStatus;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Service task of the outreach process: records how the outreach ended (DECLINED,
 * NOT_REACHED, NOT_APPLIED) on the candidate, with the caseworker's note; the status is
 * the task's {@code closeAs} input parameter.
 */
@Component("closeOutreachDelegate")
class CloseOutreachDelegate implements JavaDelegate {

	private final OutreachService outreach;

	CloseOutreachDelegate(OutreachService outreach) {
		this.outreach = outreach;
	}

	@Override
	public void execute(DelegateExecution execution) {
		UUID candidateId = UUID.fromString((String) execution.getVariable(OutreachProcess.CANDIDATE_ID));
		OutreachStatus status = OutreachStatus.valueOf((String) execution.getVariable(OutreachProcess.CLOSE_AS));
		this.outreach.close(candidateId, status, (String) execution.getVariable(OutreachProcess.NOTE));
	}

}
