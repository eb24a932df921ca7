package io.bokjiflow.openmarket;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The two evaluators of {@link Criteria}: per person (inside a process) and compiled to
 * one SQL query over the registry (selection runs, previews). Both read the same registry
 * facts and must give the same answer; a property test proves it on generated
 * populations.
 */
public interface CriteriaEvaluator {

	/**
	 * The registry's facts about a person on a date.
	 * @param personId the person
	 * @param on the reference date
	 * @return the facts, empty when the person is unknown
	 */
	Optional<Subject> subject(UUID personId, LocalDate on);

	/**
	 * Evaluates criteria against facts, in memory.
	 * @param criteria the criteria
	 * @param subject the person's facts
	 * @param on the reference date (ages, residence months)
	 * @return the outcome with one line per condition
	 */
	Eligibility evaluate(Criteria criteria, Subject subject, LocalDate on);

	/**
	 * Every registered person who meets the criteria on a date, whatever their status (a
	 * selection run excludes the deceased and deregistered with a reason), by one SQL
	 * query over the registry (values bound as parameters, never spliced into the SQL).
	 * @param criteria the criteria
	 * @param on the reference date
	 * @return the matches, by person id ascending
	 */
	List<Match> select(Criteria criteria, LocalDate on);

	/**
	 * A person the SQL evaluator selected.
	 *
	 * @param personId the person
	 * @param status the registry status ({@code ALIVE}, {@code DECEASED},
	 * {@code DEREGISTERED}, {@code EMIGRATED})
	 */
	record Match(UUID personId, String status) {
	}

	/**
	 * How many living registered persons meet the criteria on a date (the same query,
	 * counted).
	 * @param criteria the criteria
	 * @param on the reference date
	 * @return the count
	 */
	long count(Criteria criteria, LocalDate on);

}
