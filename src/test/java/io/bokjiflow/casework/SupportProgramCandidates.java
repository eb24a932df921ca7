package io.bokjiflow.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who in the generated population the eligibility tables make eligible or ineligible, per
 * support program: each program's criteria restate its table
 * (processes/rules/&lt;key&gt;-eligibility.dmn) as SQL over the public-data SIMULATOR's
 * records ({@code pds_*}, what the investigation will fetch) of the persons the
 * integrated DB knows ({@code reg_*}), so a candidate is chosen by its facts on the
 * application date — never by trying persons until one passes.
 *
 * <p>
 * Criteria leave a margin of 5% around every income, asset and vehicle limit, so that the
 * rounding of the investigation (annual amounts per person and kind divided by 12) cannot
 * move a candidate across a line. Ineligible persons are chosen for a rule that rejects
 * without a caseworker (no {@code review}), so that both decision paths are covered.
 */
final class SupportProgramCandidates {

	/**
	 * The 시·군·구 of the demo caseworkers; their few generated residents are left to the
	 * other integration tests, which pick them by district.
	 */
	static final List<String> DEMO_DISTRICTS = List.of("11680", "11110");

	/**
	 * The case facts of docs/case-facts.md for every person the registry and the
	 * simulator both know, as the investigation derives them on the application date
	 * (parameter 1); parameter 2 is the standard median income by household size 1–8 (for
	 * the child-care bands). Household income and assets are summed over the living
	 * members of the registry household, as the investigation asks each source per
	 * member.
	 *
	 * <p>
	 * A registry person is linked to the agencies' record of the same name, birth date
	 * and sex only where that is unambiguous (PopulationLoadIT loads a second population
	 * into the same database), and only persons whose whole household is so linked are
	 * chosen; the test confirms the link with the simulator's key before it submits.
	 * Candidates are alive, registered where the agencies say they live, without a status
	 * change in the last 90 days (each of these would flag the case for a caseworker),
	 * known to the health insurance (else its source answers "no record"), outside the
	 * demo districts, and have no earlier application for the program (parameter 3).
	 */
	private static final String FACTS = """
			with d as (select cast(? as date) as today, cast(? as bigint[]) as median),
			link as (
			  select r.id as person_id, r.name, r.admin_dong_code, r.status as registry_status, r.birth_date,
			         s.rrn_hash, s.household_no, s.status as agency_status, s.status_changed_on,
			         s.admin_dong_code as agency_admin_dong_code
			  from reg_person r
			  join pds_person s on s.name = r.name and s.birth_date = r.birth_date and s.sex = r.sex
			),
			known as (
			  select * from link l
			  where (select count(*) from link o where o.person_id = l.person_id) = 1
			    and (select count(*) from link o where o.rrn_hash = l.rrn_hash) = 1
			),
			qualification as (
			  select k.person_id,
			         bool_or(q.kind = 'BASIC_LIVELIHOOD') as basic_livelihood,
			         bool_or(q.kind = 'BASIC_LIVELIHOOD' and (q.detail like '%생계%' or q.detail like '%의료%'))
			           as livelihood_or_medical,
			         bool_or(q.kind = 'NEAR_POOR') as near_poor,
			         bool_or(q.kind = 'DISABILITY') as disability,
			         bool_or(q.kind = 'VETERAN') as veteran,
			         bool_or(q.kind = 'SINGLE_PARENT') as single_parent
			  from known k cross join d
			  join pds_qualification q on q.rrn_hash = k.rrn_hash
			   and q.valid_from <= d.today and (q.valid_to is null or q.valid_to >= d.today)
			  group by k.person_id
			),
			resident_household as (
			  select k.person_id,
			         count(*) as household_size,
			         count(*) filter (where extract(year from d.today) - extract(year from m.birth_date) < 12)
			           as children_under12,
			         min(extract(year from d.today) - extract(year from m.birth_date))
			           filter (where extract(year from d.today) - extract(year from m.birth_date) < 19)
			           as youngest_child_age
			  from known k cross join d
			  join pds_person m on m.household_no = k.household_no and m.status = 'ALIVE'
			  group by k.person_id
			),
			investigated_member as (
			  select k.person_id, mk.rrn_hash
			  from known k
			  join reg_household_member mine on mine.person_id = k.person_id
			  join reg_household_member other on other.household_id = mine.household_id
			  join known mk on mk.person_id = other.person_id
			  where mk.registry_status = 'ALIVE' or mk.person_id = k.person_id
			),
			income as (
			  select m.person_id, sum(i.annual_won) / 12 as monthly_income
			  from investigated_member m cross join d
			  join pds_income i on i.rrn_hash = m.rrn_hash and i.year = extract(year from d.today) - 1
			  group by m.person_id
			),
			asset as (
			  select m.person_id,
			         coalesce(sum(a.value_won) filter (where a.kind = 'HOUSING'), 0) as housing,
			         coalesce(sum(a.value_won) filter (where a.kind = 'VEHICLE'), 0) as vehicle_value,
			         greatest(0, sum(case when a.kind = 'DEBT' then -a.value_won else a.value_won end)) as total_assets
			  from investigated_member m
			  join pds_asset a on a.rrn_hash = m.rrn_hash
			  group by m.person_id
			),
			facts as (
			  select k.person_id, k.name, k.admin_dong_code,
			         k.registry_status = 'ALIVE' and k.agency_status = 'ALIVE' as alive,
			         k.agency_admin_dong_code = k.admin_dong_code as same_address,
			         k.status_changed_on is not null and k.status_changed_on >= d.today - 90 as recent_status_change,
			         date_part('year', age(d.today, k.birth_date))::int as applicant_age,
			         coalesce(q.basic_livelihood, false) as basic_livelihood,
			         coalesce(q.livelihood_or_medical, false) as livelihood_or_medical,
			         coalesce(q.near_poor, false) as near_poor,
			         coalesce(q.disability, false) as disability,
			         coalesce(q.veteran, false) as veteran,
			         coalesce(q.single_parent, false) as single_parent,
			         coalesce(h.household_size, 1) as household_size,
			         coalesce(h.children_under12, 0) as children_under12,
			         coalesce(h.youngest_child_age, -1) as youngest_child_age,
			         coalesce(a.housing, 0) = 0 as homeless,
			         coalesce(a.vehicle_value, 0) as vehicle_value,
			         coalesce(a.total_assets, 0) as total_assets,
			         coalesce(i.monthly_income, 0) as monthly_income,
			         ins.employment_insured,
			         ins.rrn_hash is not null as health_insured,
			         (d.median)[least(coalesce(h.household_size, 1), 8)] as median_income,
			         -- The income lines of the housing tables (KRW per month by household size).
			         (array[1741482, 2707856, 3599325, 4124234, 4387536, 4781641, 5175747, 5569852])
			           [least(coalesce(h.household_size, 1), 8)] as line50,
			         (array[2438075, 3790998, 5039054, 5773927, 6142550, 6694297, 7246045, 7797793])
			           [least(coalesce(h.household_size, 1), 8)] as line70,
			         (array[3482964, 5415712, 7198649, 8248467, 8775071, 9563282, 10351493, 11139704])
			           [least(coalesce(h.household_size, 1), 8)] as line100,
			         (array[4179557, 6498854, 8638379, 9898160, 10530085, 11475938, 12421792, 13367645])
			           [least(coalesce(h.household_size, 1), 8)] as line120
			  from known k cross join d
			  left join qualification q on q.person_id = k.person_id
			  left join resident_household h on h.person_id = k.person_id
			  left join income i on i.person_id = k.person_id
			  left join asset a on a.person_id = k.person_id
			  left join pds_insurance ins on ins.rrn_hash = k.rrn_hash
			)
			select f.person_id, f.name, f.admin_dong_code, k.rrn_hash as agency_key,
			       (select count(distinct other.person_id) from reg_household_member mine
			        join reg_household_member other on other.household_id = mine.household_id
			        join reg_person op on op.id = other.person_id
			        where mine.person_id = f.person_id and (op.status = 'ALIVE' or op.id = f.person_id)) as household_subjects
			from facts f
			join known k on k.person_id = f.person_id
			where f.alive and f.same_address and not f.recent_status_change and f.health_insured
			  and not exists (select 1 from reg_household_member mine
			                  join reg_household_member other on other.household_id = mine.household_id
			                  where mine.person_id = f.person_id
			                    and other.person_id not in (select person_id from known))
			  and substr(f.admin_dong_code, 1, 5) not in ({demoDistricts})
			  and not exists (select 1 from cw_application x where x.person_id = f.person_id and x.program_code = ?)
			  and ({criteria})
			order by f.person_id
			limit 1""";

