package io.bokjiflow.registry.internal;

import io.bokjiflow.payments.PaymentIssued;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Writes every paid payment to the benefit history (수급이력) once it is committed: one
 * record per order (its source names the order; a unique index makes a repeated event
 * write nothing). A one-off payment is a benefit that started and ended on the day it was
 * paid: status ENDED, period from = period to = the paid day.
 */
@Component
class PaymentHistoryListener {

	private static final Logger LOG = LoggerFactory.getLogger(PaymentHistoryListener.class);

	private final JdbcTemplate jdbc;

	PaymentHistoryListener(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(PaymentIssued paid) {
		int written = this.jdbc.update("""
				insert into reg_benefit_record (id, person_id, program_code, agency_code, period_from, period_to,
				    amount_won, status, source)
				values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, 'ENDED', ?)
				on conflict (source) where source like '지급 %' do nothing""", paid.personId(), paid.programCode(),
				paid.sigunguCode(), paid.paidOn(), paid.paidOn(), paid.amountWon(), source(paid));
		if (written == 0) {
			LOG.debug("Payment {} is in the benefit history already", paid.orderNo());
		}
	}

	/** The benefit record's source: the order that paid it. */
	static String source(PaymentIssued paid) {
		return "지급 " + paid.orderId();
	}

}
