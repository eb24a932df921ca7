package io.bokjiflow.finder.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.bokjiflow.casework.EligibilityTable;
import io.bokjiflow.casework.IncomeAndAssets;
import io.bokjiflow.casework.IncomeStandards;
import io.bokjiflow.casework.RecognisedIncomeCalculator;
import io.bokjiflow.catalog.Investigation;
import io.bokjiflow.catalog.Program;
import io.bokjiflow.finder.Bands;
import io.bokjiflow.finder.SelfCheckAnswers;
import io.bokjiflow.finder.SelfCheckQualification;
import io.bokjiflow.finder.SelfCheckResult.Confidence;
import io.bokjiflow.publicdata.PublicDataSource;
import io.bokjiflow.publicdata.QualificationKind;

/**
 * Builds the case facts of docs/case-facts.md from self-check answers as the
 * investigation's {@code CaseFactsDeriver} builds them from public data — per program,
 * only from the datasets the program fetches, every other fact at its default — and
 * evaluates the program's eligibility table on them. What the answers leave open is tried
 * at both ends: the income, asset and car bands together (low with low, high with high),
 * the children's birthdays (ages are asked, the investigation counts by birth year), and
 * each fact the questionnaire does not ask (sex, residence period, health and employment
 * insurance). Eligible everywhere without review → likely; somewhere → check needed.
 * Pure: no database, no clock.
 */
public final class SupportProgramCheck {

	/** Months of residence tried as the high end when the residence period is unknown. */
	static final int LONG_RESIDENCE_MONTHS = 1_200;

	private final IncomeStandards standards;

	private final RecognisedIncomeCalculator calculator;

	public SupportProgramCheck(IncomeStandards standards, RecognisedIncomeCalculator calculator) {
		this.standards = standards;
		this.calculator = calculator;
	}

	/**
	 * A range of amounts.
	 *
	 * @param low the low end
	 * @param high the high end
	 */
	public record Range(long low, long high) {

		static Range of(long low, long high) {
			return new Range(low, high);
		}

	}

	/**
	 * The outcome for one program.
	 *
	 * @param confidence likely or check needed
	 * @param rule the deciding rule's code
	 * @param description its description
	 * @param openFacts the facts the table read that the answers leave open (empty when
	 * likely)
	 */
	public record Outcome(Confidence confidence, String rule, String description, List<String> openFacts) {
	}

	/**
	 * Evaluates a program's table on the answers.
	 * @param program the program (its datasets and investigation decide the facts)
	 * @param table its eligibility table
	 * @param answers the answers
	 * @param on the reference date (today)
	 * @return the outcome, empty when the table says not eligible at every end
	 */
	public Optional<Outcome> check(Program program, EligibilityTable table, SelfCheckAnswers answers, LocalDate on) {
		Set<String> reads = new LinkedHashSet<>(table.inputs());
		Map<String, Object> base = baseFacts(program, answers);
		List<Map<String, List<Object>>> dimensions = new ArrayList<>();
		for (Map<String, List<Object>> dimension : dimensions(program, answers, on)) {
			Map<String, List<Object>> read = new LinkedHashMap<>();
			dimension.forEach((fact, values) -> {
				if (reads.contains(fact)) {
					read.put(fact, values);
				}
			});
			if (!read.isEmpty() && read.values().stream().anyMatch(v -> v.stream().distinct().count() > 1)) {
				dimensions.add(read);
			}
			else {
				dimension.forEach((fact, values) -> base.put(fact, values.get(0)));
			}
		}
		int combinations = 1 << dimensions.size();
		EligibilityTable.Result first = null;
		boolean always = true;
		for (int combination = 0; combination < combinations; combination++) {
			Map<String, Object> facts = new LinkedHashMap<>(base);
			for (int d = 0; d < dimensions.size(); d++) {
				int end = combination >> d & 1;
				dimensions.get(d).forEach((fact, values) -> facts.put(fact, values.get(end)));
			}
			EligibilityTable.Result result = table.evaluate(facts);
			if (result.eligible() && first == null) {
				first = result;
			}
			always &= result.eligible() && !result.review();
		}
		if (first == null) {
			return Optional.empty();
		}
		List<String> open = new ArrayList<>();
		if (!always) {
			dimensions.forEach(d -> open.addAll(d.keySet()));
		}
		return Optional.of(new Outcome(always ? Confidence.LIKELY_ELIGIBLE : Confidence.CHECK_NEEDED, first.ruleCode(),
				java.util.Objects.requireNonNullElse(first.description(), ""), open));
	}

