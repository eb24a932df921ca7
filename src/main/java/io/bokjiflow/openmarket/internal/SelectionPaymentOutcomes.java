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
 * candidate that ordered them (the person's oldest ordered, unsettled candidate of the
 * paying program, since the events carry no idempotency key), after the payment's
 * transaction committed and in a transaction of its own.
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
		record(event.programCode(), event.personId(), event.orderId(), "PAID");
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(PaymentFailed event) {
		record(event.programCode(), event.personId(), event.orderId(), "FAILED");
	}

	private void record(String programCode, java.util.UUID personId, java.util.UUID orderId, String status) {
		// An order already linked (a failed payment retried and then paid) keeps its
		// candidate; otherwise the oldest ordered one without a result takes it.
		var updated = this.jdbc.queryForList("""
				update om_selection_candidate c set payment_status = ?, payment_order_id = ?
				where (c.run_id, c.person_id) = (
				    select c2.run_id, c2.person_id from om_selection_candidate c2
				    join om_selection_run r on r.id = c2.run_id
				    where r.program_code = ? and c2.person_id = ? and c2.ordered_at is not null
				      and (c2.payment_order_id = ? or c2.payment_order_id is null)
				    order by (c2.payment_order_id is null), c2.ordered_at, r.round_no limit 1)
				returning c.run_id
				""", java.util.UUID.class, status, orderId, programCode, personId, orderId);
		updated.forEach(runId -> this.jdbc
			.query("select sigungu_code, status, ordered from om_selection_run where id = ?", rs -> {
				this.events.publishEvent(new SelectionRunProgressed(runId, rs.getString(1),
						io.bokjiflow.openmarket.SelectionRun.Status.valueOf(rs.getString(2)), rs.getLong(3)));
			}, runId));
	}

}
