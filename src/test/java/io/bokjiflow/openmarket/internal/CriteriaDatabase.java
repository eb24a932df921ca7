package io.bokjiflow.openmarket.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import io.bokjiflow.casework.IncomeStandards;
import io.bokjiflow.shared.EmbeddedPostgres;
import io.bokjiflow.testing.TestProcessEngine;
import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A database of its own on the test PostgreSQL server with the application's Flyway
 * migrations, for tests of the SQL evaluator that run without Spring (a jqwik property
 * cannot use Spring's JUnit extension), and small registry populations written into it.
 */
final class CriteriaDatabase {

	private static final String DATABASE = "criteria_test";

	private static DataSource dataSource;

	private static IncomeStandards standards;

	private CriteriaDatabase() {
	}

	/** The migrated database, created on first use. */
	static synchronized DataSource dataSource() {
		if (dataSource == null) {
			String url = TestProcessEngine.postgres().ensureDatabase(DATABASE);
			SingleConnectionDataSource ds = new SingleConnectionDataSource(url, EmbeddedPostgres.USER, "", true);
			ds.setAutoCommit(true);
			Flyway.configure().dataSource(ds).locations("classpath:db/migration").cleanDisabled(false).load().clean();
			Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
			dataSource = ds;
		}
		return dataSource;
	}

	/** The application's income standards file. */
	static synchronized IncomeStandards standards() {
		if (standards == null) {
			try (InputStream in = Files.newInputStream(Path.of("src/main/resources", IncomeStandards.RESOURCE))) {
				standards = IncomeStandards.load(in);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return standards;
	}

	/** An evaluator over the test database. */
	static RegistryCriteriaEvaluator evaluator() {
		return new RegistryCriteriaEvaluator(new JdbcTemplate(dataSource()), standards());
	}

	/** A person to write. */
	record Person(UUID id, String sex, LocalDate birthDate, LocalDate movedInOn, String adminDongCode, String status) {
	}

	/** A household to write: its members, the first one its head. */
	record Household(UUID id, List<UUID> members) {
	}

	/** A qualification to write. */
	record Qualification(UUID personId, String kind, LocalDate validFrom, LocalDate validTo) {
	}

	/** An income assessment to write, in the order given (ids grow). */
	record Assessment(UUID personId, LocalDate assessedOn, int householdSize, long recognisedIncomeWon) {
	}

	/** Replaces the registry's persons with these. */
	static void replacePopulation(List<Person> persons, List<Household> households, List<Qualification> qualifications,
			List<Assessment> assessments) {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource());
		jdbc.execute("truncate reg_income_assessment, reg_qualification, reg_household_member, reg_household, "
				+ "reg_person cascade");
		List<Object[]> rows = new ArrayList<>();
		for (Person p : persons) {
			byte[] key = p.id().toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
			rows.add(new Object[] { p.id(), key, key, "시험", Date.valueOf(p.birthDate()), p.sex(), p.adminDongCode(),
					p.movedInOn() == null ? null : Date.valueOf(p.movedInOn()), p.status() });
		}
		jdbc.batchUpdate("insert into reg_person (id, rrn_hash, rrn_cipher, name, birth_date, sex, admin_dong_code, "
				+ "moved_in_on, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
		for (Household h : households) {
			jdbc.update("insert into reg_household (id, head_person_id, admin_dong_code) values (?, ?, '1111051500')",
					h.id(), h.members().get(0));
			for (int i = 0; i < h.members().size(); i++) {
				jdbc.update("insert into reg_household_member (household_id, person_id, relationship) values (?, ?, ?)",
						h.id(), h.members().get(i), i == 0 ? "HEAD" : "OTHER");
			}
		}
		jdbc.batchUpdate(
				"insert into reg_qualification (id, person_id, kind, valid_from, valid_to, source) values (?, ?, ?, ?, ?, 'test')",
				qualifications.stream()
					.map(q -> new Object[] { UUID.randomUUID(), q.personId(), q.kind(), Date.valueOf(q.validFrom()),
							q.validTo() == null ? null : Date.valueOf(q.validTo()) })
					.toList());
		for (Assessment a : assessments) {
			jdbc.update(
					"insert into reg_income_assessment (person_id, assessed_on, household_size, recognised_income_won, source) values (?, ?, ?, ?, 'test')",
					a.personId(), Date.valueOf(a.assessedOn()), a.householdSize(), a.recognisedIncomeWon());
		}
	}

}
