package io.bokjiflow.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A supervisor's action on a case whose decision deadline is near: keep the deadline or
 * extend it with a reason the applicant is told.
 */
@Entity
@Table(name = "cw_deadline_action")
class DeadlineActionEntity {

	@Id
	private UUID id;

	@Column(name = "application_id")
	private UUID applicationId;

	private String action;

	@Column(name = "extension_days")
	private Integer extensionDays;

	private String reason;

	@Column(name = "due_before")
	private LocalDate dueBefore;

	@Column(name = "due_after")
	private LocalDate dueAfter;

	@Column(name = "acted_by")
	private String actedBy;

	@Column(name = "acted_at")
	private Instant actedAt;

	protected DeadlineActionEntity() {
	}

	DeadlineActionEntity(UUID applicationId, String action, Integer extensionDays, String reason, LocalDate dueBefore,
			LocalDate dueAfter, String actedBy, Instant actedAt) {
		this.id = UUID.randomUUID();
		this.applicationId = applicationId;
		this.action = action;
		this.extensionDays = extensionDays;
		this.reason = reason;
		this.dueBefore = dueBefore;
		this.dueAfter = dueAfter;
		this.actedBy = actedBy;
		this.actedAt = actedAt;
	}

	String action() {
		return this.action;
	}

	LocalDate dueAfter() {
		return this.dueAfter;
	}

}
