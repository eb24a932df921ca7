package io.bokjiflow.population.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import io.bokjiflow.population.internal.GeneratedHousehold.EconomicClass;
import io.bokjiflow.publicdata.SimulatorBulkLoad.AgencyPerson;
import io.bokjiflow.registry.BankAccountKind;
import io.bokjiflow.registry.BenefitStatus;
import io.bokjiflow.registry.PersonStatus;
import io.bokjiflow.registry.RegistryBulkLoad.BenefitRecord;
import io.bokjiflow.registry.RegistryBulkLoad.MemberRecord;
import io.bokjiflow.registry.RegistryBulkLoad.PersonRecord;
import io.bokjiflow.registry.RegistryBulkLoad.QualificationRecord;
import io.bokjiflow.registry.Relationship;
import io.bokjiflow.registry.Rrn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The shape of 20,000 generated persons against the statistics of the data file, within
 * stated bounds (the demo population's size, seed 20261122).
 */
class PopulationDistributionTest {

	private static final int SIZE = 20_000;

	private static final PopulationData DATA = Fixtures.DATA;

	private static final LocalDate TODAY = DATA.referenceDate();

	private static List<GeneratedHousehold> households;

	private static List<PersonRecord> persons;

	@BeforeAll
	static void generate() {
		households = PopulationGeneratorTest.generate(20261122, SIZE);
		persons = households.stream().flatMap(h -> h.persons().stream()).toList();
	}

	@Test
	void shouldShapeHouseholdsLikeThe2020Census() {
		Map<Integer, Integer> bySize = new HashMap<>();
		households.forEach(h -> bySize.merge(Math.min(6, h.persons().size()), 1, Integer::sum));
		double total = households.size();
		Map<Integer, Double> census = DATA.householdSizes().shares();
		double censusTotal = census.values().stream().mapToDouble(Double::doubleValue).sum();

		for (int size = 1; size <= 6; size++) {
			double share = 100 * bySize.getOrDefault(size, 0) / total;
			assertThat(share).as("households of %d", size)
				.isCloseTo(100 * census.get(size) / censusTotal, within(size <= 4 ? 1.5 : 0.8));
		}
		// 2020 census: 2.34 persons per household.
		assertThat(SIZE / total).isCloseTo(2.34, within(0.08));
	}

	@Test
	void shouldFollowTheAgeStructureOf2024() {
		Map<Integer, Integer> byDecade = new HashMap<>();
		int aged65 = 0;
		for (PersonRecord p : persons) {
			int age = age(p);
			byDecade.merge(Math.min(70, age / 10 * 10), 1, Integer::sum);
			aged65 += age >= 65 ? 1 : 0;
		}
		for (var target : DATA.ageStructure().shares().entrySet()) {
			double share = 100.0 * byDecade.getOrDefault(target.getKey(), 0) / SIZE;
			assertThat(share).as("ages %d-%d", target.getKey(), target.getKey() + 9)
				.isCloseTo(target.getValue(), within(2.0));
		}
		assertThat(100.0 * aged65 / SIZE).as("65 and older").isBetween(17.0, 23.0);
		assertThat(persons).allSatisfy(p -> assertThat(age(p)).isBetween(0, DATA.memberAges().maxAge()));
	}

	@Test
	void shouldKeepAgesConsistentWithinAHousehold() {
		for (GeneratedHousehold h : households) {
			Map<Relationship, List<Integer>> ages = new HashMap<>();
			for (int i = 0; i < h.persons().size(); i++) {
				MemberRecord member = h.household().members().get(i);
				assertThat(member.personId()).isEqualTo(h.persons().get(i).id());
				ages.computeIfAbsent(member.relationship(), r -> new java.util.ArrayList<>())
					.add(age(h.persons().get(i)));
			}
			assertThat(ages.get(Relationship.HEAD)).as("one head").hasSize(1);
			int head = ages.get(Relationship.HEAD).get(0);
			assertThat(h.household().headPersonId()).isEqualTo(h.persons().get(0).id());
			ages.getOrDefault(Relationship.SPOUSE, List.of())
				.forEach(spouse -> assertThat(spouse).as("spouse of %s", h.type()).isGreaterThanOrEqualTo(19));
			ages.getOrDefault(Relationship.CHILD, List.of())
				.forEach(child -> assertThat(head - child).as("head - child in %s", h.type())
					.isGreaterThanOrEqualTo(15));
			ages.getOrDefault(Relationship.PARENT, List.of())
				.forEach(parent -> assertThat(parent - head).as("parent - head in %s", h.type())
					.isGreaterThanOrEqualTo(15));
			ages.getOrDefault(Relationship.GRANDCHILD, List.of())
				.forEach(child -> assertThat(head - child).as("grandparent - grandchild").isGreaterThanOrEqualTo(40));
			assertThat(h.persons()).as("one address per household")
				.allSatisfy(p -> assertThat(p.adminDongCode()).isEqualTo(h.household().adminDongCode()));
		}
	}

	@Test
	void shouldGiveEveryPersonAValidUniqueNumber() {
		Set<Rrn> seen = new HashSet<>();
		int randomDigits = 0;
		for (GeneratedHousehold h : households) {
			for (PersonRecord p : h.persons()) {
				Rrn reparsed = Rrn.parse(p.rrn().reveal());
				assertThat(reparsed.birthDate()).isEqualTo(p.birthDate());
				assertThat(reparsed.sex()).isEqualTo(p.sex());
				assertThat(reparsed.foreigner()).isFalse();
				assertThat(seen.add(reparsed)).as("unique number").isTrue();
				if (!reparsed.checksumMatches()) {
					randomDigits++;
					// Only numbers issued from 2020-10 (births, naturalisations) may
					// miss.
					boolean naturalised = p.qualifications()
						.stream()
						.anyMatch(q -> q.kind().equals("MULTICULTURAL_FAMILY") && q.detail().equals("결혼이민자"));
					assertThat(!p.birthDate().isBefore(PopulationGenerator.RANDOM_NUMBERS_FROM) || naturalised)
						.as("legacy check digit for a person born %s", p.birthDate())
						.isTrue();
				}
			}
		}
		assertThat(seen).hasSize(SIZE);
		assertThat(100.0 * randomDigits / SIZE).as("numbers with random last digits").isBetween(1.0, 6.0);
	}

	@Test
	void shouldOnlyUseTheDataFilesRealCommunityCentres() {
		Set<String> known = new HashSet<>();
		DATA.regions().dongs().forEach(d -> known.add(d.code()));
		Set<String> used = new HashSet<>();
		persons.forEach(p -> used.add(p.adminDongCode()));

		assertThat(known).containsAll(used);
		assertThat(PopulationDataTest.emdCodesInMigrations()).containsAll(used);
		// 20,000 persons reach nearly every one of the ~100 행정동 (the smallest weigh
		// ~0.1%).
		assertThat(used.size()).isGreaterThan(known.size() * 9 / 10);
		double seoul = persons.stream().filter(p -> p.adminDongCode().startsWith("11")).count() * 100.0 / SIZE;
		assertThat(seoul).as("Seoul's share").isCloseTo(18.2, within(1.5));
	}

	@Test
	void shouldMakeAboutFivePercentBasicLivelihoodRecipients() {
		double recipients = share(p -> open(p, "BASIC_LIVELIHOOD"));
		double livelihood = share(p -> open(p, "BASIC_LIVELIHOOD") && openDetail(p, "BASIC_LIVELIHOOD").contains("생계"));

		assertThat(recipients).as("recipients, NBLS-2023: 255만 of 5,122만 = 5.0%").isBetween(4.0, 6.0);
		assertThat(livelihood).as("livelihood benefit").isBetween(2.5, 4.5);
		long recipientHouseholds = households.stream()
			.filter(h -> h.economicClass() == EconomicClass.RECIPIENT)
			.count();
		assertThat(100.0 * recipientHouseholds / households.size()).as("of households, NBLS-2023 / CENSUS-2023")
			.isCloseTo(7.87, within(1.2));
	}

	@Test
	void shouldGiveLivelihoodRecipientsTheirBenefitRecords() {
		var lines = DATA.medianIncome().lines();
		for (GeneratedHousehold h : households) {
			for (PersonRecord p : h.persons()) {
				if (!open(p, "BASIC_LIVELIHOOD") || !openDetail(p, "BASIC_LIVELIHOOD").contains("생계")) {
					continue;
				}
				List<BenefitRecord> livelihood = p.benefits()
					.stream()
					.filter(b -> b.programCode().equals("LIVELIHOOD_BENEFIT"))
					.toList();
				assertThat(livelihood).as("livelihood record").hasSize(1);
				BenefitRecord record = livelihood.get(0);
				assertThat(record.status()).isIn(BenefitStatus.ACTIVE, BenefitStatus.SUSPENDED);
				assertThat(record.periodTo()).isNull();
				assertThat(record.agencyCode()).isEqualTo(p.adminDongCode().substring(0, 5));
				long line = Math.round(lines.livelihood() * DATA.medianIncome().monthly(h.persons().size()));
				if (p.id().equals(h.household().headPersonId())) {
					assertThat(record.amountWon()).as("livelihood amount of the household").isBetween(10L, line);
				}
				else {
					assertThat(record.amountWon()).as("paid to the head").isZero();
				}
			}
		}
		double active = persons.stream()
			.flatMap(p -> p.benefits().stream())
			.filter(b -> b.programCode().equals("LIVELIHOOD_BENEFIT") && b.periodTo() == null)
			.filter(b -> b.status() == BenefitStatus.ACTIVE)
			.count();
		assertThat(active).isGreaterThan(0.025 * SIZE);
	}

	@Test
	void shouldRegisterDisabilityLikeThe2023Statistics() {
		List<PersonRecord> disabled = persons.stream().filter(p -> open(p, "DISABILITY")).toList();
		long severe = disabled.stream().filter(p -> openDetail(p, "DISABILITY").equals("심한 장애")).count();
		long aged65 = disabled.stream().filter(p -> age(p) >= 65).count();

		assertThat(100.0 * disabled.size() / SIZE).as("DISABILITY-2023: 5.1%").isBetween(4.0, 6.2);
		assertThat(100.0 * severe / disabled.size()).as("severe: 37.0%").isCloseTo(37.0, within(5.0));
		assertThat(100.0 * aged65 / disabled.size()).as("65+: 53.9%").isCloseTo(53.9, within(8.0));
	}

	@Test
	void shouldGiveOtherQualificationsInSmallProportions() {
		assertThat(share(p -> open(p, "NEAR_POOR"))).isBetween(1.0, 3.5);
		assertThat(share(p -> open(p, "VETERAN"))).isBetween(0.7, 2.5);
		assertThat(share(p -> open(p, "SINGLE_PARENT"))).isBetween(0.3, 2.0);
		assertThat(share(p -> open(p, "MULTICULTURAL_FAMILY"))).as("CENSUS-2023: about 2.3% of persons")
			.isBetween(1.5, 3.5);
		assertThat(persons).noneMatch(p -> open(p, "BASIC_LIVELIHOOD") && open(p, "NEAR_POOR"));
	}

	@Test
	void shouldEndTheRecordsOfThoseWhoDiedOrLeftExceptTheDeliberateFew() {
		long deceasedWithActiveBenefits = 0;
		long deceasedWithBenefits = 0;
		for (PersonRecord p : persons) {
			if (p.status() != PersonStatus.DECEASED && p.status() != PersonStatus.EMIGRATED) {
				continue;
			}
			assertThat(p.events()).as("a life event for the status").isNotEmpty();
			if (p.benefits().isEmpty()) {
				continue;
			}
			deceasedWithBenefits++;
			if (p.benefits().stream().anyMatch(b -> b.status() == BenefitStatus.ACTIVE)) {
				deceasedWithActiveBenefits++;
				assertThat(p.status()).as("only deceased persons are deliberately still paid")
					.isEqualTo(PersonStatus.DECEASED);
			}
		}
		assertThat(deceasedWithBenefits).isPositive();
		assertThat((double) deceasedWithActiveBenefits / deceasedWithBenefits).as("still paid (integrity findings)")
			.isLessThan(0.2);
	}

	@Test
	void shouldKeepNonAliveStatusesSmall() {
		assertThat(share(p -> p.status() == PersonStatus.DECEASED)).isBetween(0.3, 1.2);
		assertThat(share(p -> p.status() == PersonStatus.DEREGISTERED)).isBetween(0.3, 1.2);
		assertThat(share(p -> p.status() == PersonStatus.EMIGRATED)).isLessThan(0.3);
		assertThat(share(p -> p.status() == PersonStatus.ALIVE)).isGreaterThan(97.5);
	}

	@Test
	void shouldOpenSeizureProtectedAccountsOnlyForCashRecipients() {
		int protectedAccounts = 0;
		for (PersonRecord p : persons) {
			long protectedHere = p.accounts()
				.stream()
				.filter(a -> a.kind() == BankAccountKind.SEIZURE_PROTECTED)
				.count();
			assertThat(protectedHere).isLessThanOrEqualTo(1);
			if (protectedHere > 0) {
				protectedAccounts++;
				assertThat(p.benefits()).anyMatch(b -> b.amountWon() > 0);
			}
			p.accounts().forEach(a -> assertThat(a.openedOn()).isAfter(p.birthDate()).isBeforeOrEqualTo(TODAY));
		}
		assertThat(protectedAccounts).isPositive();
	}

	@Test
	void shouldTellTheAgenciesTheSameAsTheRegistry() {
		for (GeneratedHousehold h : households) {
			assertThat(h.agencyPersons()).hasSameSizeAs(h.persons());
			for (int i = 0; i < h.persons().size(); i++) {
				PersonRecord p = h.persons().get(i);
				AgencyPerson a = h.agencyPersons().get(i);
				assertThat(a.rrn()).isEqualTo(p.rrn());
				assertThat(a.name()).isEqualTo(p.name());
				assertThat(a.adminDongCode()).isEqualTo(p.adminDongCode());
				assertThat(a.status()).isEqualTo(p.status());
				assertThat(a.householdNo()).isEqualTo(h.householdNo());
				assertThat(a.qualifications()).extracting(q -> q.kind().name())
					.containsExactlyElementsOf(p.qualifications().stream().map(QualificationRecord::kind).toList());
				assertThat(a.insurance() == null).as("insurance only for the living")
					.isEqualTo(p.status() != PersonStatus.ALIVE);
				a.incomes().forEach(income -> assertThat(income.annualWon()).isPositive());
				a.assets().forEach(asset -> assertThat(asset.valueWon()).isPositive());
			}
		}
	}

	@Test
	void shouldGiveLowerIncomesToRecipientsThanToOthers() {
		Map<EconomicClass, double[]> perPerson = new HashMap<>();
		for (GeneratedHousehold h : households) {
			long income = h.agencyPersons()
				.stream()
				.flatMap(a -> a.incomes().stream())
				.filter(i -> i.kind() != io.bokjiflow.publicdata.IncomeKind.INTEREST)
				.mapToLong(i -> i.annualWon())
				.sum();
			double[] acc = perPerson.computeIfAbsent(h.economicClass(), c -> new double[2]);
			acc[0] += income;
			acc[1] += h.persons().size();
		}
		double recipient = perPerson.get(EconomicClass.RECIPIENT)[0] / perPerson.get(EconomicClass.RECIPIENT)[1];
		double other = perPerson.get(EconomicClass.OTHER)[0] / perPerson.get(EconomicClass.OTHER)[1];
		assertThat(recipient).isLessThan(other / 3);
	}

	private static double share(Predicate<PersonRecord> predicate) {
		return 100.0 * persons.stream().filter(predicate).count() / SIZE;
	}

	private static boolean open(PersonRecord p, String kind) {
		return p.qualifications().stream().anyMatch(q -> q.kind().equals(kind) && q.validTo() == null);
	}

	private static String openDetail(PersonRecord p, String kind) {
		return p.qualifications()
			.stream()
			.filter(q -> q.kind().equals(kind) && q.validTo() == null)
			.map(QualificationRecord::detail)
			.findFirst()
			.orElse("");
	}

	private static int age(PersonRecord p) {
		return Period.between(p.birthDate(), TODAY).getYears();
	}

}
