package io.bokjiflow.openmarket.internal;

import java.time.Clock;

import io.bokjiflow.openmarket.ProgramVersion;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Service task of the fee reduction type (7): registers the reduction with the utility,
 * which applies it to every bill from the next one, and records the registration on the
 * case. Simulated: no utility system is connected; the registration number is derived
 * from the application number, so a retry registers nothing twice.
 */
@Component("registerReductionDelegate")
class RegisterReductionDelegate implements JavaDelegate {

	/** The variable holding the registration number, for the notice. */
	static final String REDUCTION_REGISTRATION = "reductionRegistration";

	private final SupportCriteriaCheck check;

	private final OpenMarketCaseStore store;

	private final Clock clock;

	RegisterReductionDelegate(SupportCriteriaCheck check, OpenMarketCaseStore store, Clock clock) {
		this.check = check;
		this.store = store;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ProgramVersion version = this.check.pinnedVersion(execution);
		String registration = "R-" + execution.getProcessBusinessKey();
		String schedule = version.content().schedule();
		this.store.recordBenefit(OpenMarketVariables.applicationId(execution), BenefitKinds.REDUCTION_REGISTERED,
				registration, version.content().amountWon(),
				version.content().nameKo() + " 감면 등록 (reduction registered)"
						+ (schedule == null || schedule.isBlank() ? "" : ", " + schedule),
				"system", this.clock.instant());
		execution.setVariable(REDUCTION_REGISTRATION, registration);
	}

}
