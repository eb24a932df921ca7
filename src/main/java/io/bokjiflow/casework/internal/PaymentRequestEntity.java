package io.bokjiflow.casework.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The hand-off of an approved case to payments: what to pay whom, into which kind of
 * account. One per case; the payment module executes it.
 */
@Entity
@Table(name = "cw_payment_request")
class PaymentRequestEntity {

	@Id
	private UUID id;

	@Column(name = "application_id")
	private UUID applicationId;

	@Column(name = "program_code")
	private String programCode;

	@Column(name = "person_id")
	private UUID personId;

	@Column(name = "amount_won")
	private long amountWon;

	@Column(name = "account_kind")
	private String accountKind;

	private String status;

	@Column(name = "requested_at")
	private Instant requestedAt;

	protected PaymentRequestEntity() {
	}

	PaymentRequestEntity(UUID applicationId, String programCode, UUID personId, long amountWon, String accountKind,
			Instant requestedAt) {
		this.id = UUID.randomUUID();
		this.applicationId = applicationId;
		this.programCode = programCode;
		this.personId = personId;
		this.amountWon = amountWon;
		this.accountKind = accountKind;
		this.status = "REQUESTED";
		this.requestedAt = requestedAt;
	}

	long amountWon() {
		return this.amountWon;
	}

	String accountKind() {
		return this.accountKind;
	}

	String status() {
		return this.status;
	}

}
