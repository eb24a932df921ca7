package io.bokjiflow.casework;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import io.bokjiflow.casework.IncomeStandards.BenefitLine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Worked cases of the recognised income (소득인정액), each computed by hand from the formulas
 * of FACTS.md d with the parameters of {@code casework/income-standards.yml}; the
 * arithmetic is in the comments. 2026 medians: 1 → 2,564,238 · 2 → 4,199,292 · 4 →
 * 6,494,738 · 5 → 7,556,719 · 6 → 8,555,952. Basic asset deduction / housing cap: Seoul
 * 99M / 172M, Gyeonggi 80M / 151M, metro 77M / 146M, other 53M / 112M. Monthly rates:
 * housing 1.04%, general 4.17%, financial 6.26%, vehicles 100%. Financial living
 * allowance 5M. Every amount is rounded down to the won.
 */
class RecognisedIncomeCalculatorTest {

	private static final LocalDate IN_2026 = LocalDate.of(2026, 3, 2);

	private static final String SEOUL = "1168064000";

	private static RecognisedIncomeCalculator calculator;

	@BeforeAll
	static void load() throws IOException {
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources", IncomeStandards.RESOURCE))) {
			calculator = new RecognisedIncomeCalculator(IncomeStandards.load(in));
		}
	}

	private static IncomeAndAssets household(int size, String dong, long earned, long business, long pension,
			long expenses, long housing, long general, long financial, long vehicles, long debts) {
		return new IncomeAndAssets(size, dong, earned, business, 0, pension, 0, expenses, housing, general, financial,
				vehicles, debts);
	}

	@Test
	void case1SinglePersonWithEarningsInSeoul() {
		// actual 1,500,000; earned deduction 30% = 450,000; assessed 1,050,000; assets
		// none.
		// Lines of 2,564,238: 32% = 820,556.16 → 820,556; 40% = 1,025,695.2 → 1,025,695;
		// 48% = 1,230,834.24 → 1,230,834; 50% = 1,282,119.
		RecognisedIncome r = calculator.calculate(household(1, SEOUL, 1_500_000, 0, 0, 0, 0, 0, 0, 0, 0), IN_2026);
		assertThat(r.assessedIncome()).isEqualTo(1_050_000);
		assertThat(r.assetIncome()).isZero();
		assertThat(r.recognisedIncome()).isEqualTo(1_050_000);
		assertThat(r.medianIncome()).isEqualTo(2_564_238);
		assertThat(r.selection().get(BenefitLine.LIVELIHOOD).threshold()).isEqualTo(820_556);
		assertThat(r.selection().get(BenefitLine.MEDICAL).threshold()).isEqualTo(1_025_695);
		assertThat(r.selection().get(BenefitLine.HOUSING).threshold()).isEqualTo(1_230_834);
		assertThat(r.selection().get(BenefitLine.EDUCATION).threshold()).isEqualTo(1_282_119);
		assertThat(r.selection().get(BenefitLine.LIVELIHOOD).within()).isFalse();
		assertThat(r.selection().get(BenefitLine.MEDICAL).within()).isFalse();
		assertThat(r.selection().get(BenefitLine.HOUSING).within()).isTrue();
		assertThat(r.selection().get(BenefitLine.EDUCATION).within()).isTrue();
		assertThat(r.regionClass()).isEqualTo("SEOUL");
		assertThat(r.standardsFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
	}

	@Test
	void case2FourPersonsInGyeonggiWithHousingAboveTheCapAndDebt() {
		// actual 2,000,000 + 500,000 = 2,500,000; deduction 600,000; assessed 1,900,000.
		// housing 200M: within cap 151M, excess 49M → general 10M + 49M = 59M.
		// financial 8M − 5M = 3M. deduction 80M + debt 20M = 100M.
		// general 59M − 100M → 0, 41M left; financial 3M → 0, 38M left; housing 151M −
		// 38M = 113M.
		// 113,000,000 × 1.04% = 1,175,200. recognised 1,900,000 + 1,175,200 = 3,075,200.
		// Median(4) 6,494,738: 48% = 3,117,474.24 → 3,117,474 (within); 40% = 2,597,895
		// (not).
		RecognisedIncome r = calculator.calculate(
				household(4, "4111156000", 2_000_000, 500_000, 0, 0, 200_000_000, 10_000_000, 8_000_000, 0, 20_000_000),
				IN_2026);
		assertThat(r.regionClass()).isEqualTo("GYEONGGI");
		assertThat(r.assessedIncome()).isEqualTo(1_900_000);
		assertThat(line(r, "asset.housingNet")).isEqualTo(113_000_000);
		assertThat(r.assetIncome()).isEqualTo(1_175_200);
		assertThat(r.recognisedIncome()).isEqualTo(3_075_200);
		assertThat(r.selection().get(BenefitLine.HOUSING)).satisfies(s -> {
			assertThat(s.threshold()).isEqualTo(3_117_474);
			assertThat(s.within()).isTrue();
		});
		assertThat(r.selection().get(BenefitLine.MEDICAL).within()).isFalse();
	}

	@Test
	void case3NegativeAssessedIncomeIsClampedToZero() {
		// actual 300,000 − expenses 500,000 − deduction 90,000 = −290,000 → 0.
		RecognisedIncome r = calculator.calculate(household(1, "4311100000", 300_000, 0, 0, 500_000, 0, 0, 0, 0, 0),
				IN_2026);
		assertThat(r.regionClass()).isEqualTo("OTHER");
		assertThat(r.assessedIncome()).isZero();
		assertThat(r.recognisedIncome()).isZero();
		assertThat(r.selection().values()).allMatch(RecognisedIncome.Selection::within);
	}

	@Test
	void case4PensionerInBusanWhoseSavingsAreCoveredByTheDeduction() {
		// actual 800,000 pension, no earned deduction; financial 30M − 5M = 25M;
		// deduction 77M
		// covers it: asset income 0. Median(2) 4,199,292 × 32% = 1,343,773.44 →
		// 1,343,773.
		RecognisedIncome r = calculator.calculate(household(2, "2611053000", 0, 0, 800_000, 0, 0, 0, 30_000_000, 0, 0),
				IN_2026);
		assertThat(r.regionClass()).isEqualTo("METRO");
		assertThat(r.recognisedIncome()).isEqualTo(800_000);
		assertThat(r.selection().get(BenefitLine.LIVELIHOOD)).satisfies(s -> {
			assertThat(s.threshold()).isEqualTo(1_343_773);
			assertThat(s.within()).isTrue();
		});
	}

	@Test
	void case5ChangwonCountsAsMetropolitanWhileTheRestOfGyeongnamDoesNot() {
		// Changwon (4812x): general 100M − 77M = 23M × 4.17% = 959,100.
		// Elsewhere in 경남: 100M − 53M = 47M × 4.17% = 1,959,900.
		RecognisedIncome changwon = calculator
			.calculate(household(1, "4812152000", 0, 0, 0, 0, 0, 100_000_000, 0, 0, 0), IN_2026);
		RecognisedIncome jinju = calculator.calculate(household(1, "4817051000", 0, 0, 0, 0, 0, 100_000_000, 0, 0, 0),
				IN_2026);
		assertThat(changwon.regionClass()).isEqualTo("METRO");
		assertThat(changwon.recognisedIncome()).isEqualTo(959_100);
		assertThat(jinju.regionClass()).isEqualTo("OTHER");
		assertThat(jinju.recognisedIncome()).isEqualTo(1_959_900);
	}

	@Test
	void case6VehiclesCountAtTheirFullValue() {
		// 5,000,000 × 100% = 5,000,000 a month: above every line for one person.
		RecognisedIncome r = calculator.calculate(household(1, SEOUL, 0, 0, 0, 0, 0, 0, 0, 5_000_000, 0), IN_2026);
		assertThat(line(r, "asset.vehicleIncome")).isEqualTo(5_000_000);
		assertThat(r.recognisedIncome()).isEqualTo(5_000_000);
		assertThat(r.selection().values()).noneMatch(RecognisedIncome.Selection::within);
	}

	@Test
	void case7DebtsAboveAllAssetsLeaveNoAssetIncomeAndNeverANegativeOne() {
		// deduction 99M + 300M = 399M > general 50M + financial 15M + housing 100M: all
		// nets 0.
		RecognisedIncome r = calculator
			.calculate(household(1, SEOUL, 0, 0, 0, 0, 100_000_000, 50_000_000, 20_000_000, 0, 300_000_000), IN_2026);
		assertThat(r.assetIncome()).isZero();
		assertThat(line(r, "asset.generalNet")).isZero();
		assertThat(line(r, "asset.financialNet")).isZero();
		assertThat(line(r, "asset.housingNet")).isZero();
	}

	@Test
	void case8The2025StandardsApplyBefore2026() {
		// Same as case 1 on 2025-06-30: median(1) 2,392,013; 48% = 1,148,166.24 →
		// 1,148,166;
		// 32% = 765,444.16 → 765,444.
		RecognisedIncome r = calculator.calculate(household(1, SEOUL, 1_500_000, 0, 0, 0, 0, 0, 0, 0, 0),
				LocalDate.of(2025, 6, 30));
		assertThat(r.standardsFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
		assertThat(r.medianIncome()).isEqualTo(2_392_013);
		assertThat(r.selection().get(BenefitLine.HOUSING).threshold()).isEqualTo(1_148_166);
		assertThat(r.selection().get(BenefitLine.LIVELIHOOD).threshold()).isEqualTo(765_444);
		assertThat(r.recognisedIncome()).isEqualTo(1_050_000);
	}

	@Test
	void case9SevenPersonsAddTheSixMinusFiveStep() {
		// 8,555,952 + (8,555,952 − 7,556,719 = 999,233) = 9,555,185.
		RecognisedIncome r = calculator.calculate(household(7, SEOUL, 0, 0, 0, 0, 0, 0, 0, 0, 0), IN_2026);
		assertThat(r.medianIncome()).isEqualTo(9_555_185);
	}

	@Test
	void case10TheDeductionSpillsFromGeneralIntoFinancialAssets() {
		// financial 45M − 5M = 40M; deduction 99M − general 90M = 9M left; financial 40M
		// − 9M = 31M;
		// 31,000,000 × 6.26% = 1,940,600.
		RecognisedIncome r = calculator.calculate(household(1, SEOUL, 0, 0, 0, 0, 0, 90_000_000, 45_000_000, 0, 0),
				IN_2026);
		assertThat(line(r, "asset.financialNet")).isEqualTo(31_000_000);
		assertThat(r.recognisedIncome()).isEqualTo(1_940_600);
	}

	@Test
	void case11AmountsAreRoundedDownToTheWon() {
		// 1,234,567 × 30% = 370,370.1 → 370,370; assessed 864,197.
		RecognisedIncome r = calculator.calculate(household(1, SEOUL, 1_234_567, 0, 0, 0, 0, 0, 0, 0, 0), IN_2026);
		assertThat(line(r, "income.earnedDeduction")).isEqualTo(370_370);
		assertThat(r.assessedIncome()).isEqualTo(864_197);
	}

	@Test
	void case12TheRemainingDeductionFinallyReducesHousing() {
		// housing 150M within the Seoul cap; nothing else: 150M − 99M = 51M × 1.04% =
		// 530,400.
		RecognisedIncome r = calculator.calculate(household(1, SEOUL, 0, 0, 0, 0, 150_000_000, 0, 0, 0, 0), IN_2026);
		assertThat(line(r, "asset.housingNet")).isEqualTo(51_000_000);
		assertThat(r.recognisedIncome()).isEqualTo(530_400);
	}

	@Test
	void shouldExplainEveryStepInOrder() {
		RecognisedIncome r = calculator.calculate(household(1, SEOUL, 1_500_000, 0, 0, 0, 0, 0, 0, 0, 0), IN_2026);
		assertThat(r.lines()).extracting(RecognisedIncome.Line::code)
			.startsWith("income.actual", "income.earnedDeduction", "income.householdExpenses", "income.assessed")
			.endsWith("recognisedIncome", "medianIncome");
		assertThat(r.lines()).filteredOn(l -> l.code().equals("income.earnedDeduction"))
			.singleElement()
			.satisfies(l -> assertThat(l.formula()).isEqualTo("1,500,000 × 30%"));
	}

	@Test
	void shouldRefuseDatesWithoutStandardsAndImpossibleInput() {
		assertThatThrownBy(
				() -> calculator.calculate(household(1, SEOUL, 0, 0, 0, 0, 0, 0, 0, 0, 0), LocalDate.of(2024, 12, 31)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> household(0, SEOUL, 0, 0, 0, 0, 0, 0, 0, 0, 0))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> household(1, SEOUL, -1, 0, 0, 0, 0, 0, 0, 0, 0))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static long line(RecognisedIncome r, String code) {
		return r.lines().stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow().amount();
	}

}
