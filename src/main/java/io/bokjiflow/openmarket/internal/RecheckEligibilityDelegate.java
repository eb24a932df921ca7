package io.bokjiflow.openmarket.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;

import io.bokjiflow.casework.ApplicationSummary;
import io.bokjiflow.openmarket.LocalPrograms;
import io.bokjiflow.openmarket.ProgramVersion;
import io.bokjiflow.openmarket.TaskType;
import io.bokjiflow.registry.PersonSummary;
import io.bokjiflow.registry.Registry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Service task of the regular payments, before each period's payment: the applicant is
 * alive on the register, the program still has a version in force, and the pinned
 * version's criteria (and, for a national top-up, the national benefit) still hold on the
 * payment date. Sets {@code stillEligible} and, when not, {@code benefitEndReason}.
 */
@Component("recheckEligibilityDelegate")
class RecheckEligibilityDelegate implements JavaDelegate {

	/** Reason codes besides a criterion's {@code <CRITERION>_NOT_MET}. */
	static final String PROGRAM_ENDED = "PROGRAM_ENDED";

	static final String PERSON_NOT_ALIVE = "PERSON_NOT_ALIVE";

	private final SupportCriteriaCheck check;

	private final LocalPrograms programs;

	private final Registry registry;

	private final Clock clock;

	RecheckEligibilityDelegate(SupportCriteriaCheck check, LocalPrograms programs, Registry registry, Clock clock) {
		this.check = check;
		this.programs = programs;
		this.registry = registry;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Date paymentDate = (Date) execution.getVariable(OpenMarketVariables.NEXT_PAYMENT_DATE);
		LocalDate on = paymentDate == null ? LocalDate.now(this.clock)
				: LocalDate.ofInstant(paymentDate.toInstant(), this.clock.getZone());
		String reason = reasonToStop(execution, on);
		execution.setVariable(OpenMarketVariables.STILL_ELIGIBLE, reason == null);
		if (reason != null) {
			execution.setVariable(OpenMarketVariables.BENEFIT_END_REASON, reason);
		}
	}

	private String reasonToStop(DelegateExecution execution, LocalDate on) {
		ApplicationSummary application = this.check.application(execution);
		boolean alive = this.registry.find(application.personId())
			.map(PersonSummary::status)
			.filter("ALIVE"::equals)
			.isPresent();
		if (!alive) {
			return PERSON_NOT_ALIVE;
		}
		ProgramVersion version = this.check.pinnedVersion(execution);
		if (this.programs.effective(version.programCode(), on).isEmpty()) {
			return PROGRAM_ENDED;
		}
		Boolean national = null;
		if (version.content().taskType() == TaskType.NATIONAL_TOP_UP) {
			national = this.check.receivesNationalProgram(application.personId(),
					version.content().nationalProgramCode(), on,
					"regular payment " + application.applicationNo() + " " + on);
		}
		SupportCriteriaCheck.Outcome outcome = this.check.check(execution, on, national);
		return outcome.eligible() ? null : outcome.rule();
	}

}
