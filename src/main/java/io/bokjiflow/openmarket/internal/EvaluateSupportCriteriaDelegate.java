package io.bokjiflow.openmarket.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.bokjiflow.casework.CaseProcessing;
import io.bokjiflow.casework.EligibilityExplanation;
import io.bokjiflow.openmarket.Eligibility;
import io.bokjiflow.openmarket.ProgramVersion;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Service task "evaluate support criteria": checks the pinned version's criteria on the
 * application date and records the outcome on the case with one line per condition, so
 * that the review and decision forms, the case view and the decision letter show the
 * conditions; then hands common-decision the variables it reads.
 */
@Component("evaluateSupportCriteriaDelegate")
class EvaluateSupportCriteriaDelegate implements JavaDelegate {

	/** The label of each condition, "한국어 (English)" as the case view shows labels. */
	static final Map<String, String> LABELS = Map.ofEntries(Map.entry("sex", "성별 (sex)"),
			Map.entry("minAge", "최저 나이 (minimum age)"), Map.entry("maxAge", "최고 나이 (maximum age)"),
			Map.entry("minResidenceMonths", "거주 기간 (residence period)"),
			Map.entry("residenceCodes", "거주지 (place of residence)"),
			Map.entry("minHouseholdSize", "최소 가구원 수 (minimum household size)"),
			Map.entry("maxHouseholdSize", "최대 가구원 수 (maximum household size)"),
			Map.entry("minChildren", "동거 아동 수 (cohabiting children)"),
			Map.entry("qualificationsAnyOf", "자격 (qualifications)"),
			Map.entry("maxIncomePercentOfMedian", "소득인정액 기준 (recognised income)"),
			Map.entry(SupportCriteriaCheck.NATIONAL_PROGRAM, "국가 사업 수급 (national program)"),
			Map.entry("person", "신청인 (applicant)"));

	private final SupportCriteriaCheck check;

	private final CaseProcessing cases;

	EvaluateSupportCriteriaDelegate(SupportCriteriaCheck check, CaseProcessing cases) {
		this.check = check;
		this.cases = cases;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Boolean national = (Boolean) execution.getVariable(OpenMarketVariables.NATIONAL_BENEFIT_ACTIVE);
		SupportCriteriaCheck.Outcome outcome = this.check.check(execution,
				this.check.appliedOn(this.check.application(execution)), national);
		this.cases.recordEligibility(OpenMarketVariables.applicationId(execution), outcome.eligible(), outcome.rule(),
				explain(outcome));
		execution.setVariable(OpenMarketVariables.ELIGIBLE, outcome.eligible());
		execution.setVariable(OpenMarketVariables.ELIGIBILITY_RULE, outcome.rule());
		// The criteria decide alone; the investigated task types get a review and a
		// decision task in common-decision anyway (incomeInvestigated).
		execution.setVariable(OpenMarketVariables.REVIEW, false);
		setIfAbsent(execution, OpenMarketVariables.FLAGGED, false);
		setIfAbsent(execution, OpenMarketVariables.INCOME_INVESTIGATED, false);
	}

	private static void setIfAbsent(DelegateExecution execution, String name, Object value) {
		if (execution.getVariable(name) == null) {
			execution.setVariable(name, value);
		}
	}

	/**
	 * The explanation as casework keeps it: the program version in place of a rule table,
	 * each condition as a fact with its outcome, and a description for the letter.
	 */
	static EligibilityExplanation explain(SupportCriteriaCheck.Outcome outcome) {
		ProgramVersion version = outcome.version();
		List<Eligibility.Condition> conditions = outcome.eligibility().conditions();
		Map<String, Object> facts = new LinkedHashMap<>();
		Map<String, String> labels = new LinkedHashMap<>();
		for (Eligibility.Condition c : conditions) {
			facts.put(c.criterion(), (c.met() ? "충족 (met): " : "미충족 (not met): ") + c.explanationKo());
			labels.put(c.criterion(), LABELS.getOrDefault(c.criterion(), c.criterion()));
		}
		String description;
		if (conditions.isEmpty()) {
			description = "이 사업은 지원 기준을 두지 않습니다.";
		}
		else if (outcome.eligible()) {
			description = "지원 기준을 모두 충족합니다: "
					+ conditions.stream().map(Eligibility.Condition::explanationKo).collect(Collectors.joining(", "));
		}
		else {
			description = "지원 기준을 충족하지 않습니다: " + conditions.stream()
				.filter(c -> !c.met())
				.map(Eligibility.Condition::explanationKo)
				.collect(Collectors.joining(", "));
		}
		return new EligibilityExplanation(version.programCode(), version.version(),
				version.content().nameKo() + " (" + version.content().nameEn() + ")", outcome.rule(), description,
				false, null, null, facts, labels);
	}

}
