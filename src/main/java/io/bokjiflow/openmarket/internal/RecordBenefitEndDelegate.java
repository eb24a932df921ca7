package io.bokjiflow.openmarket.internal;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Service task: records on the case that a regular benefit ended, with why — the
 * re-check's reason or the one sent with the message {@code BenefitStopped}.
 */
@Component("recordBenefitEndDelegate")
class RecordBenefitEndDelegate implements JavaDelegate {

	/** The reason of a stop that named none. */
	static final String STOPPED = "STOPPED";

	private final OpenMarketCaseStore store;

	private final Clock clock;

	RecordBenefitEndDelegate(OpenMarketCaseStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String reason = (String) execution.getVariable(OpenMarketVariables.BENEFIT_END_REASON);
		String lastPeriod = (String) execution.getVariable(OpenMarketVariables.PAYMENT_PERIOD);
		this.store.recordBenefit(OpenMarketVariables.applicationId(execution), BenefitKinds.BENEFIT_ENDED,
				reason == null || reason.isBlank() ? STOPPED : reason, null,
				"정기 지급 종료 (regular payments ended)" + (lastPeriod == null ? "" : ", 마지막 예정 기간 " + lastPeriod), "system",
				this.clock.instant());
	}

}
