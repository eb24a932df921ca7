package io.bokjiflow.openmarket.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.bokjiflow.openmarket.Criteria;
import io.bokjiflow.openmarket.internal.CriteriaDatabase.Person;
import io.bokjiflow.openmarket.internal.RegistryCriteriaEvaluator.SelectionQuery;
import io.bokjiflow.shared.UserFacingException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * SQL injection through every string a criteria value can carry (sex, residence codes,
 * qualification kinds; the other values are integers): validation rejects it with a
 * message key, and even past validation the compiled statement carries it as a bound
 * value only, so the registry stays as it was.
 */
class CriteriaInjectionTest {

	private static final LocalDate ON = LocalDate.of(2026, 6, 15);

	private static RegistryCriteriaEvaluator evaluator;

	private static JdbcTemplate jdbc;

	static List<String> attacks() {
		return List.of("'", "''", "F'", "F' or '1'='1", "'; drop table reg_person; --", "1111051500'; --", "%", "_",
				"11110%", "1111_", "\\", "\\'; drop table reg_person; --", "F\\", "\u0000", "여성", "１１１１０",
				"11110\u200b", "BASIC_LIVELIHOOD' or kind like '%", "$1", ":sex", "?", "/*", "*/ or 1=1 --",
				"\"reg_person\"", ") or (1=1");
	}

	@BeforeAll
	static void population() {
		evaluator = CriteriaDatabase.evaluator();
		jdbc = new JdbcTemplate(CriteriaDatabase.dataSource());
		CriteriaDatabase.replacePopulation(
				List.of(new Person(UUID.randomUUID(), "F", LocalDate.of(1950, 3, 1), LocalDate.of(2000, 1, 1),
						"1111051500", "ALIVE"),
						new Person(UUID.randomUUID(), "M", LocalDate.of(1990, 3, 1), null, "4113510300", "ALIVE"),
						new Person(UUID.randomUUID(), "F", LocalDate.of(2015, 3, 1), null, "1111051500", "DECEASED")),
				List.of(), List.of(), List.of());
	}

	private static List<Criteria> carrying(String value) {
		return List.of(new Criteria(value, null, null, null, null, null, null, null, null, null),
				new Criteria(null, null, null, null, List.of(value), null, null, null, null, null),
				new Criteria(null, null, null, null, List.of("11110", value), null, null, null, null, null),
				new Criteria(null, null, null, null, null, null, null, null, Set.of(value), null),
				new Criteria("F", 0, 130, 0, List.of(value), 0, 9, 0, Set.of("NEAR_POOR", value), 100));
	}

	@ParameterizedTest
	@MethodSource("attacks")
	void shouldRejectInjectionAttemptsWithAClearError(String attack) {
		for (Criteria c : carrying(attack)) {
			assertThatThrownBy(() -> evaluator.select(c, ON)).isInstanceOf(UserFacingException.class)
				.extracting(ex -> ((UserFacingException) ex).messageKey())
				.asString()
				.startsWith("openmarket.criteria.error.");
			assertThatThrownBy(() -> evaluator.count(c, ON)).isInstanceOf(UserFacingException.class);
		}
		assertRegistryUnchanged();
	}

	@ParameterizedTest
	@MethodSource("attacks")
	void shouldTreatUnvalidatedValuesAsDataOnly(String attack) {
		// PostgreSQL refuses NUL in text outright (an error, not an injection);
		// validation
		// rejects it before (above).
		assumeFalse(attack.contains("\u0000"));
		NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
		List<Criteria> attacked = carrying(attack);
		List<Criteria> neutral = carrying("ZZ-no-such-value");
		for (int i = 0; i < attacked.size(); i++) {
			SelectionQuery select = evaluator.compileUnchecked(attacked.get(i), ON, false);
			SelectionQuery count = evaluator.compileUnchecked(attacked.get(i), ON, true);
			SelectionQuery neutralSelect = evaluator.compileUnchecked(neutral.get(i), ON, false);

			if (attack.length() > 5) {
				assertThat(select.sql()).doesNotContain(attack);
			}
			// The attack matches what any other unknown value matches: nothing more.
			assertThat(named.queryForList(select.sql(), select.parameters()))
				.isEqualTo(named.queryForList(neutralSelect.sql(), neutralSelect.parameters()));
			assertThat(named.queryForObject(count.sql(), count.parameters(), Long.class))
				.isEqualTo(expectedCount(attacked.get(i)));
		}
		assertRegistryUnchanged();
	}

	/**
	 * The count of the criteria with the attacked values taken out (by the validated
	 * path): what the attack may match at most.
	 */
	private static long expectedCount(Criteria c) {
		List<String> codes = c.residenceCodes().stream().filter("11110"::equals).toList();
		Set<String> kinds = c.qualificationsAnyOf().contains("NEAR_POOR") ? Set.of("NEAR_POOR") : Set.of();
		boolean onlyAttackedCodes = !c.residenceCodes().isEmpty() && codes.isEmpty();
		boolean onlyAttackedKinds = !c.qualificationsAnyOf().isEmpty() && kinds.isEmpty();
		boolean attackedSex = c.sex() != null && !"F".equals(c.sex());
		if (onlyAttackedCodes || onlyAttackedKinds || attackedSex) {
			return 0;
		}
		return evaluator.count(new Criteria(c.sex(), c.minAge(), c.maxAge(), c.minResidenceMonths(), codes,
				c.minHouseholdSize(), c.maxHouseholdSize(), c.minChildren(), kinds, c.maxIncomePercentOfMedian()), ON);
	}

	private static void assertRegistryUnchanged() {
		assertThat(jdbc.queryForObject("select to_regclass('reg_person') is not null", Boolean.class)).isTrue();
		assertThat(jdbc.queryForObject("select count(*) from reg_person", Long.class)).isEqualTo(3L);
		assertThat(evaluator.count(Criteria.NONE, ON)).isEqualTo(2L);
		assertThat(evaluator.select(Criteria.NONE, ON)).hasSize(3);
		assertThat(evaluator.count(new Criteria(null, null, null, null, List.of("11110"), null, null, null, null, null),
				ON))
			.isEqualTo(1L);
	}

}
