package io.bokjiflow.openmarket.internal;

import java.time.Clock;

import io.bokjiflow.openmarket.ProgramVersion;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Service task of the voucher type (6): issues a voucher of the pinned version's value
 * and records its number on the case. Simulated: no voucher system is connected, the
 * number is derived from the application number, so a retry issues the same voucher.
 */
@Component("issueVoucherDelegate")
class IssueVoucherDelegate implements JavaDelegate {

	/** The variable holding the voucher number, for the notice. */
	static final String VOUCHER_NUMBER = "voucherNumber";

	private final SupportCriteriaCheck check;

	private final OpenMarketCaseStore store;

	private final Clock clock;

	IssueVoucherDelegate(SupportCriteriaCheck check, OpenMarketCaseStore store, Clock clock) {
		this.check = check;
		this.store = store;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ProgramVersion version = this.check.pinnedVersion(execution);
		String number = "V-" + execution.getProcessBusinessKey();
		this.store.recordBenefit(OpenMarketVariables.applicationId(execution), BenefitKinds.VOUCHER_ISSUED, number,
				version.content().amountWon(), version.content().nameKo() + " 바우처 (voucher)", "system",
				this.clock.instant());
		execution.setVariable(VOUCHER_NUMBER, number);
	}

}