	/** The facts the answers fix, and every other fact at its default. */
	Map<String, Object> baseFacts(Program program, SelfCheckAnswers a) {
		List<PublicDataSource> data = program.publicData();
		Map<String, Object> f = new LinkedHashMap<>();
		f.put("alive", true);
		f.put("applicantAge", a.applicantAge());
		f.put("applicantSex", "M");
		f.put("householdSize", data.contains(PublicDataSource.RESIDENT_REGISTER) ? a.householdSize() : 1);
		f.put("childrenUnder12", 0);
		f.put("youngestChildAge", -1);
		f.put("residenceMonths", 0);
		boolean q = data.contains(PublicDataSource.QUALIFICATION);
		f.put("basicLivelihood", q && a.holds(QualificationKind.BASIC_LIVELIHOOD));
		f.put("livelihoodOrMedical", q && a.holdsAny(SelfCheckQualification.LIVELIHOOD_OR_MEDICAL));
		f.put("nearPoor", q && a.holds(QualificationKind.NEAR_POOR));
		f.put("disability", q && a.holds(QualificationKind.DISABILITY));
		f.put("severeDisability", q && a.holdsAny(SelfCheckQualification.SEVERE_DISABILITY));
		f.put("veteran", q && a.holds(QualificationKind.VETERAN));
		f.put("singleParent", q && a.holds(QualificationKind.SINGLE_PARENT));
		f.put("multicultural", q && a.holds(QualificationKind.MULTICULTURAL_FAMILY));
		f.put("homeless", data.contains(PublicDataSource.LOCAL_TAX) && !a.homeOwner());
		f.put("medicalAidInsured", false);
		f.put("employmentInsured", false);
		f.put("vehicleValue", 0L);
		f.put("totalAssets", 0L);
		f.put("monthlyIncome", 0L);
		f.put("recognisedIncome", 0L);
		f.put("incomePercentOfMedian", 0);
		f.put("healthPremium", 0L);
		f.put("incomeInvestigated", program.investigation() == Investigation.INCOME_ASSET);
		return f;
	}

	/**
	 * The facts the answers leave open, in groups tried together; each fact maps to its
	 * low and its high end.
	 */
	List<Map<String, List<Object>>> dimensions(Program program, SelfCheckAnswers a, LocalDate on) {
		List<PublicDataSource> data = program.publicData();
		List<Map<String, List<Object>>> dimensions = new ArrayList<>();
		dimensions.add(Map.of("applicantSex", List.of("M", "F")));
		if (data.contains(PublicDataSource.RESIDENT_REGISTER)) {
			Map<String, List<Object>> children = new LinkedHashMap<>();
			children.put("childrenUnder12", List.of(under12(a, 0), under12(a, 1)));
			children.put("youngestChildAge", List.of(youngest(a, 0), youngest(a, 1)));
			dimensions.add(children);
			dimensions.add(Map.of("residenceMonths", List.of(0, LONG_RESIDENCE_MONTHS)));
		}
		if (data.contains(PublicDataSource.HEALTH_INSURANCE)) {
			dimensions.add(Map.of("healthPremium", List.of(0L, Bands.OPEN_END)));
			dimensions.add(Map.of("medicalAidInsured", List.of(false, true)));
		}
		if (data.contains(PublicDataSource.EMPLOYMENT_INSURANCE)) {
			dimensions.add(Map.of("employmentInsured", List.of(false, true)));
		}
		Map<String, List<Object>> money = new LinkedHashMap<>();
		Range income = counted(Range.of(a.income().low(), a.income().high()), data, PublicDataSource.NATIONAL_TAX,
				PublicDataSource.NATIONAL_PENSION);
		boolean incomeKnown = data.contains(PublicDataSource.NATIONAL_TAX)
				|| data.contains(PublicDataSource.NATIONAL_PENSION);
		if (incomeKnown) {
			money.put("monthlyIncome", List.of(income.low(), income.high()));
		}
		boolean assetsKnown = data.contains(PublicDataSource.LOCAL_TAX) || data.contains(PublicDataSource.LAND_VEHICLE)
				|| data.contains(PublicDataSource.FINANCIAL);
		if (assetsKnown) {
			Range assets = assets(a, data);
			Range vehicles = vehicles(a, data);
			money.put("vehicleValue", List.of(vehicles.low(), vehicles.high()));
			money.put("totalAssets", List.of(assets.low() + vehicles.low(), assets.high() + vehicles.high()));
		}
		if (program.investigation() == Investigation.INCOME_ASSET && (incomeKnown || assetsKnown)) {
			Range recognised = recognisedIncome(a, data, on);
			long median = this.standards.on(on).median(a.householdSize());
			money.put("recognisedIncome", List.of(recognised.low(), recognised.high()));
			money.put("incomePercentOfMedian",
					List.of(percent(recognised.low(), median), percent(recognised.high(), median)));
		}
		if (!money.isEmpty()) {
			dimensions.add(money);
		}
		return dimensions;
	}

