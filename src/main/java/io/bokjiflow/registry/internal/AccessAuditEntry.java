package io.bokjiflow.registry.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "reg_access_audit")
class AccessAuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "person_id")
	private UUID personId;

	@Column(name = "accessed_by")
	private String accessedBy;

	private String purpose;

	@Column(name = "accessed_at")
	private Instant accessedAt;

	protected AccessAuditEntry() {
	}

	AccessAuditEntry(UUID personId, String accessedBy, String purpose, Instant accessedAt) {
		this.personId = personId;
		this.accessedBy = accessedBy;
		this.purpose = purpose;
		this.accessedAt = accessedAt;
	}

}
