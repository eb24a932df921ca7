package io.bokjiflow.openmarket.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bokjiflow.openmarket.ProgramVersion;
import io.bokjiflow.openmarket.ProgramVersion.ProgramContent;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tables {@code om_program} and {@code om_program_version}: a version's content is
 * the {@link ProgramContent} as JSON (the application's {@link ObjectMapper}), so a new
 * field of the content needs no migration.
 */
@Repository
class ProgramVersionStore {

	private static final String COLUMNS = "v.id, v.program_code, v.version, v.revision, v.status, v.content::text as content,"
			+ " v.effective_from, v.created_by, v.submitted_by, v.decided_by, v.decided_at, v.rejection_reason,"
			+ " v.camunda_form_id, v.camunda_form_version, p.sigungu_code, p.catalog_no";

	private static final String FROM = " from om_program_version v join om_program p on p.code = v.program_code";

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	ProgramVersionStore(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * A stored version with what only this module needs.
	 *
	 * @param version the version as the API shows it
	 * @param sigunguCode the program's 시·군·구
	 * @param catalogNo the program's number for its application prefix
	 * @param formId the Camunda form id deployed on publication
	 * @param formVersion the Camunda form version it got
	 */
	record Row(ProgramVersion version, String sigunguCode, int catalogNo, String formId, Integer formVersion) {
	}

	boolean programExists(String code) {
		return this.jdbc.sql("select count(*) from om_program where code = ?")
			.param(code)
			.query(Long.class)
			.single() > 0;
	}

	Optional<String> sigunguOf(String code) {
		return this.jdbc.sql("select sigungu_code from om_program where code = ?")
			.param(code)
			.query(String.class)
			.optional();
	}

	void insertProgram(String code, String sigunguCode, String createdBy, Instant at) {
		this.jdbc.sql("insert into om_program (code, sigungu_code, created_by, created_at) values (?, ?, ?, ?)")
			.params(code, sigunguCode, createdBy, Timestamp.from(at))
			.update();
	}

	void insertVersion(UUID id, String programCode, int version, ProgramContent content, String createdBy, Instant at) {
		this.jdbc
			.sql("""
					insert into om_program_version (id, program_code, version, revision, status, content, created_by, created_at)
					values (?, ?, ?, 0, 'DRAFT', ?::jsonb, ?, ?)""")
			.params(id, programCode, version, write(content), createdBy, Timestamp.from(at))
			.update();
	}

	int nextVersion(String programCode) {
		return this.jdbc.sql("select coalesce(max(version), 0) + 1 from om_program_version where program_code = ?")
			.param(programCode)
			.query(Integer.class)
			.single();
	}

	Optional<Row> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + FROM + " where v.id = ?").param(id).query(this::row).optional();
	}

	/** The version, its row locked until the transaction ends. */
	Optional<Row> lock(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + FROM + " where v.id = ? for update of v")
			.param(id)
			.query(this::row)
			.optional();
	}

	List<Row> versions(String programCode) {
		return this.jdbc.sql("select " + COLUMNS + FROM + " where v.program_code = ? order by v.version desc")
			.param(programCode)
			.query(this::row)
			.list();
	}

	Optional<Row> open(String programCode) {
		return this.jdbc
			.sql("select " + COLUMNS + FROM
					+ " where v.program_code = ? and v.status in ('DRAFT', 'PENDING_APPROVAL') for update of v")
			.param(programCode)
			.query(this::row)
			.optional();
	}

	Optional<Row> latestPublished(String programCode) {
		return this.jdbc
			.sql("select " + COLUMNS + FROM
					+ " where v.program_code = ? and v.status = 'PUBLISHED' order by v.version desc limit 1")
			.param(programCode)
			.query(this::row)
			.optional();
	}

	/** The latest version of any status per program, of a 시·군·구 or all. */
	List<Row> latestPerProgram(String sigunguCode) {
		return this.jdbc.sql("select distinct on (v.program_code) " + COLUMNS + FROM
				+ " where (cast(? as varchar) is null or p.sigungu_code = ?) order by v.program_code, v.version desc")
			.params(sigunguCode, sigunguCode)
			.query(this::row)
			.list();
	}

	Optional<Row> effective(String programCode, LocalDate on) {
		return this.jdbc
			.sql("select " + COLUMNS + FROM + " where v.program_code = ? and v.status = 'PUBLISHED'"
					+ " and v.effective_from <= ? order by v.effective_from desc, v.version desc limit 1")
			.params(programCode, on)
			.query(this::row)
			.optional();
	}

	/** The version in force on a date of every program that has one. */
	List<Row> allEffective(LocalDate on) {
		return this.jdbc
			.sql("select distinct on (v.program_code) " + COLUMNS + FROM
					+ " where v.status = 'PUBLISHED' and v.effective_from <= ?"
					+ " order by v.program_code, v.effective_from desc, v.version desc")
			.param(on)
			.query(this::row)
			.list();
	}

	/** Saves a draft's content when its revision is still the expected one. */
	boolean saveContent(UUID id, long expectedRevision, ProgramContent content) {
		return this.jdbc.sql("""
				update om_program_version set content = ?::jsonb, revision = revision + 1
				where id = ? and revision = ? and status in ('DRAFT', 'REJECTED')""")
			.params(write(content), id, expectedRevision)
			.update() == 1;
	}

	void submit(UUID id, LocalDate effectiveFrom, String by, Instant at) {
		this.jdbc
			.sql("""
					update om_program_version set status = 'PENDING_APPROVAL', effective_from = ?, submitted_by = ?,
					  submitted_at = ?, decided_by = null, decided_at = null, rejection_reason = null, revision = revision + 1
					where id = ?""")
			.params(effectiveFrom, by, Timestamp.from(at), id)
			.update();
	}

	void publish(UUID id, String by, Instant at, String formId, Integer formVersion) {
		this.jdbc.sql("""
				update om_program_version set status = 'PUBLISHED', decided_by = ?, decided_at = ?,
				  camunda_form_id = ?, camunda_form_version = ?, revision = revision + 1
				where id = ? and status = 'PENDING_APPROVAL'""")
			.params(by, Timestamp.from(at), formId, formVersion, id)
			.update();
	}

	void reject(UUID id, String by, Instant at, String reason) {
		this.jdbc.sql("""
				update om_program_version set status = 'REJECTED', decided_by = ?, decided_at = ?, rejection_reason = ?,
				  revision = revision + 1
				where id = ? and status = 'PENDING_APPROVAL'""").params(by, Timestamp.from(at), reason, id).update();
	}

	/** A rejected version edited again becomes a draft. */
	void reopen(UUID id) {
		this.jdbc.sql("update om_program_version set status = 'DRAFT' where id = ? and status = 'REJECTED'")
			.param(id)
			.update();
	}

	String write(ProgramContent content) {
		try {
			return this.json.writeValueAsString(content);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Program content not serialisable", ex);
		}
	}

	ProgramContent read(String text) {
		try {
			return this.json.readValue(text, ProgramContent.class);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Stored program content unreadable: " + ex.getOriginalMessage(), ex);
		}
	}

	private Row row(ResultSet rs, int n) throws SQLException {
		Timestamp decidedAt = rs.getTimestamp("decided_at");
		java.sql.Date effective = rs.getDate("effective_from");
		ProgramVersion v = new ProgramVersion(rs.getObject("id", UUID.class), rs.getString("program_code"),
				rs.getInt("version"), rs.getLong("revision"), ProgramVersion.Status.valueOf(rs.getString("status")),
				read(rs.getString("content")), effective == null ? null : effective.toLocalDate(),
				rs.getString("created_by"), rs.getString("submitted_by"), rs.getString("decided_by"),
				decidedAt == null ? null : decidedAt.toInstant(), rs.getString("rejection_reason"));
		int formVersion = rs.getInt("camunda_form_version");
		return new Row(v, rs.getString("sigungu_code"), rs.getInt("catalog_no"), rs.getString("camunda_form_id"),
				rs.wasNull() ? null : formVersion);
	}

}
