package io.bokjiflow.outreach.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads what the integrated eligibility DB holds about many persons at once, a few
 * set-based queries per chunk of persons (never one query per person).
 *
 * <p>
 * Reads the registry's tables directly, read-only, as integrity's conflict check and
 * openmarket's SQL evaluator do: {@code reg_person}, {@code reg_household_member},
 * {@code reg_qualification}, {@code reg_income_assessment} and
 * {@code reg_benefit_record}. A change of those columns must change these queries.
 */
@Component
class RegistryFacts {

	static final int CHUNK = 1_000;

	private final JdbcTemplate jdbc;

	RegistryFacts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A household member (the person included). */
	record Member(UUID personId, LocalDate birthDate, String status) {
	}

	/** A qualification valid on the reference date. */
	record Qualification(String kind, String detail, LocalDate validFrom, String source) {
	}

	/** The latest recognised income assessment on or before the reference date. */
	record Income(LocalDate assessedOn, int householdSize, long recognisedIncomeWon, String source) {
	}

	/** An ACTIVE benefit record running on the reference date. */
	record Benefit(String programCode, LocalDate periodFrom, String source) {
	}

	/** What the registry holds about one person on a date. */
	record Person(UUID id, String maskedName, LocalDate birthDate, String sex, String adminDongCode,
			LocalDate movedInOn, String status, boolean registeredHousehold, List<Member> household,
			List<Qualification> qualifications, Income income, List<Benefit> benefits) {

		boolean alive() {
			return "ALIVE".equals(this.status);
		}

		boolean holds(String kind) {
			return this.qualifications.stream().anyMatch(q -> q.kind().equals(kind));
		}

	}

	/** The living residents of a 행정동, by id. */
	List<UUID> residents(String adminDongCode) {
		return this.jdbc.queryForList(
				"select id from reg_person where admin_dong_code = ? and status = 'ALIVE' order by id", UUID.class,
				adminDongCode);
	}

	/** The facts of persons on a date, in the order given; unknown ids are left out. */
	List<Person> load(Collection<UUID> personIds, LocalDate on) {
		List<UUID> ids = List.copyOf(personIds);
		List<Person> persons = new ArrayList<>();
		for (int from = 0; from < ids.size(); from += CHUNK) {
			persons.addAll(loadChunk(ids.subList(from, Math.min(ids.size(), from + CHUNK)), on));
		}
		return persons;
	}

	private List<Person> loadChunk(List<UUID> ids, LocalDate on) {
		Object chunk = ids.toArray(UUID[]::new);
		Date day = Date.valueOf(on);
		record Row(UUID id, String name, LocalDate birthDate, String sex, String dong, LocalDate movedIn,
				String status) {
		}
		Map<UUID, Row> rows = new LinkedHashMap<>();
		this.jdbc.query("""
				select id, name, birth_date, sex, admin_dong_code, moved_in_on, status
				from reg_person where id = any(?)""", rs -> {
			UUID id = rs.getObject(1, UUID.class);
			Date moved = rs.getDate(6);
			rows.put(id, new Row(id, rs.getString(2), rs.getDate(3).toLocalDate(), rs.getString(4), rs.getString(5),
					moved == null ? null : moved.toLocalDate(), rs.getString(7)));
		}, chunk);
		Map<UUID, List<Member>> households = new HashMap<>();
		this.jdbc.query("""
				select m.person_id, p.id, p.birth_date, p.status
				from reg_household_member m
				join reg_household_member o on o.household_id = m.household_id
				join reg_person p on p.id = o.person_id
				where m.person_id = any(?)""", rs -> {
			households.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
				.add(new Member(rs.getObject(2, UUID.class), rs.getDate(3).toLocalDate(), rs.getString(4)));
		}, chunk);
		Map<UUID, List<Qualification>> qualifications = new HashMap<>();
		this.jdbc.query("""
				select person_id, kind, detail, valid_from, source from reg_qualification
				where person_id = any(?) and valid_from <= ? and (valid_to is null or valid_to >= ?)
				order by person_id, kind, valid_from""", rs -> {
			qualifications.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
				.add(new Qualification(rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(), rs.getString(5)));
		}, chunk, day, day);
		Map<UUID, Income> incomes = new HashMap<>();
		this.jdbc.query("""
				select distinct on (person_id) person_id, assessed_on, household_size, recognised_income_won, source
				from reg_income_assessment where person_id = any(?) and assessed_on <= ?
				order by person_id, assessed_on desc, id desc""", rs -> {
			incomes.put(rs.getObject(1, UUID.class),
					new Income(rs.getDate(2).toLocalDate(), rs.getInt(3), rs.getLong(4), rs.getString(5)));
		}, chunk, day);
		Map<UUID, List<Benefit>> benefits = new HashMap<>();
		this.jdbc.query("""
				select person_id, program_code, period_from, source from reg_benefit_record
				where person_id = any(?) and status = 'ACTIVE' and period_from <= ?
				  and (period_to is null or period_to >= ?)""", rs -> {
			benefits.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
				.add(new Benefit(rs.getString(2), rs.getDate(3).toLocalDate(), rs.getString(4)));
		}, chunk, day, day);
		List<Person> persons = new ArrayList<>();
		for (UUID id : ids) {
			Row r = rows.get(id);
			if (r == null) {
				continue;
			}
			List<Member> household = households.get(id);
			persons.add(new Person(id, mask(r.name()), r.birthDate(), r.sex(), r.dong(), r.movedIn(), r.status(),
					household != null,
					household != null ? household : List.of(new Member(id, r.birthDate(), r.status())),
					qualifications.getOrDefault(id, List.of()), incomes.get(id), benefits.getOrDefault(id, List.of())));
		}
		return persons;
	}

	static String mask(String name) {
		return io.bokjiflow.registry.Masking.name(name);
	}

}