	private static final String ADULT = "applicant_age >= 19";

	private static final String NO_QUALIFICATION = "not basic_livelihood and not near_poor";

	private static final String NONE_OF_FOUR = "not basic_livelihood and not near_poor and not disability and not veteran";

	private static final String VEHICLE_OK = "vehicle_value <= 0.95 * 37080000";

	/** The eligible and the ineligible person of every linked program. */
	static final Map<String, ProgramCriteria> CRITERIA = Map.ofEntries(
			// ---- data only ----
			program("TRAVEL_VOUCHER", approved(ADULT + " and basic_livelihood", "BASIC_LIVELIHOOD"),
					rejected(ADULT + " and " + NO_QUALIFICATION, "NO_QUALIFICATION")),
			program("CULTURE_VOUCHER", approved(ADULT + " and near_poor and not basic_livelihood", "NEAR_POOR"),
					rejected(ADULT + " and " + NO_QUALIFICATION, "NO_QUALIFICATION")),
			program("SPORTS_VIEWING_VOUCHER", approved(ADULT + " and basic_livelihood", "BASIC_LIVELIHOOD"),
					rejected(ADULT + " and " + NO_QUALIFICATION, "NO_QUALIFICATION")),
			// The applicant is the child (a guardian applies for them).
			program("SPORTS_LESSON_VOUCHER",
					approved("applicant_age between 5 and 18 and basic_livelihood", "BASIC_LIVELIHOOD"),
					rejected("applicant_age between 5 and 18 and " + NO_QUALIFICATION, "NO_QUALIFICATION")),
			program("VETERAN_PROSTHESIS", approved(ADULT + " and veteran and disability", "VETERAN_WITH_DISABILITY"),
					rejected(ADULT + " and not veteran", "NO_QUALIFICATION")),
			program("VETERAN_TRANSPORT_DISCOUNT",
					approved(ADULT + " and veteran and not disability", "VETERAN_WOUND_TO_CONFIRM").withReview(),
					rejected(ADULT + " and not veteran", "NO_QUALIFICATION")),
			program("VETERAN_PALACE_ADMISSION", approved(ADULT + " and veteran", "VETERAN"),
					rejected(ADULT + " and not veteran", "NO_QUALIFICATION")),
			program("VETERAN_TUITION", approved(ADULT + " and veteran and not basic_livelihood", "VETERAN"),
					rejected(ADULT + " and not veteran", "NO_QUALIFICATION")),
			program("HEAT_FEE_REDUCTION",
					approved(ADULT + " and disability and not basic_livelihood and not near_poor", "DISABILITY"),
					rejected(ADULT + " and " + NONE_OF_FOUR, "NO_QUALIFICATION")),
			program("ELECTRICITY_DISCOUNT", approved(ADULT + " and basic_livelihood", "BASIC_LIVELIHOOD"),
					rejected(ADULT + " and " + NONE_OF_FOUR + " and children_under12 < 3 and household_size < 5"
							+ " and youngest_child_age not between 0 and 2", "NO_QUALIFICATION")),
			program("CITY_GAS_DISCOUNT", approved(ADULT + " and near_poor and not basic_livelihood", "NEAR_POOR"),
					rejected(ADULT + " and " + NONE_OF_FOUR + " and children_under12 < 3", "NO_QUALIFICATION")),
			program("BRIQUETTE_COUPON", approved(ADULT + " and basic_livelihood", "BASIC_LIVELIHOOD").withReview(),
					rejected(ADULT + " and " + NO_QUALIFICATION, "NO_QUALIFICATION")),
			program("ENERGY_EFFICIENCY_UPGRADE", approved(ADULT + " and basic_livelihood", "BASIC_LIVELIHOOD"),
					rejected(ADULT + " and " + NO_QUALIFICATION, "NO_QUALIFICATION")),
			program("LPG_FACILITY_UPGRADE",
					approved(ADULT + " and near_poor and not basic_livelihood", "NEAR_POOR").withReview(),
					rejected(ADULT + " and " + NO_QUALIFICATION, "NO_QUALIFICATION")),
			program("TELECOM_FEE_REDUCTION",
					approved(ADULT + " and disability and not basic_livelihood and not near_poor", "DISABILITY"),
					rejected("applicant_age between 19 and 64 and " + NONE_OF_FOUR, "NO_QUALIFICATION")),
			program("TV_LICENSE_EXEMPTION", approved(ADULT + " and basic_livelihood", "BASIC_LIVELIHOOD"),
					rejected(ADULT + " and not basic_livelihood and not disability and not veteran",
							"NO_QUALIFICATION")),
			program("BROADCAST_RECEIVER_FOR_DISABLED",
					approved(ADULT + " and disability and near_poor and not basic_livelihood", "NEAR_POOR_DISABILITY")
						.withReview()
						.withRank(1),
					rejected(ADULT + " and not disability", "NO_QUALIFICATION")),
			program("TOLL_DISCOUNT", approved(ADULT + " and disability and vehicle_value > 0", "DISABILITY"),
					rejected(ADULT + " and disability and vehicle_value = 0", "NO_VEHICLE")),
			program("GOVERNMENT_RICE_DISCOUNT", approved(ADULT + " and basic_livelihood", "BASIC_LIVELIHOOD"),
					rejected(ADULT + " and " + NO_QUALIFICATION, "NO_QUALIFICATION")),
			// ---- income and asset investigation ----
			program("PERMANENT_RENTAL",
					approved(ADULT + " and homeless and livelihood_or_medical", "LIVELIHOOD_OR_MEDICAL").withRank(1),
					rejected(ADULT + " and not homeless", "NOT_HOMELESS")),
			program("PURCHASED_RENTAL",
					approved(ADULT + " and homeless and livelihood_or_medical", "LIVELIHOOD_OR_MEDICAL").withRank(1),
					rejected(ADULT + " and homeless and " + NONE_OF_FOUR + " and not single_parent"
							+ " and total_assets <= 0.95 * 241000000 and " + VEHICLE_OK
							+ " and monthly_income >= 1.05 * line70", "OVER_INCOME_LIMIT")),
			program("NATIONAL_RENTAL",
					approved(ADULT + " and homeless and total_assets <= 0.95 * 345000000 and " + VEHICLE_OK
							+ " and monthly_income <= 0.95 * line50", "INCOME_WITHIN_50")
						.withRank(1),
					rejected(ADULT + " and homeless and total_assets >= 1.05 * 345000000", "OVER_ASSET_LIMIT")),
			program("PUBLIC_RENTAL",
					approved(ADULT + " and homeless and total_assets <= 0.95 * 215500000 and " + VEHICLE_OK
							+ " and monthly_income <= 0.95 * line70", "INCOME_WITHIN_70")
						.withRank(1),
					rejected(ADULT + " and homeless and total_assets >= 1.05 * 215500000", "OVER_ASSET_LIMIT")),
			program("LONG_TERM_JEONSE",
					approved(
							ADULT + " and homeless and total_assets <= 0.95 * 215500000 and " + VEHICLE_OK
									+ " and monthly_income between 1.05 * line100 and 0.95 * line120",
							"INCOME_WITHIN_120")
						.withRank(2),
					rejected(ADULT + " and homeless and total_assets <= 0.95 * 215500000"
							+ " and vehicle_value >= 1.05 * 37080000", "OVER_VEHICLE_LIMIT")),
			program("JEONSE_RENTAL",
					approved(ADULT + " and homeless and basic_livelihood and not livelihood_or_medical",
							"BASIC_LIVELIHOOD_TO_CONFIRM")
						.withReview()
						.withRank(1),
					rejected(ADULT + " and not homeless", "NOT_HOMELESS")),
			program("GREENBELT_RESIDENT_SUPPORT",
					approved(ADULT + " and monthly_income <= 0.95 * line100", "INCOME_WITHIN_100").withReview(),
					rejected(ADULT + " and monthly_income >= 1.05 * line100", "OVER_INCOME_LIMIT")),
			// A working parent of a child under 12 whose gross income is under 75% of the
			// median: the recognised income (gross less deductions, no assets asked) is
			// too.
			program("CHILD_CARE_SERVICE",
					approved(ADULT + " and youngest_child_age between 0 and 12 and employment_insured"
							+ " and monthly_income <= 0.75 * median_income", "BAND_GA")
						.withShare(85),
					rejected(ADULT + " and youngest_child_age = -1", "NO_CHILD_IN_AGE")));

