package io.bokjiflow.casework.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.bokjiflow.casework.IncomeAndAssets;
import io.bokjiflow.publicdata.Assets;
import io.bokjiflow.publicdata.Incomes;
import io.bokjiflow.publicdata.Insurance;
import io.bokjiflow.publicdata.PublicDataSource;
import io.bokjiflow.publicdata.QualificationFact;
import io.bokjiflow.publicdata.QualificationKind;
import io.bokjiflow.publicdata.QualificationReport;
import io.bokjiflow.publicdata.ResidentRecord;

/**
 * Derives the case facts the eligibility tables read (docs/case-facts.md) from the
 * evidence of one application, and the flags that stop an automatic decision. Pure: no
 * database, no clock, so every rule of the derivation is tested on its own.
 */
final class CaseFactsDeriver {

	/** The applicant's address on the register is not the one of the application. */
	static final String FLAG_ADDRESS_MISMATCH = "ADDRESS_MISMATCH";

	/**
	 * The applicant was unknown to the integrated DB before this application: missing
	 * public data may mean a record not yet linked rather than no qualification, so a
	 * caseworker confirms the identity before any decision.
	 */
	static final String FLAG_NEW_APPLICANT = "NEW_APPLICANT";

	/** An agency holds no record of the applicant or a household member. */
	static final String FLAG_NO_RECORD = "NO_RECORD";

	/** The applicant's register status changed within the last 90 days. */
	static final String FLAG_RECENT_STATUS_CHANGE = "RECENT_STATUS_CHANGE";

	private static final Set<PublicDataSource> ASSET_SOURCES = EnumSet.of(PublicDataSource.LOCAL_TAX,
			PublicDataSource.LAND_VEHICLE, PublicDataSource.FINANCIAL);

	private static final Set<PublicDataSource> INCOME_SOURCES = EnumSet.of(PublicDataSource.NATIONAL_TAX,
			PublicDataSource.NATIONAL_PENSION);

	private CaseFactsDeriver() {
	}

	/**
	 * One answer kept as evidence.
	 *
	 * @param source the dataset
	 * @param applicant whether it is about the applicant (else another household member)
	 * @param value the typed answer, or {@code null} when the agency holds no record
	 */
	record Answer(PublicDataSource source, boolean applicant, Object value) {
	}

	/**
	 * What the application says about itself.
	 *
	 * @param applicationDate the date of application (facts are taken on it)
	 * @param adminDongCode the 행정동 of the application
	 * @param birthDate the applicant's birth date
	 * @param sex M or F
	 * @param incomeInvestigated whether the program investigates income and assets
	 * @param newlyRegistered whether the application registered the applicant
	 */
	record Applicant(LocalDate applicationDate, String adminDongCode, LocalDate birthDate, String sex,
			boolean incomeInvestigated, boolean newlyRegistered) {
	}

	/**
	 * The result.
	 *
	 * @param facts the variables, in the order of docs/case-facts.md
	 * @param flags reasons a caseworker must look before any decision
	 * @param incomeAndAssets the household's income and assets for the recognised income
	 */
	record Derived(Map<String, Object> facts, List<String> flags, IncomeAndAssets incomeAndAssets) {
	}

