package io.bokjiflow.casework.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.bokjiflow.casework.ApplicationStatus;
import io.bokjiflow.casework.DuplicateConflict;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The decision (processes/common/common-decision.bpmn): automatic when the rules are
 * clear and nothing is flagged — a rejection for any program, an approval only without an
 * income and asset investigation — and otherwise a review by a caseworker of the
 * applicant's 시·군·구, followed by a decision with reasons after an income and asset
 * investigation. Every task is due on the legal decision date. The duplicate-benefit
 * check runs first: any conflict means a review, and an approval despite a blocking
 * conflict waits for a supervisor's override or ends in a rejection for the duplicate
 * benefit.
 */
class CommonDecisionProcessTest extends CaseProcessTestBase {

	private static final String START = "start_decision";

	private static final String ROUTE = "gateway_route";

	private static final String REVIEW = "user_review_application";

	private static final String DECISION_TASK = "gateway_decision_task";

	private static final String DECIDE = "user_decide_application";

	private static final String RECORD = "service_record_decision";

	private static final String END = "end_decided";

	private static final String CHECK = "service_check_duplicate_benefits";

	private static final String DUPLICATE_GATEWAY = "gateway_duplicate_blocked";

	private static final String OVERRIDE = "user_override_duplicate";

	private static final String OVERRIDE_REASON = "가구 분리 예정으로 중복이 해소됩니다.";

	@Override
	protected String processKey() {
		return "common-decision";
	}

	@Override
	protected List<String> resources() {
		return List.of("processes/common/common-decision.bpmn", "forms/case-review.form", "forms/case-decision.form",
				"forms/duplicate-override.form");
	}

	@Test
	void shouldRejectByRuleWithoutATaskEvenAfterAnIncomeInvestigation() {
		ProcessInstance pi = decide(false, false, false, true, "OVER_INCOME_LIMIT");

		assertThat(pi).isEnded().hasPassedInOrder(START, ROUTE, RECORD, END).hasNotPassed(REVIEW);
		assertThat(historicVariable(pi, CaseVariables.DECISION)).isEqualTo("REJECTED");
		verify(this.casework).recordDecision(this.applicationId, ApplicationStatus.REJECTED, "RULE_OVER_INCOME_LIMIT",
				null, "OVER_INCOME_LIMIT", RecordDecisionDelegate.SYSTEM);
		verify(this.casework, never()).moveTo(any(), any());
	}

	@Test
	void shouldApproveByRuleADataOnlyCaseThatNothingFlags() {
		ProcessInstance pi = decide(true, false, false, false, "BASIC_LIVELIHOOD");

		assertThat(pi).isEnded().hasPassedInOrder(START, ROUTE, RECORD, END).hasNotPassed(REVIEW);
		assertThat(historicVariable(pi, CaseVariables.DECISION)).isEqualTo("APPROVED");
		verify(this.casework).recordDecision(this.applicationId, ApplicationStatus.APPROVED, "RULE_BASIC_LIVELIHOOD",
				null, "BASIC_LIVELIHOOD", RecordDecisionDelegate.SYSTEM);
	}

	@ParameterizedTest(name = "eligible={0} review={1} flagged={2}")
	@CsvSource({ "true, true, false", "true, false, true", "false, true, false", "false, false, true" })
	void shouldGiveADataOnlyCaseToTheDistrictsCaseworkersWhenTheRulesCannotDecideAlone(boolean eligible, boolean review,
			boolean flagged) {
		ProcessInstance pi = decide(eligible, review, flagged, false, "SOME_RULE");

		assertThat(pi).isWaitingAtExactly(REVIEW);
		assertGroupTask(REVIEW, CASEWORKERS, "case-review");
		verify(this.casework).moveTo(this.applicationId, ApplicationStatus.IN_REVIEW);
		verify(this.casework, never()).recordDecision(any(), any(), any(), any(), any(), any());

		complete(REVIEW,
				Map.of("evidenceChecked", true, "reviewOutcome", "REJECT", "reviewReason", "  해외 체류 중으로 이용이 불가합니다. "),
				CASEWORKER);

		assertThat(pi).isEnded().hasPassedInOrder(REVIEW, DECISION_TASK, RECORD, END).hasNotPassed(DECIDE);
		assertThat(historicVariable(pi, CaseVariables.DECISION)).isEqualTo("REJECTED");
		verify(this.casework).recordDecision(this.applicationId, ApplicationStatus.REJECTED, "REVIEW_REJECT",
				"해외 체류 중으로 이용이 불가합니다.", "SOME_RULE", CASEWORKER);
	}

	@Test
	void shouldApproveAfterTheReviewWhenTheCaseworkerApprovesADataOnlyCase() {
		ProcessInstance pi = decide(true, true, false, false, "VETERAN_WOUND_TO_CONFIRM");

		complete(REVIEW, Map.of("evidenceChecked", true, "reviewOutcome", "APPROVE", "reviewReason", "hidden"),
				CASEWORKER);

		assertThat(pi).isEnded();
		assertThat(historicVariable(pi, CaseVariables.DECISION)).isEqualTo("APPROVED");
		verify(this.casework).recordDecision(this.applicationId, ApplicationStatus.APPROVED, "REVIEW_APPROVE", null,
				"VETERAN_WOUND_TO_CONFIRM", CASEWORKER);
	}

