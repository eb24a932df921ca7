package io.bokjiflow.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.bokjiflow.casework.ApplicationSummary;
import io.bokjiflow.casework.CaseTasks;
import io.bokjiflow.casework.Casework;
import io.bokjiflow.casework.NewApplication;
import io.bokjiflow.testing.IntegrationTest;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Encrypted at rest, proven: after a real application and its decision, every text,
 * varchar, bytea and JSON column of every table of the schema — BokjiFlow's and Camunda's
 * runtime, history and byte-array tables alike — is searched for the applicant's resident
 * number in clear (with and without the dash) and for their clear name outside the one
 * column that must hold it.
 */
class PersonalDataAtRestIT extends IntegrationTest {

	/**
	 * The registry's record holds the name in clear (caseworkers of the case see it); the
	 * number never.
	 */
	private static final Set<String> NAME_ALLOWED = Set.of("reg_person.name");

	@Autowired
	private Casework casework;

	@Autowired
	private CaseTasks tasks;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void shouldKeepTheNumberOnlyEncryptedAndTheNameOnlyInTheRegistry() {
		String rrn = newApplicantRrn();
		// A name the synthetic population does not generate (its name lists hold no 설 or
		// 운휘).
		String name = "설운휘";
		ApplicationSummary app = as("cw.gangnam", () -> this.casework.submit(new NewApplication("TRAVEL_VOUCHER", rrn,
				name, "서울 강남구 역삼로 7", "1168064000", true, false, UUID.randomUUID().toString())));
		Task task = awaitTask(app.applicationNo());
		as("cw.gangnam", () -> {
			this.tasks.claim(task.getId());
			this.tasks.complete(task.getId(),
					Map.of("reviewOutcome", "APPROVE", "reviewReason", "요건 충족", "evidenceChecked", true));
			return null;
		});

		List<String> rrnHits = new ArrayList<>();
		rrnHits.addAll(columnsContaining(rrn));
		rrnHits.addAll(columnsContaining(rrn.replace("-", "")));
		List<String> nameHits = columnsContaining(name);

		assertThat(nameHits).as("the test can see the name where it belongs").contains("reg_person.name");
		assertThat(rrnHits).as("columns holding the resident number in clear").isEmpty();
		assertThat(nameHits).as("columns holding the applicant's clear name").isSubsetOf(NAME_ALLOWED);
	}

	/** Every column of every table in the schema that contains the text (as UTF-8). */
	private List<String> columnsContaining(String needle) {
		List<Map<String, Object>> columns = this.jdbc.queryForList("""
				select c.table_name, c.column_name, c.data_type from information_schema.columns c
				join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
				where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
				  and c.data_type in ('text', 'character varying', 'character', 'bytea', 'json', 'jsonb')
				order by 1, 2""");
		assertThat(columns).as("scanned columns")
			.anyMatch(c -> "act_ge_bytearray".equals(c.get("table_name")))
			.anyMatch(c -> "act_hi_varinst".equals(c.get("table_name")));
		List<String> hits = new ArrayList<>();
		for (Map<String, Object> column : columns) {
			String table = (String) column.get("table_name");
			String col = (String) column.get("column_name");
			String condition = "bytea".equals(column.get("data_type"))
					? "position(convert_to(?, 'UTF8') in \"" + col + "\") > 0" : "strpos(\"" + col + "\"::text, ?) > 0";
			Long count = this.jdbc.queryForObject("select count(*) from \"" + table + "\" where " + condition,
					Long.class, needle);
			if (count != null && count > 0) {
				hits.add(table + "." + col);
			}
		}
		return hits;
	}

}