	/** Recognised income as a percentage of the median, rounded up (as casework does). */
	static int percent(long recognised, long median) {
		return BigDecimal.valueOf(recognised)
			.multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(median), 0, RoundingMode.CEILING)
			.intValueExact();
	}

	/**
	 * Household members younger than 12 by birth year, as the investigation counts them;
	 * {@code shift} 1 takes every birthday as still to come this year.
	 */
	static int under12(SelfCheckAnswers a, int shift) {
		return (int) a.memberAges().stream().filter(age -> age + shift < 12).count();
	}

	/** The youngest member's age by birth year if under 19, else -1. */
	static int youngest(SelfCheckAnswers a, int shift) {
		return a.memberAges().stream().mapToInt(age -> age + shift).filter(y -> y < 19).min().orElse(-1);
	}

	/** A range as far as the program fetches its sources: all, some (0 up) or none. */
	private static Range counted(Range range, List<PublicDataSource> data, PublicDataSource... sources) {
		int fetched = 0;
		for (PublicDataSource s : sources) {
			fetched += data.contains(s) ? 1 : 0;
		}
		if (fetched == sources.length) {
			return range;
		}
		return fetched == 0 ? Range.of(0, 0) : Range.of(0, range.high());
	}

	/**
	 * The assets other than cars the program's datasets see: the band when it fetches
	 * every asset source; otherwise anything from 0 to open (a source may hold gross
	 * assets whose debts another source reports).
	 */
	static Range assets(SelfCheckAnswers a, List<PublicDataSource> data) {
		boolean all = data.contains(PublicDataSource.LOCAL_TAX) && data.contains(PublicDataSource.LAND_VEHICLE)
				&& data.contains(PublicDataSource.FINANCIAL);
		if (all) {
			return Range.of(a.assets().low(), a.assets().high());
		}
		boolean any = data.contains(PublicDataSource.LOCAL_TAX) || data.contains(PublicDataSource.LAND_VEHICLE)
				|| data.contains(PublicDataSource.FINANCIAL);
		return any && a.assets().high() > 0 ? Range.of(0, Bands.OPEN_END) : Range.of(0, 0);
	}

	/** The cars the program's datasets see (the vehicle register). */
	static Range vehicles(SelfCheckAnswers a, List<PublicDataSource> data) {
		return data.contains(PublicDataSource.LAND_VEHICLE) ? Range.of(a.vehicles().low(), a.vehicles().high())
				: Range.of(0, 0);
	}

	/**
	 * The recognised income a program's investigation would calculate, lowest and highest
	 * over the bands and over how income and assets may be made up (earned or other
	 * income; housing, general or financial assets), with casework's calculator.
	 */
	public Range recognisedIncome(SelfCheckAnswers a, List<PublicDataSource> data, LocalDate on) {
		Range income = counted(Range.of(a.income().low(), a.income().high()), data, PublicDataSource.NATIONAL_TAX,
				PublicDataSource.NATIONAL_PENSION);
		Range assets = assets(a, data);
		Range vehicles = vehicles(a, data);
		long low = Long.MAX_VALUE;
		long high = 0;
		for (long[] mix : compositions(a)) {
			low = Math.min(low, calculate(a, income.low(), mix, assets.low(), vehicles.low(), on, true));
			high = Math.max(high, calculate(a, income.high(), mix, assets.high(), vehicles.high(), on, false));
		}
		return Range.of(low, high);
	}

	/** Shares (in quarters) of housing, general and financial assets tried. */
	private static List<long[]> compositions(SelfCheckAnswers a) {
		List<long[]> mixes = new ArrayList<>();
		for (int h = 0; h <= 4; h++) {
			for (int g = 0; g + h <= 4; g++) {
				if (h > 0 && !a.homeOwner()) {
					continue;
				}
				mixes.add(new long[] { h, g, 4 - h - g });
			}
		}
		return mixes;
	}

	private long calculate(SelfCheckAnswers a, long income, long[] mix, long assets, long vehicles, LocalDate on,
			boolean lowEnd) {
		long housing = assets / 4 * mix[0];
		long general = assets / 4 * mix[1];
		long financial = assets - housing - general;
		long result = Long.MAX_VALUE;
		long worst = 0;
		// Earned income is deducted 30%; any other kind is counted in full.
		for (boolean earned : a.allEarned() ? List.of(true) : List.of(true, false)) {
			long value = this.calculator
				.calculate(new IncomeAndAssets(a.householdSize(), a.sigunguCode(), earned ? income : 0, 0, 0, 0,
						earned ? 0 : income, 0, housing, general, financial, vehicles, 0), on)
				.recognisedIncome();
			result = Math.min(result, value);
			worst = Math.max(worst, value);
		}
		return lowEnd ? result : worst;
	}

}
