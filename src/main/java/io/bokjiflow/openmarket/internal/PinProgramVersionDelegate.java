package io.bokjiflow.openmarket.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.bokjiflow.casework.ApplicationSummary;
import io.bokjiflow.casework.CaseProcessing;
import io.bokjiflow.casework.EligibilityExplanation;
import io.bokjiflow.openmarket.LocalProgramCases.PinnedVersion;
import io.bokjiflow.openmarket.LocalPrograms;
import io.bokjiflow.openmarket.ProgramVersion;
import io.bokjiflow.openmarket.TaskType;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Service task "pin the program version": fixes the local program's version that applies
 * on the application date for the whole case and hands its application form, amount and
 * payment option to the process. Pinned once: a retry, or the task run again, reuses the
 * pinned version, so a version published later never changes a running case. Without a
 * version on the application date the case is rejected with rule
 * {@link #NO_PROGRAM_VERSION}.
 */
@Component("pinProgramVersionDelegate")
class PinProgramVersionDelegate implements JavaDelegate {

	/** The rule code of a case without a version on its application date. */
	static final String NO_PROGRAM_VERSION = "NO_PROGRAM_VERSION";

	private final LocalPrograms programs;

	private final CaseProcessing cases;

	private final OpenMarketCaseStore store;

	private final Clock clock;

	PinProgramVersionDelegate(LocalPrograms programs, CaseProcessing cases, OpenMarketCaseStore store, Clock clock) {
		this.programs = programs;
		this.cases = cases;
		this.store = store;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		UUID applicationId = OpenMarketVariables.applicationId(execution);
		ApplicationSummary application = this.cases.application(applicationId)
			.orElseThrow(() -> new IllegalStateException("No application " + applicationId));
		String programCode = (String) execution.getVariable(OpenMarketVariables.PROGRAM_CODE);
		LocalDate appliedOn = LocalDate.ofInstant(application.submittedAt(), this.clock.getZone());
		Optional<ProgramVersion> version = alreadyPinned(execution, applicationId)
			.or(() -> this.programs.effective(programCode, appliedOn));
		if (version.isEmpty()) {
			noVersion(execution, applicationId, programCode, appliedOn);
			return;
		}
		ProgramVersion v = version.get();
		TaskType taskType = v.content().taskType();
		String processKey = processKey(execution);
		if (!taskType.processKey().equals(processKey)) {
			throw new IllegalStateException("Program " + programCode + " version " + v.version() + " runs on task type "
					+ taskType + ", not on process " + processKey);
		}
		LocalPrograms.ApplicationForm form = this.programs.applicationForm(v.id())
			.orElseThrow(() -> new IllegalStateException(
					"Program " + programCode + " version " + v.version() + " has no application form"));
		PinnedVersion pinned = this.store.pin(applicationId, application.applicationNo(), programCode, v.id(),
				v.version(), this.clock.instant());
		if (!pinned.versionId().equals(v.id())) {
			throw new IllegalStateException("Application " + application.applicationNo() + " is pinned to version "
					+ pinned.versionId() + ", not " + v.id());
		}
		execution.setVariable(OpenMarketVariables.PROGRAM_VERSION_ID, v.id().toString());
		execution.setVariable(OpenMarketVariables.PROGRAM_VERSION, v.version());
		execution.setVariable(OpenMarketVariables.APPLICATION_FORM_ID, form.formId());
		execution.setVariable(OpenMarketVariables.APPLICATION_FORM_VERSION, form.camundaVersion());
		execution.setVariable(OpenMarketVariables.SEIZURE_PROTECTED_ALLOWED, v.content().seizureProtectedAllowed());
		if (taskType.benefit() == TaskType.Benefit.CASH) {
			execution.setVariable(OpenMarketVariables.PAYMENT_AMOUNT_WON, v.content().amountWon());
		}
		execution.setVariable(OpenMarketVariables.VERSION_PINNED, true);
	}

	/** The version pinned earlier: by the process variable, else by the case record. */
	private Optional<ProgramVersion> alreadyPinned(DelegateExecution execution, UUID applicationId) {
		Optional<UUID> id = Optional.ofNullable((String) execution.getVariable(OpenMarketVariables.PROGRAM_VERSION_ID))
			.map(UUID::fromString)
			.or(() -> this.store.pinnedVersion(applicationId).map(PinnedVersion::versionId));
		return id.map(versionId -> this.programs.version(versionId)
			.orElseThrow(() -> new IllegalStateException("Pinned program version " + versionId + " is unknown")));
	}

	private void noVersion(DelegateExecution execution, UUID applicationId, String programCode, LocalDate appliedOn) {
		String description = "신청일(" + appliedOn + ")에 적용되는 사업 내용이 없습니다 (no version of the program applies on "
				+ appliedOn + ")";
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("appliedOn", appliedOn.toString());
		this.cases.recordEligibility(applicationId, false, NO_PROGRAM_VERSION,
				new EligibilityExplanation(programCode, 0, programCode, NO_PROGRAM_VERSION, description, false, null,
						null, facts, Map.of("appliedOn", "신청일 (application date)")));
		execution.setVariable(OpenMarketVariables.VERSION_PINNED, false);
		execution.setVariable(OpenMarketVariables.ELIGIBLE, false);
		execution.setVariable(OpenMarketVariables.ELIGIBILITY_RULE, NO_PROGRAM_VERSION);
		execution.setVariable(OpenMarketVariables.REVIEW, false);
		execution.setVariable(OpenMarketVariables.FLAGGED, false);
		execution.setVariable(OpenMarketVariables.INCOME_INVESTIGATED, false);
	}

	/** The key of the process the execution runs. */
	static String processKey(DelegateExecution execution) {
		return execution.getProcessEngineServices()
			.getRepositoryService()
			.getProcessDefinition(execution.getProcessDefinitionId())
			.getKey();
	}

}
