package io.bokjiflow.casework.internal;

import java.util.List;

import io.bokjiflow.registry.LifeEventKind;
import io.bokjiflow.registry.LifeEventRecorded;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Correlates the registry's resident-register changes to the person's running cases
 * (applications not decided yet), by each case's process instance id: a death,
 * deregistration or emigration sends {@code resident-left} (the case ends with the
 * reason), a move to another 행정동 sends {@code resident-moved} (the case is re-routed). A
 * change of a qualification sends nothing: a running case reads the qualifications when
 * it investigates, and a case that has investigated already is decided on that evidence
 * (the impact review of active benefits is item 4(b)).
 *
 * <p>
 * Idempotent: a closed case is not open any more, so a repeated death finds nothing; a
 * repeated move finds the case in the 행정동 it names and sends nothing. Each case is
 * correlated in a transaction of its own, retried when the engine is busy with the same
 * instance.
 */
@Component
class LifeEventCorrelation {

	private static final Logger LOG = LoggerFactory.getLogger(LifeEventCorrelation.class);

	private static final int ATTEMPTS = 3;

	private final CaseworkService casework;

	private final RuntimeService runtime;

	private final TransactionTemplate tx;

	LifeEventCorrelation(CaseworkService casework, RuntimeService runtime, PlatformTransactionManager transactions) {
		this.casework = casework;
		this.runtime = runtime;
		this.tx = new TransactionTemplate(transactions);
		this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	public void on(LifeEventRecorded event) {
		if (!event.leftRegister() && event.kind() != LifeEventKind.MOVE) {
			return;
		}
		List<ApplicationEntity> open = this.tx.execute(status -> this.casework.openCasesOf(event.personId()));
		for (ApplicationEntity app : open) {
			for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
				try {
					this.tx.executeWithoutResult(status -> correlate(event, app));
					break;
				}
				catch (OptimisticLockingException ex) {
					if (attempt == ATTEMPTS) {
						LOG.warn("Could not correlate resident-register change {} to application {}: {}",
								event.changeId(), app.applicationNo(), ex.getMessage());
					}
				}
			}
		}
	}

	private void correlate(LifeEventRecorded event, ApplicationEntity app) {
		String instance = app.processInstanceIdOrEmpty();
		if (instance.isEmpty()) {
			return;
		}
		MessageCorrelationBuilder message;
		if (event.leftRegister()) {
			message = this.runtime.createMessageCorrelation(CaseVariables.RESIDENT_LEFT_MESSAGE)
				.setVariable(CaseVariables.LIFE_EVENT_KIND, event.kind().name());
		}
		else {
			if (event.newAdminDongCode().equals(app.adminDongCode())) {
				return; // moved there already
			}
			message = this.runtime.createMessageCorrelation(CaseVariables.RESIDENT_MOVED_MESSAGE)
				.setVariable(CaseVariables.MOVED_TO_ADMIN_DONG, event.newAdminDongCode());
		}
		int correlated = message.processInstanceId(instance)
			.setVariable(CaseVariables.LIFE_EVENT_CHANGE_ID, event.changeId())
			.correlateAllWithResult()
			.size();
		LOG.info("Resident-register change {} ({}) correlated to application {}: {} instance(s)", event.changeId(),
				event.kind(), app.applicationNo(), correlated);
	}

}
