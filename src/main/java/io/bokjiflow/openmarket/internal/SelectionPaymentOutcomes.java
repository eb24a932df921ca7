package io.bokjiflow.openmarket.internal;

import io.bokjiflow.openmarket.SelectionRunProgressed;
import io.bokjiflow.payments.PaymentFailed;
import io.bokjiflow.payments.PaymentIssued;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Paid and failed in a run's summary: the payments module's results, matched to the
 * candidate that ordered them by the order's idempotency key
 * ({@code selection:<runId>:<personId>}), after the payment's transaction committed and
 * in a transaction of its own. Payments of other programs carry other keys and are
 * ignored.
 */
@Component
class SelectionPaymentOutcomes {

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	SelectionPaymentOutcomes(JdbcTemplate jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(PaymentIssued event) {
		record(event.idempotencyKey(), event.orderId(), "PAID");
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(PaymentFailed event) {
		record(event.idempotencyKey(), event.orderId(), "FAILED");
	}

	private void record(String idempotencyKey, java.util.UUID orderId, String status) {
		java.util.Optional<java.util.UUID[]> candidate = SelectionRunService.candidateOf(idempotencyKey);
		if (candidate.isEmpty()) {
			return;
		}
		var updated = this.jdbc.queryForList("""
				update om_selection_candidate set payment_status = ?, payment_order_id = ?
				where run_id = ? and person_id = ?
				returning run_id
				""", java.util.UUID.class, status, orderId, candidate.get()[0], candidate.get()[1]);
		updated.forEach(runId -> this.jdbc
			.query("select sigungu_code, status, ordered from om_selection_run where id = ?", rs -> {
				this.events.publishEvent(new SelectionRunProgressed(runId, rs.getString(1),
						io.bokjiflow.openmarket.SelectionRun.Status.valueOf(rs.getString(2)), rs.getLong(3)));
			}, runId));
	}

}
