package io.bokjiflow.openmarket;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.bokjiflow.registry.IncomeAssessment;
import io.bokjiflow.registry.Registry;
import io.bokjiflow.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The criteria evaluator in the application: wired to the casework's income standards,
 * reading the start-up population (which carries income assessments) and the assessments
 * the registry API records.
 */
class CriteriaEvaluatorIT extends IntegrationTest {

	@Autowired
	private CriteriaEvaluator evaluator;

	@Autowired
	private Registry registry;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Clock clock;

	@Test
	void shouldCountTheLivingPopulationWithoutConditions() {
		LocalDate today = LocalDate.now(this.clock);
		long alive = this.jdbc.queryForObject("select count(*) from reg_person where status = 'ALIVE'", Long.class);

		assertThat(this.evaluator.count(Criteria.NONE, today)).isEqualTo(alive);
		assertThat(this.evaluator.select(Criteria.NONE, today))
			.hasSize(this.jdbc.queryForObject("select count(*) from reg_person", Long.class).intValue());
	}

	@Test
	void shouldAgreeWithThePerPersonEvaluationOnTheStartUpPopulation() {
		LocalDate today = LocalDate.now(this.clock);
		assertThat(this.jdbc.queryForObject("select count(*) from reg_income_assessment", Long.class)).isPositive();
		List<Criteria> criteria = List.of(new Criteria(null, 65, null, null, null, null, null, null, null, null),
				new Criteria(null, null, null, null, null, null, null, null, Set.of("BASIC_LIVELIHOOD", "NEAR_POOR"),
						100),
				new Criteria("F", 20, 64, 12, null, 3, null, 1, null, null),
				new Criteria(null, null, null, null, null, null, null, null, null, 50));
		List<UUID> everybody = this.jdbc.queryForList("select id from reg_person", UUID.class);
		for (Criteria c : criteria) {
			Set<UUID> expected = new java.util.HashSet<>();
			for (UUID id : everybody) {
				Subject s = this.evaluator.subject(id, today).orElseThrow();
				if (this.evaluator.evaluate(c, s, today).eligible()) {
					expected.add(id);
				}
			}
			assertThat(this.evaluator.select(c, today)).extracting(CriteriaEvaluator.Match::personId)
				.as("%s", c)
				.containsExactlyInAnyOrderElementsOf(expected);
		}
	}

	@Test
	void shouldReadTheLatestAssessmentTheRegistryRecorded() {
		LocalDate today = LocalDate.now(this.clock);
		UUID person = this.jdbc
			.queryForObject("select id from reg_person where status = 'ALIVE' order by id desc limit 1", UUID.class);
		this.registry.recordIncomeAssessment(new IncomeAssessment(person, today, 2, 900_000, "test: first"));
		this.registry.recordIncomeAssessment(new IncomeAssessment(person, today, 3, 800_000, "test: second"));
		this.registry
			.recordIncomeAssessment(new IncomeAssessment(person, today.plusDays(1), 1, 5_000_000, "test: future"));

		Subject s = this.evaluator.subject(person, today).orElseThrow();

		assertThat(s.recognisedIncomeWon()).isEqualTo(800_000L);
		assertThat(s.assessedHouseholdSize()).isEqualTo(3);
		assertThat(this.evaluator.subject(UUID.randomUUID(), today)).isEmpty();
	}

}
