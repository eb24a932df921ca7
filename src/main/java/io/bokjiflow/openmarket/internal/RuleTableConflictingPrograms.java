package io.bokjiflow.openmarket.internal;

import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link ConflictingPrograms} from the rule table {@code om_selection_conflict}.
 */
@Component
class RuleTableConflictingPrograms implements ConflictingPrograms {

	private final JdbcTemplate jdbc;

	RuleTableConflictingPrograms(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> of(String programCode) {
		return new TreeSet<>(this.jdbc.queryForList(
				"select conflicting_program_code from om_selection_conflict where program_code = ?", String.class,
				programCode));
	}

}
