package io.bokjiflow.openmarket.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.bokjiflow.casework.ApplicationSummary;
import io.bokjiflow.casework.CaseProcessing;
import io.bokjiflow.openmarket.CriteriaEvaluator;
import io.bokjiflow.openmarket.Eligibility;
import io.bokjiflow.openmarket.LocalPrograms;
import io.bokjiflow.openmarket.ProgramVersion;
import io.bokjiflow.openmarket.Subject;
import io.bokjiflow.registry.PersonProfile;
import io.bokjiflow.registry.Registry;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.springframework.stereotype.Component;

/**
 * Checks a case against the support criteria of its pinned version on a date: the
 * registry's facts about the applicant, with the case's own recognised income where the
 * task type investigated it, and, for a national top-up, whether the applicant receives
 * the national program. Used at the application and before each regular payment.
 */
@Component
class SupportCriteriaCheck {

	/** The rule code when every condition holds. */
	static final String CRITERIA_MET = "CRITERIA_MET";

	/** The rule code when the applicant is not in the registry. */
	static final String PERSON_UNKNOWN = "PERSON_UNKNOWN";

	/** The condition of a national top-up, named like the content field it reads. */
	static final String NATIONAL_PROGRAM = "nationalProgramCode";

	private final LocalPrograms programs;

	private final CriteriaEvaluator evaluator;

	private final CaseProcessing cases;

	private final Registry registry;

	private final Clock clock;

	SupportCriteriaCheck(LocalPrograms programs, CriteriaEvaluator evaluator, CaseProcessing cases, Registry registry,
			Clock clock) {
		this.programs = programs;
		this.evaluator = evaluator;
		this.cases = cases;
		this.registry = registry;
		this.clock = clock;
	}

	/**
	 * The outcome of a check.
	 *
	 * @param version the pinned version
	 * @param eligibility every condition and whether it held
	 * @param rule {@link #CRITERIA_MET}, or the first condition that failed as
	 * {@code <CRITERION>_NOT_MET}, or {@link #PERSON_UNKNOWN}
	 */
	record Outcome(ProgramVersion version, Eligibility eligibility, String rule) {

		boolean eligible() {
			return this.eligibility.eligible();
		}

	}

	/** The application of an execution. */
	ApplicationSummary application(DelegateExecution execution) {
		UUID applicationId = OpenMarketVariables.applicationId(execution);
		return this.cases.application(applicationId)
			.orElseThrow(() -> new IllegalStateException("No application " + applicationId));
	}

	/** The day an application was registered, in the service's time zone. */
	LocalDate appliedOn(ApplicationSummary application) {
		return LocalDate.ofInstant(application.submittedAt(), this.clock.getZone());
	}

	/** The version the execution is pinned to. */
	ProgramVersion pinnedVersion(DelegateExecution execution) {
		UUID versionId = OpenMarketVariables.versionId(execution);
		return this.programs.version(versionId)
			.orElseThrow(() -> new IllegalStateException("Pinned program version " + versionId + " is unknown"));
	}

	/**
	 * Checks the case on a date.
	 * @param execution the case's execution (pinned version, case income)
	 * @param on the reference date (ages, residence months, validity)
	 * @param nationalBenefitActive for a national top-up whether the applicant receives
	 * the national program on the date, {@code null} for the other task types
	 * @return the outcome
	 */
	Outcome check(DelegateExecution execution, LocalDate on, Boolean nationalBenefitActive) {
		ProgramVersion version = pinnedVersion(execution);
		ApplicationSummary application = application(execution);
		Optional<Subject> subject = this.evaluator.subject(application.personId(), on);
		if (subject.isEmpty()) {
			return new Outcome(version, new Eligibility(false, List.of(new Eligibility.Condition("person", false,
					"통합DB에 신청인 정보가 없습니다", "the applicant is not in the integrated registry"))), PERSON_UNKNOWN);
		}
		Eligibility criteria = this.evaluator.evaluate(version.content().criteria(),
				withCaseIncome(subject.get(), execution), on);
		List<Eligibility.Condition> conditions = new ArrayList<>(criteria.conditions());
		boolean eligible = criteria.eligible();
		if (nationalBenefitActive != null) {
			String code = version.content().nationalProgramCode();
			conditions.add(new Eligibility.Condition(NATIONAL_PROGRAM, nationalBenefitActive,
					"국가 사업 " + code + (nationalBenefitActive ? " 수급 중" : " 수급 기록 없음"),
					"national program " + code + (nationalBenefitActive ? " received" : " not received")));
			eligible = eligible && nationalBenefitActive;
		}
		String rule = eligible ? CRITERIA_MET
				: conditions.stream()
					.filter(c -> !c.met())
					.findFirst()
					.map(c -> upperSnake(c.criterion()) + "_NOT_MET")
					.orElse("CRITERIA_NOT_MET");
		return new Outcome(version, new Eligibility(eligible, conditions), rule);
	}

	/**
	 * Whether the registry shows the person receiving a national program on a date: an
	 * ACTIVE benefit record of the program, or a valid qualification of that kind.
	 * @param personId the person
	 * @param programCode the national program's catalogue code or qualification kind
	 * @param on the date
	 * @param purpose why the registry is read (audited)
	 * @return whether the person receives it
	 */
	boolean receivesNationalProgram(UUID personId, String programCode, LocalDate on, String purpose) {
		Optional<PersonProfile> profile = this.registry.profile(personId, "system:openmarket", purpose);
		if (profile.isEmpty()) {
			return false;
		}
		boolean benefit = profile.get()
			.benefits()
			.stream()
			.anyMatch(b -> programCode.equals(b.programCode()) && "ACTIVE".equals(b.status())
					&& covers(b.periodFrom(), b.periodTo(), on));
		boolean qualification = profile.get()
			.qualifications()
			.stream()
			.anyMatch(q -> programCode.equals(q.kind()) && covers(q.validFrom(), q.validTo(), on));
		return benefit || qualification;
	}

	private static boolean covers(LocalDate from, LocalDate to, LocalDate on) {
		return (from == null || !from.isAfter(on)) && (to == null || !to.isBefore(on));
	}

	/**
	 * The subject with the case's recognised income where the case investigated it: the
	 * registry keeps only the latest assessment, the investigation is this application's.
	 */
	static Subject withCaseIncome(Subject subject, DelegateExecution execution) {
		if (!Boolean.TRUE.equals(execution.getVariable(OpenMarketVariables.INCOME_INVESTIGATED))
				|| !(execution.getVariable(OpenMarketVariables.RECOGNISED_INCOME) instanceof Number income)) {
			return subject;
		}
		Integer householdSize = execution.getVariable(OpenMarketVariables.HOUSEHOLD_SIZE) instanceof Number n
				? n.intValue() : subject.householdSize();
		return new Subject(subject.personId(), subject.sex(), subject.birthDate(), subject.movedInOn(),
				subject.adminDongCode(), subject.householdSize(), subject.children(), subject.qualifications(),
				income.longValue(), householdSize);
	}

	/** {@code minAge} → {@code MIN_AGE}. */
	static String upperSnake(String camel) {
		return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
	}

}
