package io.bokjiflow.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import io.bokjiflow.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit logs are append-only in the database itself: rows can be added, never changed
 * nor deleted, whoever asks (the application's own SQL included).
 */
class AuditLogIT extends IntegrationTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void shouldRefuseToChangeOrDeleteAPersonRecordAccess() {
		UUID person = this.jdbc.queryForObject("select id from reg_person limit 1", UUID.class);
		Long id = this.jdbc.queryForObject("insert into reg_access_audit (person_id, accessed_by, purpose, accessed_at)"
				+ " values (?, 'cw.gangnam', 'person view', now()) returning id", Long.class, person);
		assertAppendOnly("reg_access_audit", "accessed_by = 'someone else'", id);
	}

	@Test
	void shouldRefuseToChangeOrDeleteASignIn() {
		Long id = this.jdbc.queryForObject(
				"insert into idn_login_audit (username, kind, channel, occurred_at)"
						+ " values ('cw.gangnam', 'FAILED', 'FORM', ?) returning id",
				Long.class, Timestamp.from(Instant.now()));
		assertAppendOnly("idn_login_audit", "kind = 'SIGNED_IN'", id);
	}

	@Test
	void shouldRefuseToChangeOrDeleteADeployment() {
		Long id = this.jdbc.queryForObject(
				"""
						insert into dsg_deployment_audit (deployed_by, deployed_at, resource_name, resource_kind, new_deployment_id, comment)
						values ('designer', now(), 'x.bpmn', 'BPMN', 'd-1', 'test') returning id""",
				Long.class);
		assertAppendOnly("dsg_deployment_audit", "comment = 'rewritten'", id);
	}

	private void assertAppendOnly(String table, String change, Long id) {
		assertThatThrownBy(() -> this.jdbc.update("update " + table + " set " + change + " where id = ?", id))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.update("delete from " + table + " where id = ?", id))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThat(this.jdbc.queryForObject("select count(*) from " + table + " where id = ?", Long.class, id))
			.isEqualTo(1);
	}

}
