package io.bokjiflow.casework.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.bokjiflow.casework.EligibilityExplanation;
import io.bokjiflow.testing.CaseFactsFixture;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * Eligibility (processes/common/common-eligibility.bpmn) with real tables deployed beside
 * it: the table named by {@code eligibilityDecision} decides on the case facts, and the
 * result is recorded with the rule, its description and the facts the table read.
 */
class CommonEligibilityProcessTest extends CaseProcessTestBase {

	private static final String CHECK = "business_rule_check_eligibility";

	@Override
	protected String processKey() {
		return "common-eligibility";
	}

	@Override
	protected List<String> resources() {
		return List.of("processes/common/common-eligibility.bpmn", "processes/rules/travel-voucher-eligibility.dmn",
				"processes/rules/permanent-rental-eligibility.dmn",
				"processes/rules/child-care-service-eligibility.dmn");
	}

	@Test
	void shouldRecordTheRuleThatMadeTheApplicantEligibleWithItsExplanation() {
		ProcessInstance pi = check("travel-voucher-eligibility",
				CaseFactsFixture.defaults().with("basicLivelihood", true));

		assertThat(pi).isEnded().hasPassedInOrder("start_eligibility", CHECK, "end_eligibility_checked");
		assertThat(historicVariable(pi, CaseVariables.ELIGIBLE)).isEqualTo(true);
		assertThat(historicVariable(pi, CaseVariables.ELIGIBILITY_RULE)).isEqualTo("BASIC_LIVELIHOOD");
		assertThat(historicVariable(pi, CaseVariables.REVIEW)).isEqualTo(false);
		assertThat(variableNames(pi)).doesNotContain(CaseVariables.RANK, CaseVariables.SHARE_PERCENT);
		ArgumentCaptor<EligibilityExplanation> explanation = ArgumentCaptor.forClass(EligibilityExplanation.class);
		verify(this.casework).recordEligibility(eq(this.applicationId), eq(true), eq("BASIC_LIVELIHOOD"),
				explanation.capture());
		assertThat(explanation.getValue().decisionKey()).isEqualTo("travel-voucher-eligibility");
		assertThat(explanation.getValue().version()).isPositive();
		assertThat(explanation.getValue().rule()).isEqualTo("BASIC_LIVELIHOOD");
		assertThat(explanation.getValue().description()).isEqualTo("기초생활수급자는 지원 대상");
		assertThat(explanation.getValue().facts()).containsExactly(Map.entry("basicLivelihood", true),
				Map.entry("nearPoor", false));
		assertThat(explanation.getValue().labels()).containsExactly(
				entry("basicLivelihood", "기초생활수급자 (basic livelihood)"), entry("nearPoor", "차상위계층 (near-poor)"));
	}

	@Test
	void shouldRecordARejectionByRule() {
		ProcessInstance pi = check("travel-voucher-eligibility", CaseFactsFixture.defaults().with("disability", true));

		assertThat(pi).isEnded();
		assertThat(historicVariable(pi, CaseVariables.ELIGIBLE)).isEqualTo(false);
		assertThat(historicVariable(pi, CaseVariables.ELIGIBILITY_RULE)).isEqualTo("NO_QUALIFICATION");
		verify(this.casework).recordEligibility(eq(this.applicationId), eq(false), eq("NO_QUALIFICATION"), any());
	}

	@Test
	void shouldKeepTheRankAndTheGovernmentShareWhenTheTableGivesThem() {
		ProcessInstance rental = check("permanent-rental-eligibility",
				CaseFactsFixture.defaults()
					.with("incomeInvestigated", true)
					.with("homeless", true)
					.with("livelihoodOrMedical", true));
		assertThat(historicVariable(rental, CaseVariables.RANK)).isEqualTo(1);

		newCaseWithDelegates();
		ProcessInstance childCare = check("child-care-service-eligibility",
				CaseFactsFixture.defaults()
					.with("incomeInvestigated", true)
					.with("youngestChildAge", 5)
					.with("employmentInsured", true)
					.with("incomePercentOfMedian", 60));
		assertThat(historicVariable(childCare, CaseVariables.ELIGIBILITY_RULE)).isEqualTo("BAND_GA");
		assertThat(historicVariable(childCare, CaseVariables.SHARE_PERCENT)).isEqualTo(85);
	}

	@Test
	void shouldNotDecideWithATableThatIsNotDeployed() {
		assertThatThrownBy(() -> withoutEngineErrorLog(
				() -> check("no-such-eligibility", CaseFactsFixture.defaults().with("basicLivelihood", true))))
			.isInstanceOf(IllegalStateException.class)
			.hasMessage("No eligibility table no-such-eligibility is deployed");

		assertThat(instances(this.applicationNo)).isEmpty();
		verify(this.casework, never()).recordEligibility(any(), anyBoolean(), anyString(), any());
	}

	private ProcessInstance check(String decisionKey, CaseFactsFixture facts) {
		Map<String, Object> variables = new HashMap<>(facts.asVariables());
		variables.put(CaseVariables.ELIGIBILITY_DECISION, decisionKey);
		return start(processKey(), "TRAVEL_VOUCHER", variables);
	}

	private List<String> variableNames(ProcessInstance pi) {
		return this.engine.getHistoryService()
			.createHistoricVariableInstanceQuery()
			.processInstanceId(pi.getId())
			.list()
			.stream()
			.map(v -> v.getName())
			.toList();
	}

}
