package io.bokjiflow.openmarket.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.bokjiflow.casework.IncomeStandards;
import io.bokjiflow.openmarket.Criteria;
import io.bokjiflow.openmarket.Eligibility;
import io.bokjiflow.openmarket.Subject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-memory evaluator at and one past every boundary, with its explanations.
 */
class CriteriaEvaluateTest {

	private static final LocalDate ON = LocalDate.of(2026, 6, 15);

	private static IncomeStandards standards;

	private static RegistryCriteriaEvaluator evaluator;

	@BeforeAll
	static void load() throws IOException {
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources", IncomeStandards.RESOURCE))) {
			standards = IncomeStandards.load(in);
		}
		evaluator = new RegistryCriteriaEvaluator(new JdbcTemplate(), standards);
	}

	private static Subject person(LocalDate birth) {
		return new Subject(UUID.randomUUID(), "F", birth, LocalDate.of(2020, 1, 1), "1111051500", 1, 0, Set.of(), null,
				null);
	}

	private static Criteria criteria() {
		return Criteria.NONE;
	}

	private static Criteria ages(Integer min, Integer max) {
		return new Criteria(null, min, max, null, null, null, null, null, null, null);
	}

	private static Eligibility.Condition only(Eligibility e) {
		assertThat(e.conditions()).hasSize(1);
		return e.conditions().get(0);
	}

	@Test
	void shouldQualifyEverybodyWithoutConditions() {
		Eligibility e = evaluator.evaluate(criteria(), person(LocalDate.of(1990, 1, 1)), ON);

		assertThat(e.eligible()).isTrue();
		assertThat(e.conditions()).isEmpty();
	}

	@Test
	void shouldMeetTheMinimumAgeOnTheBirthdayAndNotTheDayBefore() {
		Eligibility on = evaluator.evaluate(ages(65, null), person(LocalDate.of(1961, 6, 15)), ON);
		Eligibility dayBefore = evaluator.evaluate(ages(65, null), person(LocalDate.of(1961, 6, 16)), ON);

		assertThat(on.eligible()).isTrue();
		assertThat(only(on).criterion()).isEqualTo("minAge");
		assertThat(only(on).explanationKo()).isEqualTo("나이 65세 ≥ 65세 (기준 충족)");
		assertThat(only(on).explanation(Locale.ENGLISH)).isEqualTo("age 65 ≥ 65 (met)");
		assertThat(dayBefore.eligible()).isFalse();
		assertThat(only(dayBefore).explanationKo()).isEqualTo("나이 64세 < 65세 (기준 미충족)");
		assertThat(only(dayBefore).explanationEn()).isEqualTo("age 64 < 65 (not met)");
	}

	@Test
	void shouldMeetTheMaximumAgeUntilTheNextBirthday() {
		Eligibility seventy = evaluator.evaluate(ages(null, 70), person(LocalDate.of(1955, 6, 16)), ON);
		Eligibility seventyOne = evaluator.evaluate(ages(null, 70), person(LocalDate.of(1955, 6, 15)), ON);

		assertThat(seventy.eligible()).isTrue();
		assertThat(only(seventy).explanationKo()).isEqualTo("나이 70세 ≤ 70세 (기준 충족)");
		assertThat(seventyOne.eligible()).isFalse();
		assertThat(only(seventyOne).explanationEn()).isEqualTo("age 71 > 70 (not met)");
	}

	@ParameterizedTest(name = "born {0}, on {1}: {2}")
	@CsvSource({ "2008-02-29, 2026-02-28, 17", "2008-02-29, 2026-03-01, 18", "2008-02-29, 2028-02-28, 19",
			"2008-02-29, 2028-02-29, 20", "2007-02-28, 2026-02-28, 19", "2007-03-01, 2026-02-28, 18",
			"2026-06-16, 2026-06-15, -1", "2026-06-15, 2026-06-15, 0" })
	void shouldCountFullYearsWithLeapDayBirthdaysOnTheFirstOfMarch(LocalDate birth, LocalDate on, int age) {
		assertThat(RegistryCriteriaEvaluator.fullYears(birth, on)).isEqualTo(age);
		// The SQL's date bound agrees: age >= n exactly when birth <= on - n years.
		assertThat(!birth.isAfter(on.minusYears(Math.max(age, 0)))).isEqualTo(age >= 0);
		assertThat(!birth.isAfter(on.minusYears(age + 1))).isFalse();
	}

	@ParameterizedTest(name = "moved in {0}, on {1}: {2} months")
	@CsvSource({ "2025-06-15, 2026-06-15, 12", "2025-06-16, 2026-06-15, 11", "2026-01-31, 2026-02-28, 0",
			"2026-01-31, 2026-03-01, 1", "2026-01-28, 2026-02-28, 1", "2026-06-16, 2026-06-15, -1" })
	void shouldCountFullMonthsOfResidence(LocalDate movedIn, LocalDate on, int months) {
		assertThat(RegistryCriteriaEvaluator.fullMonths(movedIn, on)).isEqualTo(months);
		if (months >= 0) {
			assertThat(!movedIn.isAfter(on.minusMonths(months))).isTrue();
		}
		assertThat(!movedIn.isAfter(on.minusMonths(months + 1))).isFalse();
	}

	@Test
	void shouldMeetTheResidencePeriodFromTheMoveInDate() {
		Criteria twelve = new Criteria(null, null, null, 12, null, null, null, null, null, null);
		Subject base = person(LocalDate.of(1980, 1, 1));

		Eligibility atTwelve = evaluator.evaluate(twelve, withMoveIn(base, LocalDate.of(2025, 6, 15)), ON);
		Eligibility atEleven = evaluator.evaluate(twelve, withMoveIn(base, LocalDate.of(2025, 6, 16)), ON);
		Eligibility unknown = evaluator.evaluate(twelve, withMoveIn(base, null), ON);

		assertThat(atTwelve.eligible()).isTrue();
		assertThat(only(atTwelve).explanationKo()).isEqualTo("거주기간 12개월 ≥ 12개월 (기준 충족)");
		assertThat(only(atEleven).explanationEn()).isEqualTo("residence 11 months < 12 (not met)");
		assertThat(atEleven.eligible()).isFalse();
		assertThat(unknown.eligible()).isFalse();
		assertThat(only(unknown).explanationKo()).isEqualTo("전입일 정보 없음 (요건 12개월 이상) (기준 미충족)");
	}

	private static Subject withMoveIn(Subject s, LocalDate movedIn) {
		return new Subject(s.personId(), s.sex(), s.birthDate(), movedIn, s.adminDongCode(), s.householdSize(),
				s.children(), s.qualifications(), s.recognisedIncomeWon(), s.assessedHouseholdSize());
	}

	private static Subject household(int size, int children) {
		return new Subject(UUID.randomUUID(), "M", LocalDate.of(1980, 1, 1), null, "4113510300", size, children,
				Set.of(), null, null);
	}

	@Test
	void shouldCompareHouseholdSizeAtBothEnds() {
		Criteria range = new Criteria(null, null, null, null, null, 2, 4, null, null, null);

		assertThat(evaluator.evaluate(range, household(1, 0), ON).eligible()).isFalse();
		assertThat(evaluator.evaluate(range, household(2, 0), ON).eligible()).isTrue();
		assertThat(evaluator.evaluate(range, household(4, 0), ON).eligible()).isTrue();
		Eligibility five = evaluator.evaluate(range, household(5, 0), ON);
		assertThat(five.eligible()).isFalse();
		assertThat(five.conditions()).extracting(Eligibility.Condition::explanationKo)
			.containsExactly("가구원 수 5명 ≥ 2명 (기준 충족)", "가구원 수 5명 > 4명 (기준 미충족)");
		assertThat(evaluator.evaluate(range, household(1, 0), ON).conditions().get(0).explanationEn())
			.isEqualTo("household size 1 < 2 (not met)");
	}

	@Test
	void shouldCountCohabitingChildren() {
		Criteria two = new Criteria(null, null, null, null, null, null, null, 2, null, null);

		Eligibility met = evaluator.evaluate(two, household(4, 2), ON);
		Eligibility notMet = evaluator.evaluate(two, household(4, 1), ON);

		assertThat(met.eligible()).isTrue();
		assertThat(only(met).explanationKo()).isEqualTo("동거 아동(18세 미만) 2명 ≥ 2명 (기준 충족)");
		assertThat(notMet.eligible()).isFalse();
		assertThat(only(notMet).explanationEn()).isEqualTo("children under 18: 1 < 2 (not met)");
	}

	@Test
	void shouldMatchDistrictAndDongCodesAsPrefixes() {
		Criteria district = new Criteria(null, null, null, null, List.of("41135"), null, null, null, null, null);
		Criteria dong = new Criteria(null, null, null, null, List.of("1111051500", "4113510300"), null, null, null,
				null, null);
		Criteria elsewhere = new Criteria(null, null, null, null, List.of("41136", "4113510400"), null, null, null,
				null, null);

		assertThat(evaluator.evaluate(district, household(1, 0), ON).eligible()).isTrue();
		assertThat(evaluator.evaluate(dong, household(1, 0), ON).eligible()).isTrue();
		Eligibility no = evaluator.evaluate(elsewhere, household(1, 0), ON);
		assertThat(no.eligible()).isFalse();
		assertThat(only(no).explanationKo()).isEqualTo("거주지 4113510300 ∉ {41136, 4113510400} (기준 미충족)");
		assertThat(only(no).explanationEn()).isEqualTo("residence 4113510300 not in {41136, 4113510400} (not met)");
	}

	@Test
	void shouldMatchTheSex() {
		Criteria women = new Criteria("F", null, null, null, null, null, null, null, null, null);

		assertThat(only(evaluator.evaluate(women, person(LocalDate.of(1980, 1, 1)), ON)).explanationKo())
			.isEqualTo("성별 여 = 여 (기준 충족)");
		Eligibility man = evaluator.evaluate(women, household(1, 0), ON);
		assertThat(man.eligible()).isFalse();
		assertThat(only(man).explanationEn()).isEqualTo("sex M ≠ F (not met)");
	}

	@Test
	void shouldNeedOneOfTheQualifications() {
		Criteria poor = new Criteria(null, null, null, null, null, null, null, null,
				Set.of("BASIC_LIVELIHOOD", "NEAR_POOR"), null);
		Subject nearPoor = new Subject(UUID.randomUUID(), "F", LocalDate.of(1950, 1, 1), null, "1111051500", 1, 0,
				Set.of("NEAR_POOR", "DISABILITY"), null, null);

		Eligibility met = evaluator.evaluate(poor, nearPoor, ON);
		Eligibility notMet = evaluator.evaluate(poor, household(1, 0), ON);

		assertThat(met.eligible()).isTrue();
		assertThat(only(met).explanationKo()).isEqualTo("자격 [차상위] 보유 (요건: [기초생활수급, 차상위] 중 하나) (기준 충족)");
		assertThat(notMet.eligible()).isFalse();
		assertThat(only(notMet).explanationEn()).isEqualTo("holds none of [basic livelihood, near-poor] (not met)");
	}

	private static Subject income(Long won, Integer size) {
		return new Subject(UUID.randomUUID(), "F", LocalDate.of(1950, 1, 1), null, "1111051500", 1, 0, Set.of(), won,
				size);
	}

	@Test
	void shouldMeetTheIncomeLineAtTheLineAndNotOneWonAbove() {
		Criteria half = new Criteria(null, null, null, null, null, null, null, null, null, 50);
		long median = standards.on(ON).median(1);
		long line = median * 50 / 100;

		Eligibility at = evaluator.evaluate(half, income(line, 1), ON);
		Eligibility above = evaluator.evaluate(half, income(line + 1, 1), ON);
		Eligibility none = evaluator.evaluate(half, income(null, null), ON);

		assertThat(at.eligible()).isTrue();
		assertThat(above.eligible()).isFalse();
		assertThat(none.eligible()).isFalse();
		// 2026 median for one person: 2,564,238 won (income-standards.yml, 보건복지부 고시).
		assertThat(only(at).explanationKo())
			.isEqualTo("소득인정액 1,282,119원 ≤ 1,282,119원 (1인 가구 기준중위소득 2,564,238원의 50%) (기준 충족)");
		assertThat(only(above).explanationEn())
			.isEqualTo("recognised income 1,282,120 > 1,282,119 won (50% of the 2,564,238 won median for 1) (not met)");
		assertThat(only(none).explanationKo()).isEqualTo("소득인정액 조사 없음 (요건: 기준중위소득 50% 이하) (기준 미충족)");
	}

	@Test
	void shouldRoundTheIncomeLineDownAndExtendTheMedianBeyondSixMembers() {
		IncomeStandards.Version v = standards.on(ON);
		long step = v.median(6) - v.median(5);
		long median8 = v.median(6) + 2 * step;
		long line = Math.floorDiv(median8 * 32, 100);
		Criteria livelihood = new Criteria(null, null, null, null, null, null, null, null, null, 32);

		assertThat(RegistryCriteriaEvaluator.incomeLine(v, 8, 32)).isEqualTo(line);
		assertThat(evaluator.evaluate(livelihood, income(line, 8), ON).eligible()).isTrue();
		assertThat(evaluator.evaluate(livelihood, income(line + 1, 8), ON).eligible()).isFalse();
		// 2,564,238 × 33% = 846,198.54: the line is 846,198 won.
		assertThat(RegistryCriteriaEvaluator.incomeLine(v, 1, 33)).isEqualTo(846_198L);
	}

	@Test
	void shouldUseTheMedianOfTheAssessedHouseholdSize() {
		Criteria half = new Criteria(null, null, null, null, null, null, null, null, null, 50);
		long lineForTwo = standards.on(ON).median(2) / 2;

		// Registered alone, but assessed for two: the two-person line applies.
		assertThat(evaluator.evaluate(half, income(lineForTwo, 2), ON).eligible()).isTrue();
		assertThat(evaluator.evaluate(half, income(lineForTwo, 1), ON).eligible()).isFalse();
	}

	@Test
	void shouldNeedEveryConditionAndExplainEachInOrder() {
		Criteria all = new Criteria("F", 65, null, null, List.of("11110"), null, null, null, null, null);
		Subject elder = new Subject(UUID.randomUUID(), "F", LocalDate.of(1959, 1, 1), null, "1111051500", 1, 0,
				Set.of(), null, null);
		Subject outsider = new Subject(UUID.randomUUID(), "F", LocalDate.of(1959, 1, 1), null, "2611051500", 1, 0,
				Set.of(), null, null);

		Eligibility yes = evaluator.evaluate(all, elder, ON);
		Eligibility no = evaluator.evaluate(all, outsider, ON);

		assertThat(yes.eligible()).isTrue();
		assertThat(yes.conditions()).extracting(Eligibility.Condition::criterion)
			.containsExactly("sex", "minAge", "residenceCodes");
		assertThat(only(evaluator.evaluate(ages(65, null), elder, ON)).explanationKo())
			.isEqualTo("나이 67세 ≥ 65세 (기준 충족)");
		assertThat(no.eligible()).isFalse();
		assertThat(no.conditions()).extracting(Eligibility.Condition::met).containsExactly(true, true, false);
	}

}
