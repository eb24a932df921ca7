package io.bokjiflow.population.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.bokjiflow.population.internal.PopulationData.Explained;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The data file explains itself and uses only real, known regions.
 */
class PopulationDataTest {

	private static final PopulationData DATA = Fixtures.DATA;

	private static final Pattern EMD_INSERT = Pattern.compile("\\('(\\d{10})', '(\\d{5})', 'EMD'");

	@Test
	void shouldNameASourceOrAReasonForEveryBlock() {
		for (Map.Entry<String, Explained> block : DATA.explainedBlocks().entrySet()) {
			Explained e = block.getValue();
			boolean sourced = e.sources() != null && !e.sources().isEmpty();
			boolean assumed = Boolean.TRUE.equals(e.assumption()) && e.reason() != null && !e.reason().isBlank();
			assertThat(sourced || assumed).as("%s has a source or is an assumption with a reason", block.getKey())
				.isTrue();
			if (Boolean.TRUE.equals(e.assumption())) {
				assertThat(e.reason()).as("%s: reason", block.getKey()).isNotBlank();
			}
			if (sourced) {
				assertThat(DATA.sources()).as("%s cites known sources", block.getKey())
					.containsKeys(e.sources().toArray(String[]::new));
			}
		}
	}

	@Test
	void shouldAddUpShares() {
		assertThat(sum(DATA.householdSizes().shares())).isCloseTo(100.0, within(0.5));
		assertThat(sum(DATA.ageStructure().shares())).isCloseTo(100.0, within(0.5));
		assertThat(DATA.regions().sido().stream().mapToDouble(PopulationData.Sido::share).sum()).isCloseTo(100.0,
				within(0.5));
		assertThat(DATA.medianIncome().monthlyByHouseholdSize()).hasSize(6).isSorted();
	}

	@Test
	void shouldGiveEveryHouseholdTypeItsSize() {
		assertThat(DATA.householdTypes().types()).allSatisfy(t -> {
			assertThat(t.members()).as(t.name()).hasSize(t.size() - 1);
			assertThat(t.headAges()).as(t.name()).isNotEmpty();
		});
		for (int size : DATA.householdSizes().shares().keySet()) {
			assertThat(DATA.householdTypes().types()).as("a type of size %d", size).anyMatch(t -> t.size() == size);
		}
	}

	@Test
	void shouldUseOnlyRegionsThatExistAsOrganisations() {
		Set<String> sido = new HashSet<>();
		DATA.regions().sido().forEach(s -> sido.add(s.code()));
		Set<String> sigungu = new HashSet<>();
		DATA.regions().sigungu().forEach(s -> {
			assertThat(s.code()).matches("\\d{5}");
			assertThat(sido).as("시·도 of %s", s.code()).contains(s.code().substring(0, 2));
			sigungu.add(s.code());
		});
		Set<String> migrations = emdCodesInMigrations();
		DATA.regions().dongs().forEach(d -> {
			assertThat(d.code()).matches("\\d{5}\\d{3}00");
			assertThat(sigungu).as("시·군·구 of %s", d.code()).contains(d.code().substring(0, 5));
			assertThat(migrations).as("EMD organisation %s in V1/V6", d.code()).contains(d.code());
			assertThat(d.nameEn()).as("English name of %s", d.code()).isNotBlank();
		});
		// Seoul's 25 자치구 are all there; every 시·도 has at least one 행정동.
		assertThat(sigungu.stream().filter(c -> c.startsWith("11"))).hasSize(25);
		assertThat(sido).hasSize(17)
			.allSatisfy(s -> assertThat(DATA.regions().dongs()).anyMatch(d -> d.code().startsWith(s)));
	}

	/** 행정동 codes that the Flyway migrations insert as EMD organisations. */
	static Set<String> emdCodesInMigrations() {
		Set<String> codes = new HashSet<>();
		try {
			for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*.sql")) {
				Matcher m = EMD_INSERT.matcher(r.getContentAsString(StandardCharsets.UTF_8));
				while (m.find()) {
					codes.add(m.group(1));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return codes;
	}

	private static double sum(Map<Integer, Double> shares) {
		return shares.values().stream().mapToDouble(Double::doubleValue).sum();
	}

}
