package io.bokjiflow.registry.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "reg_person")
class PersonEntity {

	@Id
	private UUID id;

	@Column(name = "rrn_hash")
	private byte[] rrnHash;

	@Column(name = "rrn_cipher")
	private byte[] rrnCipher;

	private String name;

	@Column(name = "birth_date")
	private LocalDate birthDate;

	private String sex;

	private String address;

	@Column(name = "admin_dong_code")
	private String adminDongCode;

	@Column(name = "moved_in_on")
	private LocalDate movedInOn;

	private String status = "ALIVE";

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	protected PersonEntity() {
	}

	PersonEntity(UUID id, byte[] rrnHash, byte[] rrnCipher, String name, LocalDate birthDate, String sex,
			String address, String adminDongCode, LocalDate movedInOn, Instant now) {
		this.id = id;
		this.rrnHash = rrnHash;
		this.rrnCipher = rrnCipher;
		this.name = name;
		this.birthDate = birthDate;
		this.sex = sex;
		this.address = address;
		this.adminDongCode = adminDongCode;
		this.movedInOn = movedInOn;
		this.createdAt = now;
		this.updatedAt = now;
	}

	UUID id() {
		return this.id;
	}

	byte[] rrnCipher() {
		return this.rrnCipher;
	}

	String name() {
		return this.name;
	}

	LocalDate birthDate() {
		return this.birthDate;
	}

	String sex() {
		return this.sex;
	}

	String adminDongCode() {
		return this.adminDongCode;
	}

	String status() {
		return this.status;
	}

}
