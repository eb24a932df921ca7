package io.bokjiflow.population.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.springframework.core.io.ClassPathResource;

/**
 * The generator's facts and assumptions, bound from {@code population/population.yml}.
 * Every block is {@link Explained}: it names its sources or says why it is an assumption.
 */
record PopulationData(String version, LocalDate referenceDate, int incomeYear, String recordSource,
		Map<String, String> sources, ReservedNumbers reservedNumbers, HouseholdSizes householdSizes,
		HouseholdTypes householdTypes, MemberAges memberAges, AgeStructure ageStructure, Regions regions,
		MedianIncome medianIncome, BasicLivelihood basicLivelihood, NearPoor nearPoor, Disability disability,
		Veterans veterans, SingleParent singleParent, Multicultural multicultural, BenefitPrograms benefitPrograms,
		Incomes incomes, Assets assets, HealthInsurance healthInsurance, LifeEvents lifeEvents,
		BankAccounts bankAccounts, Names names, Employers employers) {

	static final String RESOURCE = "population/population.yml";

	/** Reads the bundled data file. */
	static PopulationData load() {
		ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
			.setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
			.registerModule(new JavaTimeModule())
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			return mapper.readValue(in, PopulationData.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + RESOURCE, ex);
		}
	}

	/** The blocks that must explain themselves, by name. */
	Map<String, Explained> explainedBlocks() {
		return Map.ofEntries(Map.entry("household-sizes", this.householdSizes),
				Map.entry("household-types", this.householdTypes), Map.entry("member-ages", this.memberAges),
				Map.entry("age-structure", this.ageStructure), Map.entry("regions", this.regions),
				Map.entry("median-income", this.medianIncome), Map.entry("basic-livelihood", this.basicLivelihood),
				Map.entry("near-poor", this.nearPoor), Map.entry("disability", this.disability),
				Map.entry("veterans", this.veterans), Map.entry("single-parent", this.singleParent),
				Map.entry("multicultural", this.multicultural), Map.entry("benefit-programs", this.benefitPrograms),
				Map.entry("incomes", this.incomes), Map.entry("assets", this.assets),
				Map.entry("health-insurance", this.healthInsurance), Map.entry("life-events", this.lifeEvents),
				Map.entry("bank-accounts", this.bankAccounts), Map.entry("names", this.names),
				Map.entry("employers", this.employers));
	}

	/** A block of facts with where they come from. */
	interface Explained {

		/** Keys of {@link PopulationData#sources()}. */
		List<String> sources();

		/** Whether (part of) the block is assumed rather than sourced. */
		Boolean assumption();

		/** Why, when it is an assumption. */
		String reason();

	}

	/** A closed range of numbers. */
	record Range(double from, double to) {
	}

	record ReservedNumbers(String reason, List<String> numbers) {
	}

	record HouseholdSizes(List<String> sources, Boolean assumption, String reason,
			Map<Integer, Double> shares) implements Explained {
	}

	record AgeBand(int from, int to, double weight) {
	}

	record HouseholdType(String name, int size, double weight, List<String> members, double headFemale,
			List<AgeBand> headAges) {
	}

	record HouseholdTypes(List<String> sources, Boolean assumption, String reason,
			List<HouseholdType> types) implements Explained {
	}

	record MemberAges(List<String> sources, Boolean assumption, String reason, Range husbandOlderBy,
			Range motherAgeAtBirth, Range parentOlderBy, Range siblingGap, Range grandparentOlderBy, int maxAge,
			double femaleChildShare, double femaleParentShare) implements Explained {
	}

	record AgeStructure(List<String> sources, Boolean assumption, String reason, Map<Integer, Double> shares,
			@JsonProperty("aged-65-plus") double aged65Plus) implements Explained {
	}

	record Sido(String code, String nameKo, String nameEn, double share, @JsonProperty("class") String regionClass) {
	}

	record Area(String code, String nameKo, String nameEn) {
	}

	record Regions(List<String> sources, Boolean assumption, String reason, List<Sido> sido, List<Area> sigungu,
			List<Area> dongs) implements Explained {
	}

	record Lines(double livelihood, double medical, double housing, double education) {
	}

	record MedianIncome(List<String> sources, Boolean assumption, String reason, int year,
			List<Long> monthlyByHouseholdSize, Lines lines) implements Explained {

		/**
		 * The monthly median income of a household of this size (6 and more: the 6
		 * value).
		 */
		long monthly(int householdSize) {
			return this.monthlyByHouseholdSize.get(Math.min(householdSize, this.monthlyByHouseholdSize.size()) - 1);
		}

	}

	record IncomeBand(double from, double to, double weight) {
	}

	record BasicLivelihood(List<String> sources, Boolean assumption, String reason, double householdShare,
			double expectedPersonShare, Map<Integer, Double> recipientHouseholdSizes, List<IncomeBand> incomeBands,
			Range yearsReceiving, double suspendedShare, double formerHouseholdShare,
			double recoveredShareOfFormer) implements Explained {
	}

	record NearPoor(List<String> sources, Boolean assumption, String reason, double householdShare, Range incomeBand,
			Map<String, Double> details) implements Explained {
	}

	record Disability(List<String> sources, Boolean assumption, String reason, double share, double severeShare,
			double maleShare, Map<Integer, Double> ageShares, Map<String, String> details) implements Explained {
	}

	record VeteranRate(int from, int to, double male, double female) {
	}

	record Veterans(List<String> sources, Boolean assumption, String reason, List<VeteranRate> rates,
			Map<String, Double> details) implements Explained {
	}

	record SingleParent(List<String> sources, Boolean assumption, String reason, double incomeLine, double takeUp,
			int childAgeBelow) implements Explained {
	}

	record Multicultural(List<String> sources, Boolean assumption, String reason, double householdShare,
			@JsonProperty("naturalised-after-2020-share") double naturalisedAfter2020Share) implements Explained {
	}

	record Program(String code, String detail) {
	}

	record HousingProgram(String code, String detail, Map<String, Long> baseRent, double perExtraMember,
			Range paidShare) {
	}

	record EducationProgram(String code, String detail, Map<String, Long> annualBySchool) {
	}

	record BasicPension(String code, long monthly, double coupleReduction, int minAge, double incomeRatioBelow) {
	}

	record DisabilityPension(String code, long monthly, long recipientSupplement, int minAge, double incomeRatioBelow) {
	}

	record DisabilityAllowance(String code, long monthlyRecipient, long monthlyNearPoor, int minAge) {
	}

	record SingleParentProgram(String code, long monthlyPerChild) {
	}

	record BenefitPrograms(List<String> sources, Boolean assumption, String reason, String agency, Program livelihood,
			Program medical, HousingProgram housing, EducationProgram education, BasicPension basicPension,
			DisabilityPension disabilityPension, DisabilityAllowance disabilityAllowance,
			SingleParentProgram singleParent) implements Explained {
	}

	record Incomes(List<String> sources, Boolean assumption, String reason, double ratioMedian, double ratioSigma,
			double ratioMin, double elderlyHeadFactor, Map<String, Double> earnerWeights,
			Map<String, Double> workingShare, Map<String, Double> workKinds, double pensionerShare, double interestRate,
			double dividendRate, double rentYield, double otherIncomeShare, Range otherIncome) implements Explained {
	}

	record ByClass(double recipient, double nearPoor, double other) {
	}

	record Assets(List<String> sources, Boolean assumption, String reason, ByClass homeOwnership,
			Map<String, Long> housingMedian, Map<String, Long> rentDepositMedian, double sigma, Range poorRentDeposit,
			Range poorHousingValue, long depositMedian, Range poorDeposit, double securitiesShare,
			long securitiesMedian, double insuranceShare, long insuranceMedian, ByClass vehicleShare,
			Range vehicleValue, Range poorVehicleValue, double landShare, long landMedian, double buildingShare,
			long buildingMedian, double mortgageShare, Range mortgageRatio, double rentLoanShare, Range rentLoanRatio,
			double poorDebtShare, Range poorDebt) implements Explained {
	}

	record HealthInsurance(List<String> sources, Boolean assumption, String reason, double rate,
			long regionalMinimumPremium, int employmentInsuranceMaxAge) implements Explained {
	}

	record DeathRate(int from, int to, double rate) {
	}

	record LifeEvents(List<String> sources, Boolean assumption, String reason, List<DeathRate> deathRates,
			double deregisteredAdultShare, double emigratedShare, double movedHouseholdShare,
			double deceasedStillPaidShare) implements Explained {
	}

	record Bank(String code, String name, double weight, String pattern) {
	}

	record BankAccounts(List<String> sources, Boolean assumption, String reason, double protectedShare,
			double otherAdultShare, List<Bank> banks) implements Explained {
	}

	record GivenNames(int bornBefore, List<String> male, List<String> female) {
	}

	record Names(List<String> sources, Boolean assumption, String reason, Map<String, Double> surnames,
			List<GivenNames> given) implements Explained {
	}

	record Employers(List<String> sources, Boolean assumption, String reason, List<String> names) implements Explained {
	}

}
