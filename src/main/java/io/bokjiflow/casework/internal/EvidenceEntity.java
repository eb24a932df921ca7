package io.bokjiflow.casework.internal;

import java.time.Instant;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "cw_evidence")
class EvidenceEntity {

	/** The payload kept when the agency holds no record of the person. */
	static final String NO_RECORD = "{\"noRecord\": true}";

	@Id
	private UUID id;

	@Column(name = "application_id")
	private UUID applicationId;

	private String dataset;

	private String source;

	@Column(name = "legal_basis")
	private String legalBasis;

	@Column(name = "fetched_at")
	private Instant fetchedAt;

	@JdbcTypeCode(SqlTypes.JSON)
	private String payload;

	@Column(name = "request_id")
	private String requestId;

	@Column(name = "payload_sha256")
	private String payloadSha256;

	@Column(name = "subject_person_id")
	private UUID subjectPersonId;

	@Column(name = "subject_label")
	private String subjectLabel;

	protected EvidenceEntity() {
	}

	EvidenceEntity(UUID applicationId, String dataset, UUID subjectPersonId, String subjectLabel) {
		this.id = UUID.randomUUID();
		this.applicationId = applicationId;
		this.dataset = dataset;
		this.subjectPersonId = subjectPersonId;
		this.subjectLabel = subjectLabel;
	}

	/** Whether the agency answered that it holds no record of the person. */
	boolean noRecord() {
		return this.payload != null && this.payload.replace(" ", "").equals("{\"noRecord\":true}");
	}

	UUID subjectPersonId() {
		return this.subjectPersonId;
	}

	String subjectLabel() {
		return this.subjectLabel;
	}

	void update(String source, String legalBasis, Instant fetchedAt, String payload, String requestId,
			String payloadSha256) {
		this.source = source;
		this.legalBasis = legalBasis;
		this.fetchedAt = fetchedAt;
		this.payload = payload;
		this.requestId = requestId;
		this.payloadSha256 = payloadSha256;
	}

	String requestId() {
		return this.requestId;
	}

	String payloadSha256() {
		return this.payloadSha256;
	}

	String dataset() {
		return this.dataset;
	}

	String source() {
		return this.source;
	}

	String legalBasis() {
		return this.legalBasis;
	}

	Instant fetchedAt() {
		return this.fetchedAt;
	}

	String payload() {
		return this.payload;
	}

}
