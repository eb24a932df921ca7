package io.bokjiflow.population.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import io.bokjiflow.publicdata.SimulatorBulkLoad.AgencyPerson;
import io.bokjiflow.registry.RegistryBulkLoad.PersonRecord;
import io.bokjiflow.registry.Rrn;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Determinism of the generator, without a database: the same seed gives the same
 * population, another seed another one.
 */
class PopulationGeneratorTest {

	private static final int SIZE = 5_000;

	@Test
	void shouldGenerateTheSamePopulationFromTheSameSeed() {
		String first = checksum(generate(20261122, SIZE));
		String second = checksum(generate(20261122, SIZE));

		assertThat(second).isEqualTo(first);
	}

	@Test
	void shouldGenerateAnotherPopulationFromAnotherSeed() {
		List<GeneratedHousehold> a = generate(20261122, SIZE);
		List<GeneratedHousehold> b = generate(20261123, SIZE);

		assertThat(checksum(b)).isNotEqualTo(checksum(a));
		assertThat(numbers(b)).doesNotContainAnyElementsOf(numbers(a).subList(0, 100));
	}

	@Test
	void shouldGenerateExactlyTheRequestedNumberOfPersons() {
		for (int size : new int[] { 0, 1, 7, 300, 2_001 }) {
			assertThat(generate(7, size).stream().mapToInt(h -> h.persons().size()).sum()).as("size %d", size)
				.isEqualTo(size);
		}
	}

	@Test
	void shouldMakeASmallerPopulationTheBeginningOfALargerOne() {
		List<GeneratedHousehold> small = generate(99, 300);
		List<GeneratedHousehold> large = generate(99, 3_000);

		// All but the last household (cut to size) are the same.
		assertThat(checksum(large.subList(0, small.size() - 1)))
			.isEqualTo(checksum(small.subList(0, small.size() - 1)));
	}

	@Test
	void shouldNeverHandOutTheSimulatorsOrTheDocumentedNumbers() {
		Set<Rrn> reserved = new java.util.HashSet<>(Fixtures.simulatorNumbers());
		Fixtures.DATA.reservedNumbers().numbers().forEach(n -> reserved.add(Rrn.parse(n)));

		List<Rrn> numbers = numbers(generate(20261122, 20_000));

		assertThat(reserved).hasSizeGreaterThan(20);
		assertThat(numbers).doesNotContainAnyElementsOf(reserved);
	}

	@Test
	void shouldAssessEveryLivingPoorPersonAndAboutAFifthOfTheOthers() {
		List<GeneratedHousehold> households = generate(20261122, SIZE);
		int poor = 0;
		int others = 0;
		int othersAssessed = 0;
		for (GeneratedHousehold h : households) {
			for (PersonRecord p : h.persons()) {
				boolean isPoor = p.qualifications()
					.stream()
					.anyMatch(q -> ("BASIC_LIVELIHOOD".equals(q.kind()) || "NEAR_POOR".equals(q.kind()))
							&& q.validTo() == null);
				if (p.status() != io.bokjiflow.registry.PersonStatus.ALIVE) {
					assertThat(p.incomeAssessments()).isEmpty();
					continue;
				}
				if (isPoor) {
					poor++;
					assertThat(p.incomeAssessments()).hasSize(1);
				}
				else {
					others++;
					othersAssessed += p.incomeAssessments().size();
				}
				for (var a : p.incomeAssessments()) {
					assertThat(a.householdSize()).isEqualTo(h.persons().size());
					assertThat(a.recognisedIncomeWon()).isNotNegative();
					assertThat(a.assessedOn()).isBefore(Fixtures.DATA.referenceDate());
					// Within ±10 % of the household's income share of the median.
					double expected = h.incomeRatio() * Fixtures.DATA.medianIncome().monthly(h.persons().size());
					assertThat((double) a.recognisedIncomeWon()).isBetween(expected * 0.9 - 10, expected * 1.1 + 10);
				}
			}
		}
		assertThat(poor).isPositive();
		assertThat((double) othersAssessed / others).isBetween(0.15, 0.25);
	}

	@Test
	void shouldRefuseANegativeSize() {
		assertThatThrownBy(() -> new PopulationGenerator(Fixtures.DATA, 1, -1, 1, List.of()))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void shouldComputeTheLegacyCheckDigit() {
		// 580315-2123457 and 850912-1456786 are valid legacy numbers (RrnTest).
		assertThat(PopulationGenerator.checkDigit(580315212345L)).isEqualTo(7);
		assertThat(PopulationGenerator.checkDigit(850912145678L)).isEqualTo(6);
	}

	static List<GeneratedHousehold> generate(long seed, int size) {
		List<GeneratedHousehold> households = new ArrayList<>();
		new PopulationGenerator(Fixtures.DATA, seed, size, 1, Fixtures.simulatorNumbers())
			.forEachRemaining(households::add);
		return households;
	}

	private static List<Rrn> numbers(List<GeneratedHousehold> households) {
		return households.stream().flatMap(h -> h.persons().stream()).map(PersonRecord::rrn).toList();
	}

	/**
	 * SHA-256 over every seventh household: its registry and agency records in full,
	 * clear numbers and account numbers included (record toString masks them).
	 */
	static String checksum(List<GeneratedHousehold> households) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			for (int i = 0; i < households.size(); i += 7) {
				GeneratedHousehold h = households.get(i);
				update(sha, h.householdNo() + h.type() + h.economicClass() + h.incomeRatio() + h.household());
				for (PersonRecord p : h.persons()) {
					update(sha, p.rrn().reveal() + p);
					p.accounts().forEach(a -> update(sha, a.number()));
				}
				for (AgencyPerson a : h.agencyPersons()) {
					update(sha, a.toString());
				}
			}
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void update(MessageDigest sha, String text) {
		sha.update(text.getBytes(StandardCharsets.UTF_8));
	}

}
