package io.bokjiflow.casework.internal;

import java.time.Instant;
import java.util.UUID;

import io.bokjiflow.casework.ApplicationStatus;
import io.bokjiflow.casework.DecisionView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "cw_decision")
class DecisionEntity {

	@Id
	private UUID id;

	@Column(name = "application_id")
	private UUID applicationId;

	@Enumerated(EnumType.STRING)
	private ApplicationStatus outcome;

	@Column(name = "reason_code")
	private String reasonCode;

	@Column(name = "reason_text")
	private String reasonText;

	@Column(name = "rule_reason")
	private String ruleReason;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	protected DecisionEntity() {
	}

	DecisionEntity(UUID applicationId, ApplicationStatus outcome, String reasonCode, String reasonText,
			String ruleReason, String decidedBy, Instant decidedAt) {
		this.id = UUID.randomUUID();
		this.applicationId = applicationId;
		this.outcome = outcome;
		this.reasonCode = reasonCode;
		this.reasonText = reasonText;
		this.ruleReason = ruleReason;
		this.decidedBy = decidedBy;
		this.decidedAt = decidedAt;
	}

	DecisionView toView() {
		return new DecisionView(this.outcome, this.reasonCode, this.reasonText, this.ruleReason, this.decidedBy,
				this.decidedAt);
	}

}
