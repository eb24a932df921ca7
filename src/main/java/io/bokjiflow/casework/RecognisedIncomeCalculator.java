package io.bokjiflow.casework;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Computes the recognised income (소득인정액 = 소득평가액 + 재산의 소득환산액) with the parameters in force
 * on a date (FACTS.md d): assessed income = actual income − household-specific expenses −
 * the earned-income deduction, never below zero; asset income = (assets − basic asset
 * deduction − debts) × monthly conversion rates, the deduction taken from general assets
 * first, then financial, then housing, never below zero; housing above the regional cap
 * counts as general assets; vehicles convert at their full rate. Every amount is rounded
 * down to the won.
 */
public final class RecognisedIncomeCalculator {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final IncomeStandards standards;

	public RecognisedIncomeCalculator(IncomeStandards standards) {
		this.standards = standards;
	}

	/**
	 * Calculates the recognised income of a household.
	 * @param facts incomes and assets
	 * @param referenceDate the date whose standards apply (usually the application date)
	 * @return the result with its explanation
	 */
	public RecognisedIncome calculate(IncomeAndAssets facts, LocalDate referenceDate) {
		IncomeStandards.Version v = this.standards.on(referenceDate);
		var region = v.region(facts.adminDongCode());
		IncomeStandards.Region r = region.getValue();
		List<RecognisedIncome.Line> lines = new ArrayList<>();

		long actual = facts.earned() + facts.business() + facts.property() + facts.pension() + facts.other();
		lines.add(line("income.actual", actual, "%s + %s + %s + %s + %s".formatted(won(facts.earned()),
				won(facts.business()), won(facts.property()), won(facts.pension()), won(facts.other()))));
		long earnedDeduction = percentOf(facts.earned(), BigDecimal.valueOf(v.earnedIncomeDeductionPercent()));
		lines.add(line("income.earnedDeduction", earnedDeduction,
				"%s × %d%%".formatted(won(facts.earned()), v.earnedIncomeDeductionPercent())));
		lines.add(line("income.householdExpenses", facts.householdSpecificExpenses(),
				won(facts.householdSpecificExpenses())));
		long assessedRaw = actual - facts.householdSpecificExpenses() - earnedDeduction;
		long assessed = Math.max(0, assessedRaw);
		lines.add(line("income.assessed", assessed, "max(0, %s − %s − %s)".formatted(won(actual),
				won(facts.householdSpecificExpenses()), won(earnedDeduction))));

		long housingWithinCap = Math.min(facts.housing(), r.housingCap());
		long housingExcess = facts.housing() - housingWithinCap;
		long general = facts.general() + housingExcess;
		lines.add(line("asset.housingWithinCap", housingWithinCap,
				"min(%s, %s %s)".formatted(won(facts.housing()), region.getKey(), won(r.housingCap()))));
		lines.add(line("asset.general", general, "%s + %s".formatted(won(facts.general()), won(housingExcess))));
		long financial = Math.max(0, facts.financial() - v.financialLivingAllowance());
		lines.add(line("asset.financial", financial,
				"max(0, %s − %s)".formatted(won(facts.financial()), won(v.financialLivingAllowance()))));
		long deduction = r.basicAssetDeduction() + facts.debts();
		lines.add(line("asset.deduction", deduction,
				"%s %s + %s".formatted(region.getKey(), won(r.basicAssetDeduction()), won(facts.debts()))));

		long remaining = deduction;
		long generalNet = Math.max(0, general - remaining);
		remaining = Math.max(0, remaining - general);
		long financialNet = Math.max(0, financial - remaining);
		remaining = Math.max(0, remaining - financial);
		long housingNet = Math.max(0, housingWithinCap - remaining);
		lines.add(line("asset.generalNet", generalNet, "general first"));
		lines.add(line("asset.financialNet", financialNet, "then financial"));
		lines.add(line("asset.housingNet", housingNet, "then housing"));

		long housingIncome = percentOf(housingNet, v.monthlyConversionPercent().get("HOUSING"));
		long generalIncome = percentOf(generalNet, v.monthlyConversionPercent().get("GENERAL"));
		long financialIncome = percentOf(financialNet, v.monthlyConversionPercent().get("FINANCIAL"));
		long vehicleIncome = percentOf(facts.vehicles(), v.monthlyConversionPercent().get("VEHICLE"));
		lines.add(line("asset.housingIncome", housingIncome,
				"%s × %s%%".formatted(won(housingNet), v.monthlyConversionPercent().get("HOUSING").toPlainString())));
		lines.add(line("asset.generalIncome", generalIncome,
				"%s × %s%%".formatted(won(generalNet), v.monthlyConversionPercent().get("GENERAL").toPlainString())));
		lines.add(line("asset.financialIncome", financialIncome, "%s × %s%%".formatted(won(financialNet),
				v.monthlyConversionPercent().get("FINANCIAL").toPlainString())));
		lines.add(line("asset.vehicleIncome", vehicleIncome, "%s × %s%%".formatted(won(facts.vehicles()),
				v.monthlyConversionPercent().get("VEHICLE").toPlainString())));
		long assetIncome = housingIncome + generalIncome + financialIncome + vehicleIncome;
		lines.add(line("asset.income", assetIncome, "%s + %s + %s + %s".formatted(won(housingIncome),
				won(generalIncome), won(financialIncome), won(vehicleIncome))));

		long recognised = assessed + assetIncome;
		lines.add(line("recognisedIncome", recognised, "%s + %s".formatted(won(assessed), won(assetIncome))));
		long median = v.median(facts.householdSize());
		lines.add(line("medianIncome", median, "%d인 가구".formatted(facts.householdSize())));

		Map<IncomeStandards.BenefitLine, RecognisedIncome.Selection> selection = new EnumMap<>(
				IncomeStandards.BenefitLine.class);
		v.selectionLinesPercent().forEach((benefit, percent) -> {
			long threshold = percentOf(median, BigDecimal.valueOf(percent));
			selection.put(benefit, new RecognisedIncome.Selection(percent, threshold, recognised <= threshold));
		});
		return new RecognisedIncome(referenceDate, v.effectiveFrom(), region.getKey(), assessed, assetIncome,
				recognised, median, List.copyOf(lines), Map.copyOf(selection));
	}

	private static long percentOf(long amount, BigDecimal percent) {
		return BigDecimal.valueOf(amount).multiply(percent).divide(HUNDRED, 0, RoundingMode.FLOOR).longValueExact();
	}

	private static RecognisedIncome.Line line(String code, long amount, String formula) {
		return new RecognisedIncome.Line(code, amount, formula);
	}

	private static String won(long amount) {
		return NumberFormat.getIntegerInstance(Locale.KOREA).format(amount);
	}

}
