package io.bokjiflow.integrity.internal;

/**
 * The sweep's SQL: one set-based pass over the registry's ACTIVE benefit records
 * ({@code reg_benefit_record}, {@code reg_household_member}, {@code reg_person}; read
 * only, as in {@link JdbcDuplicateBenefitRules}) joined with the current rule version.
 *
 * <p>
 * Parameters: {@code :version} (the rule version), {@code :on} (the day the records are
 * ACTIVE) and {@code :prefix} (a 행정동 code prefix, {@code null} for the whole database).
 */
final class SweepSql {

	private SweepSql() {
	}

	/**
	 * The conflicting pairs, each once: rule, effect, household, the normalised records
	 * (a &lt; b) with person, program, start, amount and reviewing 시·군·구 of each, and
	 * which one is the later-granted.
	 *
	 * <p>
	 * A rule pairs a record of its program A with one of its program B of the same person
	 * or, where the rule says household, of the same household (a person without a
	 * household row is a household of one). The two joins are separate branches so that
	 * each is a hash join on (program, person) or (program, household). A program on both
	 * sides of a rule (or two rules over the same programs) could meet a pair twice; the
	 * outer {@code distinct on} keeps one per rule and pair.
	 */
	static final String PAIRS = """
			with rules as (
			    select number, program_a, program_b, effect, amount_won, percent, household
			    from int_duplicate_rule where version = :version
			),
			act as (
			    select b.id, b.person_id, b.program_code, b.period_from, b.amount_won,
			           coalesce(m.household_id, b.person_id) as hh,
			           case when b.agency_code ~ '^[0-9]{5}$' then b.agency_code
			                else substr(p.admin_dong_code, 1, 5) end as sigungu
			    from reg_benefit_record b
			    join reg_person p on p.id = b.person_id
			    left join reg_household_member m on m.person_id = b.person_id
			    where b.status = 'ACTIVE' and b.period_from <= :on and (b.period_to is null or b.period_to >= :on)
			      and b.program_code in (select program_a from rules union select program_b from rules)
			      and (cast(:prefix as varchar) is null or p.admin_dong_code like cast(:prefix as varchar) || '%')
			),
			raw as (
			    select r.number, r.effect, r.household, r.amount_won as rule_amount, r.percent,
			           x.id as x_id, x.person_id as x_person, x.program_code as x_program, x.period_from as x_from,
			           x.amount_won as x_amount, x.sigungu as x_sigungu,
			           y.id as y_id, y.person_id as y_person, y.program_code as y_program, y.period_from as y_from,
			           y.amount_won as y_amount, y.sigungu as y_sigungu
			    from rules r
			    join act x on x.program_code = r.program_a
			    join act y on y.program_code = r.program_b and y.person_id = x.person_id and y.id <> x.id
			    where not r.household
			    union all
			    select r.number, r.effect, r.household, r.amount_won, r.percent,
			           x.id, x.person_id, x.program_code, x.period_from, x.amount_won, x.sigungu,
			           y.id, y.person_id, y.program_code, y.period_from, y.amount_won, y.sigungu
			    from rules r
			    join act x on x.program_code = r.program_a
			    join act y on y.program_code = r.program_b and y.hh = x.hh and y.id <> x.id
			    where r.household
			),
			pairs as (
			    select distinct on (number, least(x_id, y_id), greatest(x_id, y_id))
			           number, effect, household, rule_amount, percent,
			           case when x_id < y_id then x_id else y_id end as record_a,
			           case when x_id < y_id then y_id else x_id end as record_b,
			           case when x_id < y_id then x_person else y_person end as person_a,
			           case when x_id < y_id then y_person else x_person end as person_b,
			           case when x_id < y_id then x_program else y_program end as program_a,
			           case when x_id < y_id then y_program else x_program end as program_b,
			           case when x_id < y_id then x_sigungu else y_sigungu end as sigungu_a,
			           case when x_id < y_id then y_sigungu else x_sigungu end as sigungu_b,
			           -- the later-granted record: later start, then the larger id
			           case when (x_from, x_id) > (y_from, y_id) then x_id else y_id end as later_id,
			           case when (x_from, x_id) > (y_from, y_id) then x_from else y_from end as later_from,
			           case when (x_from, x_id) > (y_from, y_id) then x_amount else y_amount end as later_amount
			    from raw
			    order by number, least(x_id, y_id), greatest(x_id, y_id)
			)
			""";

	/** The pairs alone (what {@code pairs(prefix)} returns). */
	static final String SELECT_PAIRS = PAIRS + """
			select number, effect, household, record_a, record_b, person_a, person_b from pairs
			order by number, record_a, record_b""";

	/**
	 * Stores the pairs not yet known, each with its proposed action, in the same
	 * statement that finds them; returns one row: {@code found} (all pairs) and
	 * {@code created} (the new findings). BLOCK proposes stopping the later-granted
	 * record, or recovering what it paid for every full month since it began; OFFSET the
	 * rule's amount (at most the later record's amount) or share of the later record;
	 * WARN a review.
	 */
	static final String INSERT_NEW = PAIRS
			+ """
					, proposed as (
					    select p.*,
					           (extract(year from age(:on, p.later_from)) * 12 + extract(month from age(:on, p.later_from)))::int
					               as months
					    from pairs p
					    where not exists (select 1 from int_conflict_finding f
					                      where f.rule_number = p.number and f.record_a = p.record_a and f.record_b = p.record_b)
					)
					, ins as (
					insert into int_conflict_finding (id, finding_no, rule_version, rule_number, effect, household, record_a,
					    record_b, person_a, person_b, program_a, program_b, sigungu_a, sigungu_b, proposed_action, action_record,
					    offset_amount_won, recover_amount_won, recover_months, found_on)
					select gen_random_uuid(), 'INT-' || lpad(nextval('int_conflict_finding_no')::text, 8, '0'), :version,
					       number, effect, household, record_a, record_b, person_a, person_b, program_a, program_b, sigungu_a,
					       sigungu_b,
					       case when effect = 'WARN' then 'REVIEW'
					            when effect like 'OFFSET%' then 'OFFSET'
					            when months >= 1 and later_amount > 0 then 'RECOVER'
					            else 'STOP' end,
					       case when effect = 'WARN' then null else later_id end,
					       case when effect = 'OFFSET_AMOUNT' then least(rule_amount, later_amount)
					            when effect = 'OFFSET_SHARE' then later_amount * percent / 100 end,
					       case when effect = 'BLOCK' and months >= 1 and later_amount > 0 then later_amount * months end,
					       case when effect = 'BLOCK' and months >= 1 and later_amount > 0 then months end,
					       :on
					from proposed
					order by number, record_a, record_b
					on conflict (rule_number, record_a, record_b) do nothing
					returning 1
					)
					select (select count(*) from pairs) as found, (select count(*) from ins) as created""";

	/**
	 * Closes the OPEN or REVIEWED findings (of the scope) whose two records are no longer
	 * both ACTIVE on the day; returns the review process of each that was still open.
	 */
	static final String RESOLVE = """
			update int_conflict_finding f set status = 'RESOLVED', resolved_at = now()
			where f.status in ('OPEN', 'REVIEWED')
			  and (cast(:prefix as varchar) is null or exists (select 1 from reg_person p
			       where p.id = f.person_a and p.admin_dong_code like cast(:prefix as varchar) || '%'))
			  and (select count(*) from reg_benefit_record b
			       where b.id in (f.record_a, f.record_b) and b.status = 'ACTIVE' and b.period_from <= :on
			         and (b.period_to is null or b.period_to >= :on)) < 2
			returning f.process_instance_id""";

}
