package io.bokjiflow.catalog.internal;

import java.util.ArrayList;
import java.util.List;

import io.bokjiflow.catalog.BenefitKind;
import io.bokjiflow.catalog.LifeStage;
import io.bokjiflow.catalog.Program;
import io.bokjiflow.catalog.ProgramQuery;
import io.bokjiflow.catalog.Situation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue search against the real data files: keywords in Korean and English, life
 * stage, situation, region, benefit kind and linked, combined, in a stable order.
 */
class ProgramSearchTest {

	private static final YamlProgramCatalog CATALOG = new YamlProgramCatalog();

	@Test
	void shouldFindTheTravelVoucherByKoreanKeyword() {
		List<Program> found = CATALOG.search(ProgramQuery.all().withKeyword("바우처"));
		assertThat(found).extracting(Program::code).contains("TRAVEL_VOUCHER", "ENERGY_VOUCHER");
		assertThat(found).allSatisfy(p -> assertThat(String.join(" ", p.nameKo(), p.nameEn(), p.eligibilityKo(),
				p.eligibilityEn(), p.benefitKo(), p.benefitEn(), ministryNames(p)))
			.containsIgnoringCase("바우처"));
	}

	@Test
	void shouldFindByEnglishKeywordIgnoringCaseAndRequireEveryWord() {
		assertThat(CATALOG.search(ProgramQuery.all().withKeyword("TRAVEL voucher"))).extracting(Program::code)
			.first()
			.isEqualTo("TRAVEL_VOUCHER");
		assertThat(CATALOG.search(ProgramQuery.all().withKeyword("travel nonexistentword"))).extracting(Program::code)
			.isEmpty();
	}

	@Test
	void shouldMatchKoreanWithOrWithoutSpaces() {
		assertThat(CATALOG.search(ProgramQuery.all().withKeyword("기초연금"))).extracting(Program::code)
			.contains("BASIC_PENSION");
		assertThat(CATALOG.search(ProgramQuery.all().withKeyword("기초 연금"))).extracting(Program::code)
			.contains("BASIC_PENSION");
		assertThat(CATALOG.search(ProgramQuery.all().withKeyword("한부모 양육비"))).extracting(Program::code)
			.contains("SINGLE_PARENT_CHILD_SUPPORT");
	}

	@Test
	void shouldFindTheBasicPensionForOldAgeAndLowIncome() {
		List<Program> found = CATALOG
			.search(ProgramQuery.all().withLifeStage(LifeStage.OLD_AGE).withSituation(Situation.LOW_INCOME));
		assertThat(found).extracting(Program::code).contains("BASIC_PENSION", "SENIOR_CUSTOMISED_CARE");
		assertThat(found).allSatisfy(p -> {
			assertThat(p.lifeStages()).contains(LifeStage.OLD_AGE);
			assertThat(p.situations()).contains(Situation.LOW_INCOME);
		});
		assertThat(found).extracting(Program::code).doesNotContain("PARENT_BENEFIT", "CHILD_ALLOWANCE");
	}

	@Test
	void shouldExcludeAProgramLimitedToOtherRegions() {
		Program greenbelt = CATALOG.program("GREENBELT_RESIDENT_SUPPORT").orElseThrow();
		assertThat(greenbelt.regions()).doesNotContain("50");
		assertThat(CATALOG.search(ProgramQuery.all().withRegion("50"))).extracting(Program::code)
			.doesNotContain("GREENBELT_RESIDENT_SUPPORT", "LONG_TERM_JEONSE")
			.contains("BASIC_PENSION", "TRAVEL_VOUCHER");
		assertThat(CATALOG.search(ProgramQuery.all().withRegion("11"))).extracting(Program::code)
			.contains("GREENBELT_RESIDENT_SUPPORT", "LONG_TERM_JEONSE", "BASIC_PENSION");
		assertThat(CATALOG.count(ProgramQuery.all().withRegion("50")))
			.isLessThan(CATALOG.count(ProgramQuery.all().withRegion("11")));
	}

