package io.bokjiflow.catalog;

import java.util.List;

/**
 * A source of local governments' own programs (the open market's 지역 사업) that the
 * catalogue lists next to its central programs; implemented by the module that owns them,
 * so that the catalogue does not depend on it. Asked on every read, so a newly published
 * program shows without a restart; implementations cache.
 */
public interface LocalProgramSource {

	/** The {@link Program#ministry()} of every local program: the local government. */
	String MINISTRY = "LOCAL_GOVERNMENT";

	/**
	 * The local programs in force today, as catalogue programs: codes that are not UPPER
	 * SNAKE of the central catalogue (e.g. {@code L11680-LONGEVITY}), ministry
	 * {@link #MINISTRY}, regions the 시·도 of the local government, and application
	 * prefixes {@code OM} followed by digits.
	 * @return the programs, in a stable order
	 */
	List<Program> localPrograms();

}
