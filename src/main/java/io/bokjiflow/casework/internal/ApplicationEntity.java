package io.bokjiflow.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.bokjiflow.casework.ApplicationStatus;
import io.bokjiflow.casework.ApplicationSummary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "cw_application")
class ApplicationEntity {

	@Id
	private UUID id;

	@Column(name = "application_no")
	private String applicationNo;

	@Column(name = "program_code")
	private String programCode;

	@Column(name = "person_id")
	private UUID personId;

	@Column(name = "applicant_name_mask")
	private String applicantNameMask;

	@Column(name = "admin_dong_code")
	private String adminDongCode;

	@Column(name = "sigungu_code")
	private String sigunguCode;

	@Enumerated(EnumType.STRING)
	private ApplicationStatus status;

	@Column(name = "consent_given")
	private boolean consentGiven;

	@Column(name = "submitted_by")
	private String submittedBy;

	@Column(name = "submitted_org")
	private String submittedOrg;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "decision_due_on")
	private LocalDate decisionDueOn;

	@Column(name = "process_instance_id")
	private String processInstanceId;

	private Boolean eligible;

	@Column(name = "eligibility_rule")
	private String eligibilityRule;

	@Column(name = "idempotency_key")
	private String idempotencyKey;

	@Column(name = "idempotency_fingerprint")
	private String idempotencyFingerprint;

	@Column(name = "financial_consent_at")
	private Instant financialConsentAt;

	@Column(name = "financial_consent_ref")
	private String financialConsentRef;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(name = "case_facts")
	private String caseFacts;

	private String flags;

	@Column(name = "applicant_new")
	private boolean applicantNew;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(name = "eligibility_explanation")
	private String eligibilityExplanation;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(name = "recognised_income")
	private String recognisedIncome;

	@Column(name = "priority_rank")
	private Integer priorityRank;

	@Column(name = "government_share_percent")
	private Integer governmentSharePercent;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(name = "duplicate_conflicts")
	private String duplicateConflicts;

	@Column(name = "duplicate_offset_won")
	private long duplicateOffsetWon;

	@Column(name = "duplicate_offset_percent")
	private int duplicateOffsetPercent;

	@Version
	private long version;

	protected ApplicationEntity() {
	}

	ApplicationEntity(UUID id, String applicationNo, String programCode, UUID personId, String applicantNameMask,
			String adminDongCode, boolean consentGiven, String submittedBy, String submittedOrg, Instant submittedAt,
			LocalDate decisionDueOn, String idempotencyKey) {
		this.id = id;
		this.applicationNo = applicationNo;
		this.programCode = programCode;
		this.personId = personId;
		this.applicantNameMask = applicantNameMask;
		this.adminDongCode = adminDongCode;
		this.sigunguCode = adminDongCode.substring(0, 5);
		this.status = ApplicationStatus.SUBMITTED;
		this.consentGiven = consentGiven;
		this.submittedBy = submittedBy;
		this.submittedOrg = submittedOrg;
		this.submittedAt = submittedAt;
		this.decisionDueOn = decisionDueOn;
		this.idempotencyKey = idempotencyKey;
	}

	/** The fingerprint of the request its idempotency key was first sent with. */
	String idempotencyFingerprint() {
		return this.idempotencyFingerprint;
	}

	void idempotencyFingerprint(String fingerprint) {
		this.idempotencyFingerprint = fingerprint;
	}

	ApplicationSummary toSummary() {
		return new ApplicationSummary(this.id, this.applicationNo, this.programCode, this.personId,
				this.applicantNameMask, this.adminDongCode, this.status, this.submittedAt, this.submittedBy,
				this.decisionDueOn, this.processInstanceId);
	}

	UUID id() {
		return this.id;
	}

	String applicationNo() {
		return this.applicationNo;
	}

	String programCode() {
		return this.programCode;
	}

	UUID personId() {
		return this.personId;
	}

	String sigunguCode() {
		return this.sigunguCode;
	}

	String applicantNameMask() {
		return this.applicantNameMask;
	}

	String adminDongCode() {
		return this.adminDongCode;
	}

	LocalDate decisionDueOn() {
		return this.decisionDueOn;
	}

	Instant submittedAt() {
		return this.submittedAt;
	}

	ApplicationStatus status() {
		return this.status;
	}

	String processInstanceIdOrEmpty() {
		return this.processInstanceId == null ? "" : this.processInstanceId;
	}

	void startedAs(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	void eligibilityEvaluated(boolean eligible, String rule) {
		this.eligible = eligible;
		this.eligibilityRule = rule;
	}

	Boolean eligible() {
		return this.eligible;
	}

	String eligibilityRule() {
		return this.eligibilityRule;
	}

	void moveTo(ApplicationStatus status) {
		this.status = status;
	}

	void financialConsentRecorded(Instant at, String reference) {
		this.financialConsentAt = at;
		this.financialConsentRef = reference;
	}

	void applicantNewlyRegistered() {
		this.applicantNew = true;
	}

	boolean applicantNew() {
		return this.applicantNew;
	}

	boolean consentGiven() {
		return this.consentGiven;
	}

	Instant financialConsentAt() {
		return this.financialConsentAt;
	}

	String financialConsentRef() {
		return this.financialConsentRef;
	}

	void factsDerived(String caseFactsJson, String flags) {
		this.caseFacts = caseFactsJson;
		this.flags = flags;
	}

	String caseFacts() {
		return this.caseFacts;
	}

	String flags() {
		return this.flags;
	}

	void explained(String explanationJson) {
		this.eligibilityExplanation = explanationJson;
	}

	String eligibilityExplanation() {
		return this.eligibilityExplanation;
	}

	void recognisedIncomeCalculated(String json) {
		this.recognisedIncome = json;
	}

	String recognisedIncome() {
		return this.recognisedIncome;
	}

	void ranked(Integer rank) {
		this.priorityRank = rank;
	}

	Integer priorityRank() {
		return this.priorityRank;
	}

	void governmentShare(Integer percent) {
		this.governmentSharePercent = percent;
	}

	Integer governmentSharePercent() {
		return this.governmentSharePercent;
	}

	void dueOn(LocalDate date) {
		this.decisionDueOn = date;
	}

	/** Keeps what the decision-time duplicate-benefit check found (JSON list). */
	void duplicatesChecked(String conflictsJson, long offsetWon, int offsetPercent) {
		this.duplicateConflicts = conflictsJson;
		this.duplicateOffsetWon = offsetWon;
		this.duplicateOffsetPercent = offsetPercent;
	}

	String duplicateConflicts() {
		return this.duplicateConflicts;
	}

	long duplicateOffsetWon() {
		return this.duplicateOffsetWon;
	}

	int duplicateOffsetPercent() {
		return this.duplicateOffsetPercent;
	}

	/** The applicant moved: the case belongs to the new 행정동 and its 시·군·구. */
	void movedTo(String newAdminDongCode) {
		this.adminDongCode = newAdminDongCode;
		this.sigunguCode = newAdminDongCode.substring(0, 5);
	}

}
