package io.bokjiflow.openmarket.internal;

import java.util.Set;
import java.util.TreeSet;

import io.bokjiflow.integrity.DuplicateBenefitRules;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link ConflictingPrograms} from the integrity module's current duplicate-benefit rules
 * (the other program of every {@code BLOCK} pair the program is part of, either side) and
 * the open market's own rule table {@code om_selection_conflict} (pairs of local programs
 * the 31 national pair types do not name). Household-level rules are not applied to
 * selection runs: a run pays persons, and a household member's benefit is for the
 * caseworker's review (issue 6's decision step).
 */
@Component
class RuleTableConflictingPrograms implements ConflictingPrograms {

	private final JdbcTemplate jdbc;

	private final DuplicateBenefitRules rules;

	RuleTableConflictingPrograms(JdbcTemplate jdbc, DuplicateBenefitRules rules) {
		this.jdbc = jdbc;
		this.rules = rules;
	}

	@Override
	public Set<String> of(String programCode) {
		Set<String> conflicting = new TreeSet<>(this.jdbc.queryForList(
				"select conflicting_program_code from om_selection_conflict where program_code = ?", String.class,
				programCode));
		for (DuplicateBenefitRules.Rule rule : this.rules.rules()) {
			if (rule.effect() != DuplicateBenefitRules.Effect.BLOCK || rule.household()) {
				continue;
			}
			if (rule.programA().equals(programCode)) {
				conflicting.add(rule.programB());
			}
			if (rule.programB().equals(programCode)) {
				conflicting.add(rule.programA());
			}
		}
		return conflicting;
	}

}
