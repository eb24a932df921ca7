package io.bokjiflow.openmarket.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import io.bokjiflow.casework.IncomeStandards;
import io.bokjiflow.openmarket.Criteria;
import io.bokjiflow.openmarket.CriteriaEvaluator.Match;
import io.bokjiflow.openmarket.CriteriaValidation;
import io.bokjiflow.openmarket.internal.CriteriaDatabase.Assessment;
import io.bokjiflow.openmarket.internal.CriteriaDatabase.Household;
import io.bokjiflow.openmarket.internal.CriteriaDatabase.Person;
import io.bokjiflow.openmarket.internal.CriteriaDatabase.Qualification;
import io.bokjiflow.shared.UserFacingException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.lifecycle.BeforeContainer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two evaluators agree: on generated registry populations (birthdays on 29 February
 * and at the age boundaries, move-ins at month boundaries, 시·군·구 and 행정동 codes,
 * households with children just under and at 18, qualifications valid from or to the
 * reference date, income assessments at the line and one won beside it, several on one
 * day) the SQL selection equals the persons whose per-person evaluation is eligible, and
 * the count is the living among them.
 *
 * <p>
 * Populations are drawn from a seeded {@link Random} that jqwik supplies (jqwik reports
 * the seed of a failure), with the boundaries of the drawn reference date and criteria
 * values weighted in; shrinking is off because each try writes a database.
 */
class CriteriaEvaluatorsPropertyTest {

	private static final List<String> DONG_CODES = List.of("1111051500", "1111053000", "1114055000", "4113510300",
			"4113565000", "2611051000");

	private static final List<String> REGION_CODES = List.of("11110", "41135", "26110", "11140", "1111051500",
			"4113510300", "1114055000");

	private static final List<String> KINDS = List.copyOf(new TreeSet<>(CriteriaValidation.QUALIFICATION_KINDS));

	private static final List<Integer> AGES = List.of(0, 1, 17, 18, 19, 20, 64, 65, 66, 70, 71, 130);

	private static final List<Integer> MONTHS = List.of(0, 1, 6, 11, 12, 13, 24, 60);

	private static final List<Integer> PERCENTS = List.of(1, 30, 32, 50, 100, 150, 300);

