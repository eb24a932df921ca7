package io.bokjiflow.openmarket;

import java.util.Locale;

/**
 * The ten standard open-market task types (FACTS.md c): eight on which a citizen applies
 * and two, from 2024, that select recipients by criteria with no application. Each has
 * one BPMN process in {@code processes/openmarket/}; the axes and the descriptions are
 * what a local official reads when choosing one. The proposed split of the eight is an
 * assumption (the attachment listing them could not be retrieved, FACTS.md c [inferred]).
 *
 * @param processKey the BPMN process id in {@code processes/openmarket/}
 * @param application whether the citizen applies
 * @param investigation what is checked before deciding
 * @param schedule whether it pays once, regularly or per season
 * @param benefit what the recipient gets
 */
public enum TaskType {

	REGULAR_CASH_INVESTIGATED("om-regular-cash-investigated", true, Investigation.INCOME_AND_ASSETS, Schedule.REGULAR,
			Benefit.CASH, "신청 · 소득·재산 조사 · 정기 현금 지급",
			"Application · income and asset investigation · regular cash payment"),
	ONE_OFF_CASH_INVESTIGATED("om-one-off-cash-investigated", true, Investigation.INCOME_AND_ASSETS, Schedule.ONE_OFF,
			Benefit.CASH, "신청 · 소득·재산 조사 · 일시 현금 지급",
			"Application · income and asset investigation · one-off cash payment"),
	REGULAR_CASH_ELIGIBILITY("om-regular-cash-eligibility", true, Investigation.ELIGIBILITY_ONLY, Schedule.REGULAR,
			Benefit.CASH, "신청 · 자격 확인만 · 정기 현금 지급 (예: 장수수당)",
			"Application · eligibility check only · regular cash payment (e.g. longevity allowance)"),
	ONE_OFF_CASH_ELIGIBILITY("om-one-off-cash-eligibility", true, Investigation.ELIGIBILITY_ONLY, Schedule.ONE_OFF,
			Benefit.CASH, "신청 · 자격 확인만 · 일시 현금 지급 (예: 출산장려금)",
			"Application · eligibility check only · one-off cash payment (e.g. childbirth grant)"),
	IN_KIND_INVESTIGATED("om-in-kind-investigated", true, Investigation.INCOME_AND_ASSETS, Schedule.ONE_OFF,
			Benefit.IN_KIND, "신청 · 소득·재산 조사 · 현물·서비스 제공 (예: 집수리)",
			"Application · income and asset investigation · goods or a service (e.g. home repair)"),
	VOUCHER("om-voucher", true, Investigation.ELIGIBILITY_ONLY, Schedule.ONE_OFF, Benefit.VOUCHER,
			"신청 · 자격 확인 · 바우처 지급", "Application · eligibility check · voucher"),
	FEE_REDUCTION("om-fee-reduction", true, Investigation.ELIGIBILITY_ONLY, Schedule.REGULAR, Benefit.REDUCTION,
			"신청 · 자격 확인 · 요금 감면 (예: 상하수도 요금)",
			"Application · eligibility check · fee reduction (e.g. water and sewage charges)"),
	NATIONAL_TOP_UP("om-national-top-up", true, Investigation.NATIONAL_PROGRAM, Schedule.REGULAR, Benefit.CASH,
			"신청 · 국가 사업 수급 자격 확인 · 추가 지원 (예: 수급자 추가 생계비)",
			"Application · eligibility for a national program · local top-up (e.g. extra living costs for recipients)"),
	HOLIDAY_CONSOLATION("om-holiday-consolation", false, Investigation.NONE, Schedule.ONE_OFF, Benefit.CASH,
			"신청 없음 · 기준으로 대상자 선정 · 일시 현금 지급 (명절위문금)",
			"No application · recipients selected by criteria · one-off cash (holiday consolation money)"),
	SEASONAL_HEATING("om-seasonal-heating", false, Investigation.NONE, Schedule.SEASONAL, Benefit.CASH,
			"신청 없음 · 기준으로 대상자 선정 · 계절별 정기 지급 (난방비)",
			"No application · recipients selected by criteria · seasonal payment (heating support)");

	/** What is checked before a decision. */
	public enum Investigation {

		/** Recognised income from public data (소득·재산 조사). */
		INCOME_AND_ASSETS,
		/** Only the criteria against the registry (자격 확인). */
		ELIGIBILITY_ONLY,
		/** The person's eligibility for a national program (국가 사업 연계). */
		NATIONAL_PROGRAM,
		/** Nothing per person: recipients are selected by criteria. */
		NONE

	}

	/** When the benefit is paid. */
	public enum Schedule {

		ONE_OFF, REGULAR, SEASONAL

	}

	/** What the recipient gets. */
	public enum Benefit {

		CASH, IN_KIND, VOUCHER, REDUCTION

	}

	private final String processKey;

	private final boolean application;

	private final Investigation investigation;

	private final Schedule schedule;

	private final Benefit benefit;

	private final String descriptionKo;

	private final String descriptionEn;

	TaskType(String processKey, boolean application, Investigation investigation, Schedule schedule, Benefit benefit,
			String descriptionKo, String descriptionEn) {
		this.processKey = processKey;
		this.application = application;
		this.investigation = investigation;
		this.schedule = schedule;
		this.benefit = benefit;
		this.descriptionKo = descriptionKo;
		this.descriptionEn = descriptionEn;
	}

	/** The task type's number, 1–10, as the platform counts them. */
	public int number() {
		return ordinal() + 1;
	}

	public String processKey() {
		return this.processKey;
	}

	public boolean application() {
		return this.application;
	}

	public Investigation investigation() {
		return this.investigation;
	}

	public Schedule schedule() {
		return this.schedule;
	}

	public Benefit benefit() {
		return this.benefit;
	}

	/** The short description a local official reads when choosing the type. */
	public String description(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? this.descriptionEn : this.descriptionKo;
	}

}
