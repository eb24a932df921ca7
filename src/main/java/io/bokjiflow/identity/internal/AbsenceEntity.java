package io.bokjiflow.identity.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.bokjiflow.identity.Absence;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "idn_absence")
class AbsenceEntity {

	@Id
	private UUID id;

	@Column(nullable = false)
	private String username;

	@Column(name = "starts_on", nullable = false)
	private LocalDate startsOn;

	@Column(name = "ends_on", nullable = false)
	private LocalDate endsOn;

	private String cover;

	private String note;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected AbsenceEntity() {
	}

	AbsenceEntity(String username, LocalDate startsOn, LocalDate endsOn, String cover, String note, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.username = username;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.cover = cover;
		this.note = note;
		this.createdAt = createdAt;
	}

	String username() {
		return this.username;
	}

	Absence toAbsence() {
		return new Absence(this.id, this.username, this.startsOn, this.endsOn, this.cover, this.note);
	}

}