	@Test
	void shouldAskForADecisionWithReasonsAfterTheReviewOfAnInvestigatedCase() {
		ProcessInstance pi = decide(true, false, false, true, "INCOME_WITHIN_50");

		assertThat(pi).isWaitingAtExactly(REVIEW);
		complete(REVIEW, Map.of("evidenceChecked", true, "reviewOutcome", "APPROVE"), CASEWORKER);

		assertThat(pi).isWaitingAtExactly(DECIDE).hasPassedInOrder(REVIEW, DECISION_TASK);
		assertGroupTask(DECIDE, CASEWORKERS, "case-decision");
		verify(this.casework, never()).recordDecision(any(), any(), any(), any(), any(), any());

		complete(DECIDE, Map.of("decisionOutcome", "REJECT", "decisionReason", "임대주택을 이미 소유하고 있습니다."),
				SECOND_CASEWORKER);

		assertThat(pi).isEnded().hasPassedInOrder(DECIDE, RECORD, END);
		assertThat(historicVariable(pi, CaseVariables.DECISION)).isEqualTo("REJECTED");
		verify(this.casework).recordDecision(this.applicationId, ApplicationStatus.REJECTED, "DECISION_REJECT",
				"임대주택을 이미 소유하고 있습니다.", "INCOME_WITHIN_50", SECOND_CASEWORKER);
	}

	@Test
	void shouldCheckDuplicatesFirstAndKeepTheAutomaticPathWhenNothingConflicts() {
		ProcessInstance pi = decide(true, false, false, false, "BASIC_LIVELIHOOD");

		assertThat(pi).isEnded()
			.hasPassedInOrder(START, CHECK, ROUTE, RECORD, END)
			.hasNotPassed(REVIEW, DUPLICATE_GATEWAY, OVERRIDE);
		verify(this.casework).checkDuplicateBenefits(this.applicationId);
		assertThat(historicVariable(pi, CaseVariables.DUPLICATE_REVIEW)).isEqualTo(false);
		assertThat(historicVariable(pi, CaseVariables.DUPLICATE_BLOCKING)).isEqualTo(false);
		assertThat(historicVariable(pi, CaseVariables.DUPLICATE_CONFLICTS)).isEqualTo("");
	}

	@Test
	void shouldReviewAWarningAndApproveWithoutASupervisor() {
		givenConflicts(0, 0, conflict(31, "WARN", "CULTURE_VOUCHER", false));
		// data only and approved by rule: without the warning it would be decided alone
		ProcessInstance pi = decide(true, false, false, false, "BASIC_LIVELIHOOD");

		assertThat(pi).isWaitingAtExactly(REVIEW).hasPassedInOrder(START, CHECK, ROUTE);
		assertGroupTask(REVIEW, CASEWORKERS, "case-review");
		assertThat(historicVariable(pi, CaseVariables.DUPLICATE_CONFLICTS)).isEqualTo("31:WARN:CULTURE_VOUCHER:own");
		complete(REVIEW, Map.of("evidenceChecked", true, "reviewOutcome", "APPROVE"), CASEWORKER);

		assertThat(pi).isEnded()
			.hasPassedInOrder(REVIEW, DECISION_TASK, DUPLICATE_GATEWAY, RECORD)
			.hasNotPassed(OVERRIDE);
		verify(this.casework).recordDecision(this.applicationId, ApplicationStatus.APPROVED, "REVIEW_APPROVE", null,
				"BASIC_LIVELIHOOD", CASEWORKER);
		// the warning is kept on the case by the check itself
		verify(this.casework).checkDuplicateBenefits(this.applicationId);
	}

	@Test
	void shouldReviewAnOffsetAndPassTheOffsetOnWithoutASupervisor() {
		givenConflicts(0, 50, conflict(30, "OFFSET_SHARE", "ENERGY_VOUCHER", true));
		ProcessInstance pi = decide(true, false, false, false, "BASIC_LIVELIHOOD");

		assertThat(pi).isWaitingAtExactly(REVIEW);
		complete(REVIEW, Map.of("evidenceChecked", true, "reviewOutcome", "APPROVE"), CASEWORKER);

		assertThat(pi).isEnded().hasPassed(DUPLICATE_GATEWAY).hasNotPassed(OVERRIDE);
		assertThat(historicVariable(pi, CaseVariables.DUPLICATE_OFFSET_PERCENT)).isEqualTo(50);
		assertThat(historicVariable(pi, CaseVariables.DUPLICATE_OFFSET_WON)).isEqualTo(0L);
		assertThat(historicVariable(pi, CaseVariables.DUPLICATE_BLOCKING)).isEqualTo(false);
		assertThat(historicVariable(pi, CaseVariables.DUPLICATE_CONFLICTS))
			.isEqualTo("30:OFFSET_SHARE:ENERGY_VOUCHER:household");
		verify(this.casework).recordDecision(this.applicationId, ApplicationStatus.APPROVED, "REVIEW_APPROVE", null,
				"BASIC_LIVELIHOOD", CASEWORKER);
	}

