package io.bokjiflow.registry.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.bokjiflow.registry.Masking;
import io.bokjiflow.registry.PersonProfile;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the parts of a person's record for {@link PersonProfile}; one query per part,
 * each on an index by person.
 */
@Component
class PersonProfileQueries {

	private final JdbcTemplate jdbc;

	PersonProfileQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<PersonProfile.Member> household(UUID personId) {
		return this.jdbc.query("""
				select p.id, p.name, m.relationship, p.birth_date, p.sex, p.status
				from reg_household_member mine
				join reg_household_member m on m.household_id = mine.household_id
				join reg_person p on p.id = m.person_id
				where mine.person_id = ?
				order by case m.relationship when 'HEAD' then 0 when 'SPOUSE' then 1 else 2 end, p.birth_date""",
				(rs, i) -> new PersonProfile.Member(rs.getObject(1, UUID.class), Masking.name(rs.getString(2)),
						rs.getString(3), rs.getDate(4).toLocalDate(), rs.getString(5), rs.getString(6)),
				personId);
	}

	List<PersonProfile.Qualification> qualifications(UUID personId) {
		return this.jdbc.query(
				"select kind, valid_from, valid_to, detail, source from reg_qualification where person_id = ? order by valid_from desc",
				(rs, i) -> new PersonProfile.Qualification(rs.getString(1), date(rs.getDate(2)), date(rs.getDate(3)),
						rs.getString(4), rs.getString(5)),
				personId);
	}

	List<PersonProfile.Benefit> benefits(UUID personId) {
		return this.jdbc.query("""
				select program_code, agency_code, period_from, period_to, amount_won, status
				from reg_benefit_record where person_id = ? order by period_from desc""",
				(rs, i) -> new PersonProfile.Benefit(rs.getString(1), rs.getString(2), date(rs.getDate(3)),
						date(rs.getDate(4)), rs.getLong(5), rs.getString(6)),
				personId);
	}

	List<PersonProfile.Account> accounts(UUID personId) {
		return this.jdbc.query(
				"select bank_name, number_masked, kind, opened_on, closed_on from reg_bank_account where person_id = ? order by opened_on desc",
				(rs, i) -> new PersonProfile.Account(rs.getString(1), rs.getString(2), rs.getString(3),
						date(rs.getDate(4)), date(rs.getDate(5))),
				personId);
	}

	List<PersonProfile.Event> events(UUID personId) {
		return this.jdbc.query(
				"select kind, occurred_on, detail, source from reg_life_event where person_id = ? order by occurred_on desc",
				(rs, i) -> new PersonProfile.Event(rs.getString(1), date(rs.getDate(2)), rs.getString(3),
						rs.getString(4)),
				personId);
	}

	private static LocalDate date(Date d) {
		return d == null ? null : d.toLocalDate();
	}

}