	@Test
	void shouldFilterByBenefitKindAndLinked() {
		List<Program> vouchers = CATALOG.search(ProgramQuery.all().withBenefitKind(BenefitKind.VOUCHER));
		assertThat(vouchers).isNotEmpty().allMatch(p -> p.benefitKind() == BenefitKind.VOUCHER);
		assertThat(CATALOG.search(ProgramQuery.all().withLinked(true))).allMatch(Program::linked)
			.extracting(Program::code)
			.hasSize(27);
		assertThat(CATALOG.search(ProgramQuery.all().withLinked(false))).hasSize(CATALOG.programs().size() - 27)
			.noneMatch(Program::linked);
		List<Program> linkedHousing = CATALOG
			.search(ProgramQuery.all().withLinked(true).withBenefitKind(BenefitKind.HOUSING));
		assertThat(linkedHousing).extracting(Program::code)
			.containsExactlyInAnyOrder("PERMANENT_RENTAL", "PURCHASED_RENTAL", "NATIONAL_RENTAL", "PUBLIC_RENTAL",
					"LONG_TERM_JEONSE", "JEONSE_RENTAL");
	}

	@Test
	void shouldCombineEveryFilter() {
		ProgramQuery query = ProgramQuery.all()
			.withKeyword("감면")
			.withLifeStage(LifeStage.OLD_AGE)
			.withSituation(Situation.DISABILITY)
			.withRegion("26")
			.withBenefitKind(BenefitKind.REDUCTION)
			.withLinked(true);
		List<Program> found = CATALOG.search(query);
		assertThat(found).extracting(Program::code).contains("TELECOM_FEE_REDUCTION", "TOLL_DISCOUNT");
		assertThat(found).allSatisfy(p -> {
			assertThat(p.linked()).isTrue();
			assertThat(p.benefitKind()).isEqualTo(BenefitKind.REDUCTION);
			assertThat(p.situations()).contains(Situation.DISABILITY);
			assertThat(p.lifeStages()).contains(LifeStage.OLD_AGE);
			assertThat(p.runsIn("26")).isTrue();
		});
		assertThat(CATALOG.search(query.withSituation(Situation.MULTICULTURAL))).isEmpty();
	}

	@Test
	void shouldOrderNameMatchesFirstThenByKoreanNameStably() {
		List<Program> found = CATALOG.search(ProgramQuery.all().withKeyword("장애"));
		int firstOther = 0;
		while (firstOther < found.size()
				&& (found.get(firstOther).nameKo() + found.get(firstOther).nameEn()).toLowerCase().contains("장애")) {
			firstOther++;
		}
		assertThat(firstOther).as("name matches come first").isGreaterThan(5);
		assertThat(found.subList(firstOther, found.size())).as("then programs that only mention it")
			.isNotEmpty()
			.noneMatch(p -> (p.nameKo() + p.nameEn()).contains("장애"));
		assertThat(found.subList(0, firstOther)).extracting(Program::nameKo).isSorted();
		assertThat(CATALOG.search(ProgramQuery.all().withKeyword("장애"))).isEqualTo(found);
		assertThat(CATALOG.search(ProgramQuery.all())).extracting(Program::nameKo).isSorted();
	}

	@Test
	void shouldPageThroughTheSameOrder() {
		ProgramQuery query = ProgramQuery.all().withLifeStage(LifeStage.CHILD_YOUTH);
		List<Program> all = CATALOG.search(query);
		List<Program> paged = new ArrayList<>();
		for (int offset = 0; offset < all.size(); offset += 7) {
			paged.addAll(CATALOG.search(query, offset, 7));
		}
		assertThat(paged).isEqualTo(all);
		assertThat(CATALOG.count(query)).isEqualTo(all.size());
		assertThat(CATALOG.search(query, all.size() + 10, 5)).isEmpty();
	}

	@Test
	void shouldFindEverythingWithoutFilters() {
		assertThat(CATALOG.count(ProgramQuery.all())).isEqualTo(CATALOG.programs().size());
		assertThat(CATALOG.count(ProgramQuery.all().withKeyword("   "))).isEqualTo(CATALOG.programs().size());
	}

	private static String ministryNames(Program p) {
		return CATALOG.ministry(p.ministry()).map(m -> m.nameKo() + " " + m.nameEn()).orElse("");
	}

}
