package io.bokjiflow.casework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The versioned parameters of the recognised income calculation
 * ({@code casework/income-standards.yml}): standard median incomes, selection lines,
 * deductions and conversion rates, each version with its sources and assumptions.
 *
 * @param versions the versions, any order
 */
public record IncomeStandards(List<Version> versions) {

	/** The classpath resource the application reads. */
	public static final String RESOURCE = "casework/income-standards.yml";

	/**
	 * One version of the parameters.
	 *
	 * @param effectiveFrom first day it applies
	 * @param sources where the figures come from
	 * @param assumptions what no source gave
	 * @param medianIncome the standard median income by household size (1–6)
	 * @param selectionLinesPercent the selection line of each benefit as a percentage of
	 * the median
	 * @param earnedIncomeDeductionPercent the basic deduction from earned income
	 * @param financialLivingAllowance deducted from financial assets before conversion
	 * @param monthlyConversionPercent monthly conversion rates by asset kind (HOUSING,
	 * GENERAL, FINANCIAL, VEHICLE)
	 * @param regions deduction and housing cap by region class
	 */
	public record Version(LocalDate effectiveFrom, List<String> sources, List<String> assumptions,
			Map<Integer, Long> medianIncome, Map<BenefitLine, Integer> selectionLinesPercent,
			int earnedIncomeDeductionPercent, long financialLivingAllowance,
			Map<String, BigDecimal> monthlyConversionPercent, Map<String, Region> regions) {

		/**
		 * The standard median income for a household size; from 7 members on, each
		 * further member adds the difference between the 6- and 5-person figures.
		 */
		public long median(int householdSize) {
			if (householdSize <= 6) {
				return this.medianIncome.get(householdSize);
			}
			long step = this.medianIncome.get(6) - this.medianIncome.get(5);
			return this.medianIncome.get(6) + step * (householdSize - 6);
		}

		/** The region class of a 행정동 code: the longest matching prefix. */
		public Map.Entry<String, Region> region(String adminDongCode) {
			return this.regions.entrySet()
				.stream()
				.flatMap(e -> e.getValue()
					.prefixes()
					.stream()
					.filter(adminDongCode::startsWith)
					.map(p -> Map.entry(p, e)))
				.max(Comparator.comparingInt(pe -> pe.getKey().length()))
				.map(Map.Entry::getValue)
				.orElseThrow(() -> new IllegalStateException("No region class for " + adminDongCode));
		}

	}

	/**
	 * A region class.
	 *
	 * @param prefixes 행정동 code prefixes of the class ("" matches everything)
	 * @param basicAssetDeduction 기본재산액
	 * @param housingCap 주거용재산 한도
	 */
	public record Region(List<String> prefixes, long basicAssetDeduction, long housingCap) {
	}

	/** The benefits whose selection lines are set as a share of the median income. */
	public enum BenefitLine {

		LIVELIHOOD, MEDICAL, HOUSING, EDUCATION

	}

	/**
	 * The version in force on a date.
	 * @param date the reference date
	 * @return the newest version with {@code effectiveFrom <= date}
	 */
	public Version on(LocalDate date) {
		return this.versions.stream()
			.filter(v -> !v.effectiveFrom().isAfter(date))
			.max(Comparator.comparing(Version::effectiveFrom))
			.orElseThrow(() -> new IllegalArgumentException("No income standards in force on " + date));
	}

	/**
	 * Reads the parameters from YAML, refusing unknown fields and incomplete versions.
	 * @param in the YAML document
	 * @return the parameters
	 */
	public static IncomeStandards load(InputStream in) {
		ObjectMapper yaml = JsonMapper.builder(new YAMLFactory())
			.addModule(new JavaTimeModule())
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.build();
		try {
			IncomeStandards standards = yaml.readValue(in, IncomeStandards.class);
			for (Version v : standards.versions()) {
				for (int size = 1; size <= 6; size++) {
					if (!v.medianIncome().containsKey(size)) {
						throw new IllegalStateException(
								"Version " + v.effectiveFrom() + " lacks the median for " + size);
					}
				}
				for (String kind : List.of("HOUSING", "GENERAL", "FINANCIAL", "VEHICLE")) {
					if (!v.monthlyConversionPercent().containsKey(kind)) {
						throw new IllegalStateException("Version " + v.effectiveFrom() + " lacks the rate for " + kind);
					}
				}
				if (v.selectionLinesPercent().size() != BenefitLine.values().length || v.sources().isEmpty()) {
					throw new IllegalStateException("Version " + v.effectiveFrom() + " is incomplete");
				}
			}
			return standards;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the income standards", ex);
		}
	}

}
