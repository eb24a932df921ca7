package io.bokjiflow.casework.internal;

import java.util.Optional;
import java.util.UUID;

import io.bokjiflow.casework.ApplicationSummary;
import io.bokjiflow.casework.CaseProcessing;
import io.bokjiflow.casework.EligibilityExplanation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link CaseProcessing} on the case file that {@link CaseworkService} keeps, for the
 * process steps of other modules.
 */
@Service
@Transactional
class CaseProcessingService implements CaseProcessing {

	private final ApplicationRepository applications;

	private final CaseworkService casework;

	CaseProcessingService(ApplicationRepository applications, CaseworkService casework) {
		this.applications = applications;
		this.casework = casework;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ApplicationSummary> application(UUID applicationId) {
		return this.applications.findById(applicationId).map(ApplicationEntity::toSummary);
	}

	@Override
	public void recordEligibility(UUID applicationId, boolean eligible, String rule,
			EligibilityExplanation explanation) {
		this.casework.recordEligibility(applicationId, eligible, rule, explanation);
	}

}
