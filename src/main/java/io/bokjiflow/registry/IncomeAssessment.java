package io.bokjiflow.registry;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A recognised income (소득인정액) assessed for a person on a date, for a household of a given
 * size: what support criteria on income compare with the standard median income.
 *
 * @param personId the person
 * @param assessedOn the date the assessment applies to (e.g. the application date)
 * @param householdSize the household size the income was assessed for (at least 1)
 * @param recognisedIncomeWon the monthly recognised income in won (never negative)
 * @param source where the figure comes from, e.g. "사례 2026-000123 소득인정액 산정"
 */
public record IncomeAssessment(UUID personId, LocalDate assessedOn, int householdSize, long recognisedIncomeWon,
		String source) {

	public IncomeAssessment {
		Objects.requireNonNull(personId, "personId");
		Objects.requireNonNull(assessedOn, "assessedOn");
		Objects.requireNonNull(source, "source");
		if (householdSize < 1) {
			throw new IllegalArgumentException("householdSize must be at least 1");
		}
		if (recognisedIncomeWon < 0) {
			throw new IllegalArgumentException("recognisedIncomeWon must not be negative");
		}
	}

}