	private static final List<LocalDate> DATES = List.of(LocalDate.of(2028, 2, 29), LocalDate.of(2026, 2, 28),
			LocalDate.of(2026, 3, 1), LocalDate.of(2027, 3, 1), LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 31),
			LocalDate.of(2026, 1, 1));

	private static final List<String> STATUSES = List.of("ALIVE", "ALIVE", "ALIVE", "DECEASED", "DEREGISTERED",
			"EMIGRATED");

	@BeforeContainer
	static void database() {
		CriteriaDatabase.dataSource();
	}

	/** A population and the criteria to try on it. */
	record Case(LocalDate on, List<Person> persons, List<Household> households, List<Qualification> qualifications,
			List<Assessment> assessments, List<Criteria> criteria) {

		@Override
		public String toString() {
			return "Case[on=" + this.on + ", persons=" + this.persons.size() + ", households=" + this.households.size()
					+ ", criteria=" + this.criteria + "]";
		}

	}

	@Property(tries = 100, shrinking = ShrinkingMode.OFF)
	@StatisticsReport(format = net.jqwik.api.statistics.Histogram.class)
	void sqlSelectionEqualsPerPersonEvaluation(@ForAll("cases") Case c) {
		CriteriaDatabase.replacePopulation(c.persons(), c.households(), c.qualifications(), c.assessments());
		RegistryCriteriaEvaluator evaluator = CriteriaDatabase.evaluator();
		for (Criteria criteria : c.criteria()) {
			Set<UUID> expected = new HashSet<>();
			for (Person p : c.persons()) {
				var subject = evaluator.subject(p.id(), c.on()).orElseThrow();
				if (evaluator.evaluate(criteria, subject, c.on()).eligible()) {
					expected.add(p.id());
				}
			}
			List<Match> selected = evaluator.select(criteria, c.on());
			Statistics.label("selection").collect(expected.isEmpty() ? "none" : "some");

			assertThat(selected.stream().map(Match::personId).collect(Collectors.toSet()))
				.as("select %s on %s", criteria, c.on())
				.isEqualTo(expected);
			assertThat(selected).as("one row per person").hasSize(expected.size());
			long alive = selected.stream().filter(m -> "ALIVE".equals(m.status())).count();
			assertThat(evaluator.count(criteria, c.on())).as("count %s on %s", criteria, c.on()).isEqualTo(alive);
			for (Match m : selected) {
				Person p = c.persons().stream().filter(x -> x.id().equals(m.personId())).findFirst().orElseThrow();
				assertThat(m.status()).isEqualTo(p.status());
			}
		}
		// An agreement on empty selections only would prove little.
		Statistics.label("selection").coverage(check -> check.check("some").percentage(p -> p >= 30));
	}

	@Provide
	Arbitrary<Case> cases() {
		return Arbitraries.randomValue(CriteriaEvaluatorsPropertyTest::generate);
	}

	static Case generate(Random random) {
		LocalDate on = random.nextInt(3) == 0 ? pick(random, DATES)
				: LocalDate.of(2025, 1, 1).plusDays(random.nextInt(3 * 365));
		IncomeStandards.Version standards = CriteriaDatabase.standards().on(on);
		int size = 3 + random.nextInt(38);
		List<Person> persons = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			persons.add(new Person(UUID.randomUUID(), random.nextBoolean() ? "M" : "F", birthDate(random, on),
					movedIn(random, on), pick(random, DONG_CODES), pick(random, STATUSES)));
		}
		// Households: some persons live alone without a registered household.
		List<Household> households = new ArrayList<>();
		List<Person> shuffled = new ArrayList<>(persons);
		java.util.Collections.shuffle(shuffled, random);
		int i = 0;
		while (i < shuffled.size()) {
			int members = 1 + random.nextInt(5);
			List<UUID> ids = shuffled.subList(i, Math.min(shuffled.size(), i + members))
				.stream()
				.map(Person::id)
				.toList();
			i += members;
			if (random.nextInt(5) > 0) {
				households.add(new Household(UUID.randomUUID(), ids));
			}
		}
		List<Qualification> qualifications = new ArrayList<>();
		List<Assessment> assessments = new ArrayList<>();
		for (Person p : persons) {
			for (int q = random.nextInt(3); q > 0; q--) {
				LocalDate from = on.plusDays(random.nextInt(5) - 2 - (random.nextBoolean() ? random.nextInt(2000) : 0));
				LocalDate to = random.nextInt(3) == 0 ? null
						: on.plusDays(random.nextInt(5) - 2 + (random.nextBoolean() ? random.nextInt(500) : 0));
				qualifications.add(new Qualification(p.id(), pick(random, KINDS), from, to));
			}
			for (int a = random.nextInt(4); a > 0; a--) {
				int householdSize = 1 + random.nextInt(8);
				long line = RegistryCriteriaEvaluator.incomeLine(standards, householdSize, pick(random, PERCENTS));
				long income = Math.max(0, line + random.nextInt(3) - 1);
				if (random.nextInt(6) == 0) {
					income = random.nextInt(5_000_000);
				}
				LocalDate assessedOn = random.nextInt(4) == 0 ? on.plusDays(1)
						: on.minusDays(random.nextBoolean() ? 0 : random.nextInt(400));
				assessments.add(new Assessment(p.id(), assessedOn, householdSize, income));
			}
		}
		List<Criteria> criteria = new ArrayList<>();
		while (criteria.size() < 6) {
			Criteria candidate = criteria(random);
			try {
				criteria.add(CriteriaValidation.validate(candidate));
			}
			catch (UserFacingException ex) {
				// an inverted range: draw again
			}
		}
		return new Case(on, persons, households, qualifications, assessments, criteria);
	}

	private static LocalDate birthDate(Random random, LocalDate on) {
		return switch (random.nextInt(4)) {
			case 0 -> LocalDate.of(1932 + 4 * random.nextInt(24), 2, 29);
			case 1, 2 -> on.minusYears(pick(random, AGES)).plusDays(random.nextInt(3) - 1);
			default -> LocalDate.of(1920, 1, 1).plusDays(random.nextInt(110 * 365));
		};
	}

	private static LocalDate movedIn(Random random, LocalDate on) {
		return switch (random.nextInt(4)) {
			case 0 -> null;
			case 1, 2 -> on.minusMonths(pick(random, MONTHS)).plusDays(random.nextInt(3) - 1);
			default -> on.minusDays(random.nextInt(3000) - 30);
		};
	}

	private static Criteria criteria(Random random) {
		String sex = maybe(random) ? (random.nextBoolean() ? "M" : "F") : null;
		Integer minAge = maybe(random) ? pick(random, AGES) : null;
		Integer maxAge = maybe(random) ? pick(random, AGES) : null;
		Integer months = maybe(random) ? pick(random, MONTHS) : null;
		List<String> codes = maybe(random) ? sample(random, REGION_CODES) : List.of();
		Integer minHousehold = maybe(random) ? random.nextInt(6) : null;
		Integer maxHousehold = maybe(random) ? 1 + random.nextInt(6) : null;
		Integer minChildren = maybe(random) ? random.nextInt(4) : null;
		Set<String> kinds = maybe(random) ? new HashSet<>(sample(random, KINDS)) : Set.of();
		Integer percent = maybe(random) ? pick(random, PERCENTS) : null;
		return new Criteria(sex, minAge, maxAge, months, codes, minHousehold, maxHousehold, minChildren, kinds,
				percent);
	}

	private static boolean maybe(Random random) {
		return random.nextInt(3) == 0;
	}

	private static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	private static <T> List<T> sample(Random random, List<T> values) {
		List<T> copy = new ArrayList<>(values);
		java.util.Collections.shuffle(copy, random);
		return List.copyOf(copy.subList(0, 1 + random.nextInt(3)));
	}

}
