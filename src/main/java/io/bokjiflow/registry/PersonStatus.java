package io.bokjiflow.registry;

/**
 * Where a person stands in the resident register (주민등록 상태).
 */
public enum PersonStatus {

	/** Registered and alive. */
	ALIVE,
	/** Died (사망). */
	DECEASED,
	/** Registration cancelled, e.g. whereabouts unknown (말소·거주불명). */
	DEREGISTERED,
	/** Emigrated (국외이주). */
	EMIGRATED

}
