package io.bokjiflow.openmarket.internal;

import java.time.Clock;
import java.util.Comparator;

import io.bokjiflow.openmarket.ProgramVersion;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricTaskInstance;

import org.springframework.stereotype.Component;

/**
 * Service task of the in-kind type (5): records on the case what the caseworker entered
 * in "record delivery" — when, by which provider and what was provided — and who recorded
 * it.
 */
@Component("recordDeliveryDelegate")
class RecordDeliveryDelegate implements JavaDelegate {

	/** The user task whose form holds the delivery. */
	static final String DELIVERY_TASK = "user_record_delivery";

	private final SupportCriteriaCheck check;

	private final OpenMarketCaseStore store;

	private final Clock clock;

	RecordDeliveryDelegate(SupportCriteriaCheck check, OpenMarketCaseStore store, Clock clock) {
		this.check = check;
		this.store = store;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ProgramVersion version = this.check.pinnedVersion(execution);
		Object deliveredOn = execution.getVariable(OpenMarketVariables.DELIVERED_ON);
		String provider = (String) execution.getVariable(OpenMarketVariables.DELIVERY_PROVIDER);
		String note = (String) execution.getVariable(OpenMarketVariables.DELIVERY_NOTE);
		String detail = "%s 제공 (delivered) %s, %s: %s".formatted(version.content().nameKo(), deliveredOn, provider,
				note);
		this.store.recordBenefit(OpenMarketVariables.applicationId(execution), BenefitKinds.DELIVERED,
				deliveredOn == null ? null : deliveredOn.toString(), version.content().amountWon(),
				detail.length() > 1000 ? detail.substring(0, 1000) : detail, recordedBy(execution),
				this.clock.instant());
	}

	/** Who completed the delivery task (its assignee), or {@code unknown}. */
	private static String recordedBy(DelegateExecution execution) {
		return execution.getProcessEngineServices()
			.getHistoryService()
			.createHistoricTaskInstanceQuery()
			.processInstanceId(execution.getProcessInstanceId())
			.taskDefinitionKey(DELIVERY_TASK)
			.finished()
			.list()
			.stream()
			.max(Comparator.comparing(HistoricTaskInstance::getEndTime))
			.map(HistoricTaskInstance::getAssignee)
			.orElse("unknown");
	}

}
