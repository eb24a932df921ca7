package io.bokjiflow.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The result of a recognised income (소득인정액) calculation, explaining itself line by line.
 *
 * @param referenceDate the date whose standards applied
 * @param standardsFrom the effective date of the standards version used
 * @param regionClass the region class of the address (SEOUL, GYEONGGI, METRO, OTHER)
 * @param assessedIncome 소득평가액 (never below 0)
 * @param assetIncome 재산의 소득환산액 (never below 0)
 * @param recognisedIncome 소득인정액 = assessed income + asset income
 * @param medianIncome the standard median income for the household size
 * @param lines every step of the calculation, in order
 * @param selection for each benefit: its line and whether the household is within it
 */
public record RecognisedIncome(LocalDate referenceDate, LocalDate standardsFrom, String regionClass,
		long assessedIncome, long assetIncome, long recognisedIncome, long medianIncome, List<Line> lines,
		Map<IncomeStandards.BenefitLine, Selection> selection) {

	/**
	 * One step.
	 *
	 * @param code what the line is, e.g. {@code income.earnedDeduction} (a message key)
	 * @param amount the amount in KRW
	 * @param formula how it was computed, with the figures
	 */
	public record Line(String code, long amount, String formula) {
	}

	/**
	 * A benefit's selection line.
	 *
	 * @param percent share of the median income
	 * @param threshold the line in KRW
	 * @param within whether the recognised income is at or below the line
	 */
	public record Selection(int percent, long threshold, boolean within) {
	}

}