	@ParameterizedTest(name = "incomeInvestigated={0}")
	@CsvSource({ "false", "true" })
	void shouldAskTheSupervisorsToOverrideABlockingConflictBeforeAnApproval(boolean incomeInvestigated) {
		givenConflicts(0, 0, conflict(1, "BLOCK", "VETERAN_TUITION", false));
		ProcessInstance pi = decide(true, false, false, incomeInvestigated, "BASIC_LIVELIHOOD");
		complete(REVIEW, Map.of("evidenceChecked", true, "reviewOutcome", "APPROVE"), CASEWORKER);
		if (incomeInvestigated) {
			complete(DECIDE, Map.of("decisionOutcome", "APPROVE", "decisionReason", "소득·재산 기준을 충족합니다."),
					SECOND_CASEWORKER);
		}

		assertThat(pi).isWaitingAtExactly(OVERRIDE).hasPassed(DUPLICATE_GATEWAY);
		assertGroupTask(OVERRIDE, SUPERVISORS, "duplicate-override");
		verify(this.casework, never()).recordDecision(any(), any(), any(), any(), any(), any());
		complete(OVERRIDE, Map.of("duplicateOverride", "OVERRIDE", "duplicateOverrideReason", OVERRIDE_REASON),
				SUPERVISOR);

		assertThat(pi).isEnded().hasPassedInOrder(DUPLICATE_GATEWAY, OVERRIDE, RECORD, END);
		assertThat(historicVariable(pi, CaseVariables.DECISION)).isEqualTo("APPROVED");
		verify(this.casework).recordDecision(this.applicationId, ApplicationStatus.APPROVED,
				RecordDecisionDelegate.DUPLICATE_OVERRIDE_REASON, OVERRIDE_REASON, "BASIC_LIVELIHOOD", SUPERVISOR);
	}

	@Test
	void shouldRejectForTheDuplicateBenefitWhenTheSupervisorDoesNotOverride() {
		givenConflicts(0, 0, conflict(29, "BLOCK", "PUBLIC_RENTAL", true));
		ProcessInstance pi = decide(true, true, false, false, "INCOME_WITHIN_50");
		complete(REVIEW, Map.of("evidenceChecked", true, "reviewOutcome", "APPROVE"), CASEWORKER);
		complete(OVERRIDE,
				Map.of("duplicateOverride", "REJECT", "duplicateOverrideReason", "가구원이 이미 공공임대주택에 입주해 있습니다."),
				SUPERVISOR);

		assertThat(pi).isEnded().hasPassedInOrder(OVERRIDE, RECORD, END);
		assertThat(historicVariable(pi, CaseVariables.DECISION)).isEqualTo("REJECTED");
		verify(this.casework).recordDecision(this.applicationId, ApplicationStatus.REJECTED,
				RecordDecisionDelegate.DUPLICATE_BENEFIT_REASON, "가구원이 이미 공공임대주택에 입주해 있습니다.", "INCOME_WITHIN_50",
				SUPERVISOR);
	}

	@Test
	void shouldNotAskTheSupervisorsWhenTheCaseworkerRejectsABlockedCase() {
		givenConflicts(0, 0, conflict(1, "BLOCK", "VETERAN_TUITION", false));
		// a rejection by rule is reviewed too when something conflicts
		ProcessInstance pi = decide(false, false, false, false, "NO_QUALIFICATION");
		assertThat(pi).isWaitingAtExactly(REVIEW);
		complete(REVIEW, Map.of("evidenceChecked", true, "reviewOutcome", "REJECT", "reviewReason", "자격이 없습니다."),
				CASEWORKER);

		assertThat(pi).isEnded().hasPassed(DUPLICATE_GATEWAY).hasNotPassed(OVERRIDE);
		verify(this.casework).recordDecision(this.applicationId, ApplicationStatus.REJECTED, "REVIEW_REJECT",
				"자격이 없습니다.", "NO_QUALIFICATION", CASEWORKER);
	}

	private void givenConflicts(long offsetWon, int offsetPercent, DuplicateConflict... conflicts) {
		when(this.casework.checkDuplicateBenefits(this.applicationId))
			.thenReturn(new DuplicateBenefitCheck.Result(List.of(conflicts), offsetWon, offsetPercent));
	}

	private static DuplicateConflict conflict(int rule, String effect, String programCode, boolean household) {
		return new DuplicateConflict(rule, effect, programCode, programCode, null, household, "11680",
				LocalDate.of(2025, 1, 1), null, null, "OFFSET_SHARE".equals(effect) ? 50 : null, "test reference");
	}

	private ProcessInstance decide(boolean eligible, boolean review, boolean flagged, boolean incomeInvestigated,
			String rule) {
		return start(processKey(), "TRAVEL_VOUCHER",
				Map.of(CaseVariables.ELIGIBLE, eligible, CaseVariables.REVIEW, review, CaseVariables.FLAGGED, flagged,
						CaseVariables.INCOME_INVESTIGATED, incomeInvestigated, CaseVariables.ELIGIBILITY_RULE, rule));
	}

}
