package io.bokjiflow.openmarket.internal;

import io.bokjiflow.casework.ApplicationSummary;
import io.bokjiflow.openmarket.ProgramVersion;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Service task of the national top-up (task type 8): whether the applicant receives the
 * national program the pinned version names, on the application date, by the integrated
 * registry (an ACTIVE benefit record or the matching qualification). The criteria step
 * adds it as a condition.
 */
@Component("checkNationalBenefitDelegate")
class CheckNationalBenefitDelegate implements JavaDelegate {

	private final SupportCriteriaCheck check;

	CheckNationalBenefitDelegate(SupportCriteriaCheck check) {
		this.check = check;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ProgramVersion version = this.check.pinnedVersion(execution);
		String nationalProgram = version.content().nationalProgramCode();
		if (nationalProgram == null || nationalProgram.isBlank()) {
			throw new IllegalStateException("Program " + version.programCode() + " version " + version.version()
					+ " names no national program to top up");
		}
		ApplicationSummary application = this.check.application(execution);
		boolean active = this.check.receivesNationalProgram(application.personId(), nationalProgram,
				this.check.appliedOn(application), "application " + application.applicationNo());
		execution.setVariable(OpenMarketVariables.NATIONAL_BENEFIT_ACTIVE, active);
	}

}
