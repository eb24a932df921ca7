package io.bokjiflow.openmarket.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.bokjiflow.openmarket.Criteria;
import io.bokjiflow.openmarket.internal.RegistryCriteriaEvaluator.SelectionQuery;
import io.bokjiflow.shared.UserFacingException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Issue 10 item 5: the criteria compiler under fuzzing, on the real PostgreSQL with the
 * application's migrations. Arbitrary criteria (strings with quotes, semicolons,
 * {@code --}, comments, LIKE wildcards, backslashes, unicode and full-width digits;
 * integers from negative to {@code Integer.MAX_VALUE}) are either evaluated — the
 * compiled SQL runs without error — or refused with an
 * {@code openmarket.criteria.error.*} message key, never a raw exception. Compiled
 * without validation, the statement's text does not depend on any string value (all
 * values are bind parameters) and still runs.
 */
class CriteriaFuzzTest {

	private static final LocalDate ON = LocalDate.of(2026, 6, 15);

	private static RegistryCriteriaEvaluator evaluator;

	private static JdbcTemplate jdbc;

	private static long persons;

	@BeforeContainer
	static void database() {
		evaluator = CriteriaDatabase.evaluator();
		jdbc = new JdbcTemplate(CriteriaDatabase.dataSource());
		persons = jdbc.queryForObject("select count(*) from reg_person", Long.class);
	}

	@Property(tries = 400)
	void anyCriteriaAreEvaluatedOrRefusedWithAMessageKey(@ForAll("criteria") Criteria criteria) {
		Throwable thrown = catchThrowable(() -> {
			evaluator.select(criteria, ON);
			evaluator.count(criteria, ON);
		});
		Statistics.collect(thrown == null ? "evaluated" : "refused");
		if (thrown != null) {
			assertThat(thrown).as("only a localised refusal, never a raw exception: %s", thrown)
				.isInstanceOf(UserFacingException.class);
			assertThat(((UserFacingException) thrown).messageKey()).startsWith("openmarket.criteria.error.");
		}
		assertThat(jdbc.queryForObject("select count(*) from reg_person", Long.class)).isEqualTo(persons);
		Statistics.coverage(coverage -> coverage.check("evaluated").percentage(p -> p >= 10));
	}

	@Example
	void extremeButValidNumbersAreEvaluatedOrRefusedWithAKey() {
		for (Criteria c : List.of(
				new Criteria(null, null, null, Integer.MAX_VALUE, List.of(), null, null, null, Set.of(), null),
				new Criteria(null, 0, 130, 0, List.of(), Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE,
						Set.of(), 300),
				new Criteria("F", 130, 130, 1_000_000, List.of("11110"), 0, 0, 0, Set.of("NEAR_POOR"), 1))) {
			Throwable thrown = catchThrowable(() -> {
				evaluator.select(c, ON);
				evaluator.count(c, ON);
			});
			if (thrown != null) {
				assertThat(thrown).as("%s", thrown).isInstanceOf(UserFacingException.class);
			}
		}
	}

	@Property(tries = 300)
	void unvalidatedStringsAreOnlyEverBoundParameters(@ForAll("hostileCriteria") Criteria hostile) {
		Criteria neutral = neutralised(hostile);
		for (boolean count : new boolean[] { false, true }) {
			SelectionQuery attacked = evaluator.compileUnchecked(hostile, ON, count);
			SelectionQuery plain = evaluator.compileUnchecked(neutral, ON, count);
			assertThat(attacked.sql()).as("the statement's text is the same whatever the values")
				.isEqualTo(plain.sql());
			NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
			// Runs without a syntax error (a NUL is not generated: PostgreSQL refuses it
			// in text outright, and validation refuses it before).
			if (count) {
				named.queryForObject(attacked.sql(), attacked.parameters(), Long.class);
			}
			else {
				named.queryForList(attacked.sql(), attacked.parameters());
			}
		}
		assertThat(jdbc.queryForObject("select count(*) from reg_person", Long.class)).isEqualTo(persons);
		assertThat(jdbc.queryForObject("select to_regclass('reg_qualification') is not null", Boolean.class)).isTrue();
	}

