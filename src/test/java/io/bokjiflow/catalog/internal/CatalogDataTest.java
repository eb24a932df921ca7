package io.bokjiflow.catalog.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.bokjiflow.catalog.Investigation;
import io.bokjiflow.catalog.Ministry;
import io.bokjiflow.catalog.Program;
import io.bokjiflow.catalog.Region;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The real catalogue files load, and the data keeps the rules the issue and FACTS.md set:
 * 27 linked programs (19 data-only, 8 investigated, 7 ministries of 2012), at least 150
 * others, sources everywhere and assumptions where FACTS.md says [inferred].
 */
class CatalogDataTest {

	private static final YamlProgramCatalog CATALOG = new YamlProgramCatalog();

	/**
	 * The programs FACTS.md a confirms by name (S1, S2); every other linked one is
	 * inferred.
	 */
	private static final Set<String> CONFIRMED = Set.of("PERMANENT_RENTAL", "PURCHASED_RENTAL", "NATIONAL_RENTAL",
			"PUBLIC_RENTAL", "LONG_TERM_JEONSE", "GREENBELT_RESIDENT_SUPPORT", "CHILD_CARE_SERVICE", "TRAVEL_VOUCHER",
			"VETERAN_PROSTHESIS", "HEAT_FEE_REDUCTION");

	@Test
	void shouldLoadTheDataFiles() {
		assertThat(CATALOG.programs().size()).isGreaterThanOrEqualTo(177);
		assertThat(CATALOG.regions()).hasSize(17).extracting(Region::code).contains("11", "26", "50", "51", "52");
		assertThat(CATALOG.ministry("MOHW")).map(Ministry::code).contains("1352000");
	}

	@Test
	void shouldHaveExactly27LinkedProgramsOf7MinistriesWith19DataOnlyAnd8Investigated() {
		List<Program> linked = CATALOG.programs().stream().filter(Program::linked).toList();
		assertThat(linked).extracting(Program::code).hasSize(27);
		Map<Investigation, Long> byKind = linked.stream()
			.collect(Collectors.groupingBy(Program::investigation, Collectors.counting()));
		assertThat(byKind).containsEntry(Investigation.DATA_ONLY, 19L).containsEntry(Investigation.INCOME_ASSET, 8L);
		assertThat(linked.stream().map(Program::ministry2012).distinct()).as("7 ministries in 2012").hasSize(7);
		assertThat(linked).extracting(Program::code).containsAll(CONFIRMED);
	}

	@Test
	void shouldHaveAtLeast150OtherPrograms() {
		assertThat(CATALOG.programs().stream().filter(p -> !p.linked()).map(Program::code))
			.hasSizeGreaterThanOrEqualTo(150);
	}

	@Test
	void shouldGiveEveryProgramASourceAndTheTextsTheFinderShows() {
		assertThat(CATALOG.programs()).allSatisfy(p -> {
			assertThat(p.sources()).as(p.code()).isNotEmpty().allSatisfy(s -> assertThat(s).isNotBlank());
			assertThat(p.lifeStages()).as(p.code()).isNotEmpty();
			assertThat(p.applyAt()).as(p.code()).isNotEmpty();
			assertThat(p.regions()).as(p.code()).isNotEmpty();
			assertThat(List.of(p.nameKo(), p.nameEn(), p.benefitKo(), p.benefitEn(), p.eligibilityKo(),
					p.eligibilityEn(), p.applyKo(), p.applyEn()))
				.as(p.code())
				.allSatisfy(t -> assertThat(t).isNotBlank());
		});
	}

	@Test
	void shouldKeepCodesAndApplicationPrefixesUnique() {
		List<Program> all = CATALOG.programs();
		assertThat(all).extracting(Program::code).doesNotHaveDuplicates().allMatch(c -> c.matches("[A-Z0-9_]+"));
		List<String> prefixes = all.stream().map(Program::applicationPrefix).filter(p -> p != null).toList();
		assertThat(prefixes).doesNotHaveDuplicates().allMatch(p -> p.matches("[A-Z]{2,3}"));
		assertThat(all.stream().filter(Program::linked)).allSatisfy(p -> {
			assertThat(p.applicationPrefix()).as(p.code()).isNotNull();
			assertThat(p.decisionDeadlineDays()).as(p.code()).isPositive();
			assertThat(p.publicData()).as(p.code()).isNotEmpty();
			assertThat(p.documentsNow()).as(p.code()).isNotEmpty().hasSizeLessThan(p.documentsBefore().size());
		});
	}

	@Test
	void shouldMarkEveryInferredLinkedProgramAsAnAssumption() {
		assertThat(CATALOG.programs().stream().filter(Program::linked).filter(p -> !CONFIRMED.contains(p.code())))
			.hasSize(17)
			.allSatisfy(p -> assertThat(p.assumptions()).as(p.code()).anyMatch(a -> a.contains("[inferred]")));
		assertThat(CATALOG.programs().stream().filter(p -> CONFIRMED.contains(p.code())))
			.allSatisfy(p -> assertThat(p.sources()).as(p.code()).anyMatch(s -> s.contains("S1, S2")));
	}

	@Test
	void shouldMakeExactlyTheLinkedProgramsApplicable() {
		assertThat(CATALOG.applicablePrograms()).hasSize(27).allMatch(Program::linked);
		assertThat(CATALOG.program("TRAVEL_VOUCHER")).map(Program::processKey).contains("travel-voucher");
	}

	@Test
	void shouldReferToKnownMinistriesAndMarkUnknownCodes() {
		Map<String, Ministry> ministries = CATALOG.ministries()
			.stream()
			.collect(Collectors.toMap(Ministry::id, Function.identity()));
		assertThat(CATALOG.programs()).allSatisfy(p -> assertThat(ministries).containsKey(p.ministry()));
		assertThat(ministries.values().stream().filter(m -> m.code() == null))
			.allSatisfy(m -> assertThat(m.assumptions()).as(m.id()).isNotEmpty());
		Set<String> used = new HashSet<>();
		CATALOG.programs().forEach(p -> used.add(p.ministry()));
		assertThat(used).as("central programs of many ministries").hasSizeGreaterThanOrEqualTo(15);
	}

	@Test
	void shouldRefuseAFileWithAnUnknownField() {
		assertThatThrownBy(
				() -> new YamlProgramCatalog(List.of("catalog/reference.yml", "catalog-test/unknown-field.yml")))
			.hasMessageContaining("Unrecognized field \"eligibilty\"");
	}

	@Test
	void shouldRefuseAProgramWithoutSourceOrWithAnUnknownRegion() {
		assertThatThrownBy(() -> new YamlProgramCatalog(List.of("catalog/reference.yml", "catalog-test/broken.yml")))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("program NO_SOURCE: at least one source is required")
			.hasMessageContaining("program BAD_REGION: unknown 시·도 code 99")
			.hasMessageContaining("program LINKED_WITHOUT_PREFIX: a linked program needs an applicationPrefix")
			.hasMessageContaining(
					"program REQUIRES_UNLISTED: requiredSituations must be some of the program's situations");
	}

}
