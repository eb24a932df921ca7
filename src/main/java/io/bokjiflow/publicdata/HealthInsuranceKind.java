package io.bokjiflow.publicdata;

/**
 * How a person is covered by national health insurance (건강보험공단).
 */
public enum HealthInsuranceKind {

	/** 직장가입자. */
	EMPLOYEE,
	/** 지역가입자. */
	REGIONAL,
	/** 피부양자. */
	DEPENDENT,
	/** 의료급여 수급권자 (covered by medical aid instead). */
	MEDICAL_AID

}