	/** The same criteria with every string replaced by a harmless one of its kind. */
	private static Criteria neutralised(Criteria c) {
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < c.residenceCodes().size(); i++) {
			codes.add(c.residenceCodes().get(i).length() == 5 ? "99999" : "z" + i);
		}
		Set<String> kinds = new LinkedHashSet<>();
		for (int i = 0; i < c.qualificationsAnyOf().size(); i++) {
			kinds.add("k" + i);
		}
		return new Criteria(c.sex() == null ? null : "x", c.minAge(), c.maxAge(), c.minResidenceMonths(), codes,
				c.minHouseholdSize(), c.maxHouseholdSize(), c.minChildren(), kinds, c.maxIncomePercentOfMedian());
	}

	private static Arbitrary<String> hostileStrings() {
		Arbitrary<String> fragments = Arbitraries.of("'", "''", ";", "--", "/*", "*/", "%", "_", "\\", "\"", "$1",
				":sex", "?", " or 1=1", "'; drop table reg_person; --", ") or (1=1", "union select", "１１１１０", "여성",
				"\u200b", "\ud83d\ude00", "M", "F", "11110", "1111051500", "BASIC_LIVELIHOOD");
		Arbitrary<String> joined = fragments.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join("", l));
		Arbitrary<String> random = Arbitraries.strings()
			.all()
			.ofMinLength(1)
			.ofMaxLength(12)
			.map(s -> s.replace("\u0000", ""))
			.filter(s -> !s.isEmpty());
		return Arbitraries.oneOf(joined, random, Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(11));
	}

	/**
	 * Mostly values validation accepts (so that most criteria reach the database), the
	 * rest negative, at a bound or far beyond it.
	 */
	private static Arbitrary<Integer> anyInt() {
		return Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(null)),
				Tuple.of(6, Arbitraries.integers().between(0, 130)),
				Tuple.of(1, Arbitraries.integers().between(-5, 400)), Tuple.of(1, Arbitraries.integers()),
				Tuple.of(1, Arbitraries.of(Integer.MIN_VALUE, Integer.MAX_VALUE, 0, 130, 131, 300, 301, 1)));
	}

	/** Small in-range integers, so that only the strings are hostile. */
	private static Arbitrary<Integer> saneInt() {
		return Arbitraries.oneOf(Arbitraries.integers().between(0, 120), Arbitraries.just(null));
	}

	@Provide
	Arbitrary<Criteria> criteria() {
		Arbitrary<String> sex = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of("M", "F")),
				Tuple.of(5, Arbitraries.just(null)), Tuple.of(1, hostileStrings()));
		Arbitrary<String> code = Arbitraries.frequencyOf(
				Tuple.of(12, Arbitraries.of("11110", "1111051500", "41135", "4113510300", "11680")),
				Tuple.of(1, hostileStrings()));
		Arbitrary<String> kind = Arbitraries.frequencyOf(
				Tuple.of(12, Arbitraries.of("BASIC_LIVELIHOOD", "NEAR_POOR", "DISABILITY")),
				Tuple.of(1, hostileStrings()));
		Arbitrary<Integer> percent = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(null)),
				Tuple.of(3, Arbitraries.integers().between(1, 300)), Tuple.of(1, anyInt()));
		return assemble(sex, anyInt(), anyInt(), anyInt(), code.list().ofMaxSize(2), anyInt(), anyInt(), anyInt(),
				kind.set().ofMaxSize(2), percent);
	}

	/** Ten arbitraries into criteria (jqwik combines at most eight at once). */
	private static Arbitrary<Criteria> assemble(Arbitrary<String> sex, Arbitrary<Integer> minAge,
			Arbitrary<Integer> maxAge, Arbitrary<Integer> months, Arbitrary<List<String>> codes,
			Arbitrary<Integer> minSize, Arbitrary<Integer> maxSize, Arbitrary<Integer> children,
			Arbitrary<Set<String>> kinds, Arbitrary<Integer> percent) {
		Arbitrary<Criteria> persons = Combinators.combine(sex, minAge, maxAge, months, codes)
			.as((s, a, b, m, c) -> new Criteria(s, a, b, m, c, null, null, null, null, null));
		return Combinators.combine(persons, minSize, maxSize, children, kinds, percent)
			.as((p, x, y, ch, k, pc) -> new Criteria(p.sex(), p.minAge(), p.maxAge(), p.minResidenceMonths(),
					p.residenceCodes(), x, y, ch, k, pc));
	}

	@Provide
	Arbitrary<Criteria> hostileCriteria() {
		Arbitrary<String> sex = Arbitraries.oneOf(hostileStrings(), Arbitraries.just(null));
		return assemble(sex, saneInt(), saneInt(), saneInt(), hostileStrings().list().ofMaxSize(3), saneInt(),
				saneInt(), saneInt(), hostileStrings().set().ofMaxSize(3),
				Arbitraries.oneOf(Arbitraries.integers().between(1, 300), Arbitraries.just(null)));
	}

}