	static Derived derive(Applicant applicant, List<Answer> answers) {
		LocalDate on = applicant.applicationDate();
		Map<String, Object> f = new LinkedHashMap<>();
		List<String> flags = new ArrayList<>();
		if (applicant.newlyRegistered()) {
			flags.add(FLAG_NEW_APPLICANT);
		}
		f.put("alive", true);
		f.put("applicantAge", Period.between(applicant.birthDate(), on).getYears());
		f.put("applicantSex", applicant.sex());
		f.put("householdSize", 1);
		f.put("childrenUnder12", 0);
		f.put("youngestChildAge", -1);
		f.put("residenceMonths", 0);
		for (String q : List.of("basicLivelihood", "livelihoodOrMedical", "nearPoor", "disability", "severeDisability",
				"veteran", "singleParent", "multicultural", "homeless", "medicalAidInsured", "employmentInsured")) {
			f.put(q, false);
		}
		f.put("vehicleValue", 0L);
		f.put("totalAssets", 0L);
		f.put("monthlyIncome", 0L);
		f.put("recognisedIncome", 0L);
		f.put("incomePercentOfMedian", 0);
		f.put("healthPremium", 0L);
		f.put("incomeInvestigated", applicant.incomeInvestigated());

		String adminDong = applicant.adminDongCode();
		long earned = 0;
		long business = 0;
		long property = 0;
		long pension = 0;
		long other = 0;
		long housing = 0;
		long general = 0;
		long financial = 0;
		long vehicles = 0;
		long debts = 0;
		boolean assetsKnown = false;
		if (answers.stream().anyMatch(a -> a.value() == null)) {
			flags.add(FLAG_NO_RECORD);
		}
		answers = answers.stream().filter(a -> a.value() != null).toList();
		for (Answer a : answers) {
			switch (a.source()) {
				case RESIDENT_REGISTER -> {
					ResidentRecord r = (ResidentRecord) a.value();
					f.put("alive", "ALIVE".equals(r.status()));
					if (r.adminDongCode() != null) {
						adminDong = r.adminDongCode();
						if (!r.adminDongCode().equals(applicant.adminDongCode())) {
							flags.add(FLAG_ADDRESS_MISMATCH);
						}
					}
					if (r.statusChangedOn() != null && !r.statusChangedOn().isBefore(on.minusDays(90))) {
						flags.add(FLAG_RECENT_STATUS_CHANGE);
					}
					if (r.movedInOn() != null && !r.movedInOn().isAfter(on)) {
						f.put("residenceMonths", (int) Period.between(r.movedInOn(), on).toTotalMonths());
					}
					List<ResidentRecord.Member> living = r.household()
						.stream()
						.filter(m -> m.status() == null || "ALIVE".equals(m.status()))
						.toList();
					f.put("householdSize", Math.max(1, living.size()));
					f.put("childrenUnder12",
							(int) living.stream().filter(m -> on.getYear() - m.birthYear() < 12).count());
					f.put("youngestChildAge",
							living.stream()
								.mapToInt(m -> on.getYear() - m.birthYear())
								.filter(age -> age < 19)
								.min()
								.orElse(-1));
				}
				case QUALIFICATION -> {
					QualificationReport q = (QualificationReport) a.value();
					f.put("basicLivelihood", q.holds(QualificationKind.BASIC_LIVELIHOOD));
					f.put("livelihoodOrMedical", held(q, QualificationKind.BASIC_LIVELIHOOD).stream()
						.anyMatch(d -> d != null && (d.contains("생계") || d.contains("의료"))));
					f.put("nearPoor", q.holds(QualificationKind.NEAR_POOR));
					f.put("disability", q.holds(QualificationKind.DISABILITY));
					f.put("severeDisability", held(q, QualificationKind.DISABILITY).stream()
						.anyMatch(d -> d != null && d.startsWith("심한")));
					f.put("veteran", q.holds(QualificationKind.VETERAN));
					f.put("singleParent", q.holds(QualificationKind.SINGLE_PARENT));
					f.put("multicultural", q.holds(QualificationKind.MULTICULTURAL_FAMILY));
				}
				case HEALTH_INSURANCE -> {
					Insurance i = (Insurance) a.value();
					f.put("healthPremium", i.monthlyPremiumWon());
					f.put("medicalAidInsured", "MEDICAL_AID".equals(i.healthKind()));
				}
				case EMPLOYMENT_INSURANCE -> f.put("employmentInsured", ((Insurance) a.value()).employmentInsured());
				case NATIONAL_TAX, NATIONAL_PENSION -> {
					Incomes in = (Incomes) a.value();
					earned += in.annual("EARNED", "DAY_LABOUR") / 12;
					business += in.annual("BUSINESS") / 12;
					property += in.annual("INTEREST", "DIVIDEND", "PROPERTY") / 12;
					pension += in.annual("PENSION") / 12;
					other += in.annual("OTHER") / 12;
				}
				case LOCAL_TAX, LAND_VEHICLE, FINANCIAL -> {
					assetsKnown = true;
					Assets as = (Assets) a.value();
					housing += as.total("HOUSING");
					general += as.total("LAND", "BUILDING", "RENT_DEPOSIT");
					financial += as.total("DEPOSIT", "SECURITIES", "INSURANCE");
					vehicles += as.total("VEHICLE");
					debts += as.total("DEBT");
				}
			}
		}
		boolean ownsHousing = answers.stream()
			.filter(a -> a.source() == PublicDataSource.LOCAL_TAX)
			.anyMatch(a -> ((Assets) a.value()).total("HOUSING") > 0);
		boolean housingKnown = answers.stream().anyMatch(a -> a.source() == PublicDataSource.LOCAL_TAX);
		f.put("homeless", housingKnown && !ownsHousing);
		if (assetsKnown) {
			f.put("vehicleValue", vehicles);
			f.put("totalAssets", Math.max(0, housing + general + financial + vehicles - debts));
		}
		if (answers.stream().anyMatch(a -> INCOME_SOURCES.contains(a.source()))) {
			f.put("monthlyIncome", earned + business + property + pension + other);
		}
		IncomeAndAssets incomeAndAssets = null;
		if (applicant.incomeInvestigated() && answers.stream()
			.anyMatch(a -> INCOME_SOURCES.contains(a.source()) || ASSET_SOURCES.contains(a.source()))) {
			// Household-specific expenses (가구특성별 지출비용) are not in public data: zero until
			// a
			// caseworker records them (README: recognised income).
			incomeAndAssets = new IncomeAndAssets((int) f.get("householdSize"), adminDong, earned, business, property,
					pension, other, 0, housing, general, financial, vehicles, debts);
		}
		return new Derived(f, List.copyOf(flags), incomeAndAssets);
	}

	private static List<String> held(QualificationReport report, QualificationKind kind) {
		return report.qualifications()
			.stream()
			.filter(q -> q.kind() == kind && q.validOn(report.asOf()))
			.map(QualificationFact::detail)
			.toList();
	}

}