	private SupportProgramCandidates() {
	}

	/**
	 * The person who fits one side of a program's criteria, if the population has one.
	 * @param jdbc the database
	 * @param today the application date
	 * @param medianByHouseholdSize the standard median income for household sizes 1–8
	 * @param programCode the program
	 * @param expected the side
	 * @return the candidate
	 */
	static Optional<Candidate> find(JdbcTemplate jdbc, LocalDate today, long[] medianByHouseholdSize,
			String programCode, Expectation expected) {
		String median = IntStream.range(0, medianByHouseholdSize.length)
			.mapToObj(i -> Long.toString(medianByHouseholdSize[i]))
			.collect(Collectors.joining(",", "{", "}"));
		return jdbc.query(
				FACTS
					.replace("{demoDistricts}",
							DEMO_DISTRICTS.stream().map(d -> "'" + d + "'").collect(Collectors.joining(", ")))
					.replace("{criteria}", expected.where()),
				(rs, i) -> new Candidate(rs.getObject("person_id", UUID.class), rs.getString("name"),
						rs.getString("admin_dong_code"), Math.max(1, rs.getInt("household_subjects")),
						rs.getBytes("agency_key")),
				today, median, programCode)
			.stream()
			.findFirst();
	}

	private static Map.Entry<String, ProgramCriteria> program(String code, Expectation eligible,
			Expectation ineligible) {
		return Map.entry(code, new ProgramCriteria(eligible, ineligible));
	}

