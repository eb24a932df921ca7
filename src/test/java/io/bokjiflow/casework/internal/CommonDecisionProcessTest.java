package io.bokjiflow.casework.internal;

import java.util.List;
import java.util.Map;

import io.bokjiflow.casework.ApplicationStatus;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The decision (processes/common/common-decision.bpmn): automatic when the rules are
 * clear and nothing is flagged — a rejection for any program, an approval only without an
 * income and asset investigation — and otherwise a review by a caseworker of the
 * applicant's 시·군·구, followed by a decision with reasons after an income and asset
 * investigation. Every task is due on the legal decision date.
 */
class CommonDecisionProcessTest extends CaseProcessTestBase {

	private static final String START = "start_decision";

	private static final String ROUTE = "gateway_route";

	private static final String REVIEW = "user_review_application";

	private static final String DECISION_TASK = "gateway_decision_task";

	private static final String DECIDE = "user_decide_application";

	private static final String RECORD = "service_record_decision";

	private static final String END = "end_decided";

	@Override
	protected String processKey() {
		return "common-decision";
	}

	@Override
	protected List<String> resources() {
		return List.of("processes/common/common-decision.bpmn", "forms/case-review.form", "forms/case-decision.form");
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

	private ProcessInstance decide(boolean eligible, boolean review, boolean flagged, boolean incomeInvestigated,
			String rule) {
		return start(processKey(), "TRAVEL_VOUCHER",
				Map.of(CaseVariables.ELIGIBLE, eligible, CaseVariables.REVIEW, review, CaseVariables.FLAGGED, flagged,
						CaseVariables.INCOME_INVESTIGATED, incomeInvestigated, CaseVariables.ELIGIBILITY_RULE, rule));
	}

}
