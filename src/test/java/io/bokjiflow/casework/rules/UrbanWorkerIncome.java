package io.bokjiflow.casework.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The income lines of the rental-housing and greenbelt tables, computed here
 * independently of the tables' literals: a percentage of the 2024 average monthly income
 * of urban worker households by household size (도시근로자 가구원수별 가구당 월평균소득), rounded half up
 * to the won. The amounts are the tables' assumption (from memory of LH notices, to
 * verify).
 */
final class UrbanWorkerIncome {

	/** KRW per month for households of 1 to 8 persons; 8 stands for 8 or more. */
	private static final long[] AVERAGE_2024 = { 3_482_964, 5_415_712, 7_198_649, 8_248_467, 8_775_071, 9_563_282,
			10_351_493, 11_139_704 };

	private UrbanWorkerIncome() {
	}

	/** The highest monthly income within {@code percent} of the average for the size. */
	static long line(int householdSize, int percent) {
		long average = AVERAGE_2024[Math.min(householdSize, AVERAGE_2024.length) - 1];
		return BigDecimal.valueOf(average)
			.multiply(BigDecimal.valueOf(percent))
			.divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
			.longValueExact();
	}

}
