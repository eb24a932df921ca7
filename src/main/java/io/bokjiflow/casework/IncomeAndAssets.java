package io.bokjiflow.casework;

/**
 * A household's monthly incomes and its assets, as public data report them, for the
 * recognised income calculation. Amounts in KRW (monthly for incomes and expenses, value
 * for assets).
 *
 * @param householdSize members of the household (at least 1)
 * @param adminDongCode the 행정동 code of the address (decides the regional deduction)
 * @param earned monthly earned income (근로소득)
 * @param business monthly business income (사업소득)
 * @param property monthly property income (재산소득: rent, interest, dividends)
 * @param pension monthly public and private pensions (연금소득)
 * @param other other monthly income (기타소득, 공적·사적 이전소득)
 * @param householdSpecificExpenses monthly expenses deducted for this household (가구특성별
 * 지출비용)
 * @param housing value of the housing the household lives in (주거용재산)
 * @param general other real estate, rent deposits and similar (일반재산)
 * @param financial deposits, securities, insurance (금융재산)
 * @param vehicles value of vehicles counted at the full rate (자동차)
 * @param debts debts that may be deducted (부채)
 */
public record IncomeAndAssets(int householdSize, String adminDongCode, long earned, long business, long property,
		long pension, long other, long householdSpecificExpenses, long housing, long general, long financial,
		long vehicles, long debts) {

	public IncomeAndAssets {
		if (householdSize < 1) {
			throw new IllegalArgumentException("A household has at least one member");
		}
		if (adminDongCode == null || !adminDongCode.matches("\\d{2,10}")) {
			throw new IllegalArgumentException("An administrative dong code is needed");
		}
		for (long amount : new long[] { earned, business, property, pension, other, householdSpecificExpenses, housing,
				general, financial, vehicles, debts }) {
			if (amount < 0) {
				throw new IllegalArgumentException("Amounts cannot be negative");
			}
		}
	}

}
