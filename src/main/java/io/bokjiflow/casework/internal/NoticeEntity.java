package io.bokjiflow.casework.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "cw_notice")
class NoticeEntity {

	@Id
	private UUID id;

	@Column(name = "application_id")
	private UUID applicationId;

	private String channel;

	private String summary;

	@Column(name = "recorded_at")
	private Instant recordedAt;

	protected NoticeEntity() {
	}

	NoticeEntity(UUID applicationId, String channel, String summary, Instant recordedAt) {
		this.id = UUID.randomUUID();
		this.applicationId = applicationId;
		this.channel = channel;
		this.summary = summary;
		this.recordedAt = recordedAt;
	}

}