	private static Expectation approved(String where, String rule) {
		return new Expectation(true, where, rule, false, null, null);
	}

	private static Expectation rejected(String where, String rule) {
		return new Expectation(false, where, rule, false, null, null);
	}

	/**
	 * The eligible and the ineligible side of a program.
	 *
	 * @param eligible whom the table approves
	 * @param ineligible whom the table rejects
	 */
	record ProgramCriteria(Expectation eligible, Expectation ineligible) {
	}

	/**
	 * One side: who, and what the table must answer for them.
	 *
	 * @param eligible the table's {@code eligible}
	 * @param where the SQL condition on the case facts
	 * @param rule the table's {@code rule}
	 * @param review the table's {@code review}
	 * @param rank the table's {@code rank}, if it gives one
	 * @param sharePercent the table's {@code sharePercent}, if it gives one
	 */
	record Expectation(boolean eligible, String where, String rule, boolean review, Integer rank,
			Integer sharePercent) {

		Expectation withReview() {
			return new Expectation(this.eligible, this.where, this.rule, true, this.rank, this.sharePercent);
		}

		Expectation withRank(int value) {
			return new Expectation(this.eligible, this.where, this.rule, this.review, value, this.sharePercent);
		}

		Expectation withShare(int value) {
			return new Expectation(this.eligible, this.where, this.rule, this.review, this.rank, value);
		}

	}

	/**
	 * A generated person chosen for a run.
	 *
	 * @param personId the person in the registry
	 * @param name the registered name
	 * @param adminDongCode the registered 행정동 (the application's community centre)
	 * @param householdSubjects how many persons the investigation asks about for a
	 * household source: the applicant and the living members of the registry household
	 * @param agencyKey the key of the simulator's records the facts were read from
	 */
	record Candidate(UUID personId, String name, String adminDongCode, int householdSubjects, byte[] agencyKey) {

		String sigunguCode() {
			return this.adminDongCode.substring(0, 5);
		}

	}

}
