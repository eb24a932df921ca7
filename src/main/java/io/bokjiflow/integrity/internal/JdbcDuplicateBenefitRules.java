package io.bokjiflow.integrity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.bokjiflow.identity.CurrentUser;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.identity.Role;
import io.bokjiflow.integrity.DuplicateBenefitRules;
import io.bokjiflow.shared.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rule set in {@code int_duplicate_rule(_version)} and the conflict check.
 *
 * <p>
 * The check reads the registry's tables directly, read-only, the way openmarket's
 * {@code RegistryCriteriaEvaluator} does: {@code reg_benefit_record} (person_id,
 * program_code, status, period_from, period_to) and {@code reg_household_member} (one
 * household per person since V16). It never writes them; a change of those columns must
 * change this query.
 */
@Service
class JdbcDuplicateBenefitRules implements DuplicateBenefitRules {

	private static final Logger log = LoggerFactory.getLogger(JdbcDuplicateBenefitRules.class);

	private static final String RULE_COLUMNS = """
			r.number, r.program_a, r.program_a_name_ko, r.program_b, r.program_b_name_ko, r.effect,
			r.amount_won, r.percent, r.household, r.reference, r.source, r.assumption""";

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	private final Identity identity;

	private final TransactionTemplate tx;

	JdbcDuplicateBenefitRules(JdbcTemplate jdbc, Identity identity, TransactionTemplate tx) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
		this.identity = identity;
		this.tx = tx;
	}

	/**
	 * Loads the YAML as version 1 when no version exists; idempotent (a second start, or
	 * two instances starting together, insert nothing).
	 */
	@EventListener(ApplicationReadyEvent.class)
	void loadFirstVersion() {
		this.tx.executeWithoutResult(status -> {
			int inserted = this.jdbc.update("""
					insert into int_duplicate_rule_version (version, published_by, reason)
					values (1, 'system', 'Loaded from integrity/duplicate-benefit-rules.yml')
					on conflict (version) do nothing""");
			if (inserted == 1) {
				List<Rule> rules = RuleFile.read();
				insertRules(1, rules);
				log.info("Loaded {} duplicate-benefit rules as version 1", rules.size());
			}
		});
	}

	@Override
	@Transactional(readOnly = true)
	public List<Rule> rules() {
		return rules(currentVersion().version());
	}

	@Override
	@Transactional(readOnly = true)
	public List<Rule> rules(int version) {
		return this.jdbc.query(
				"select " + RULE_COLUMNS + " from int_duplicate_rule r where r.version = ? order by r.number",
				(rs, i) -> rule(rs), version);
	}

	@Override
	@Transactional(readOnly = true)
	public RuleSetVersion currentVersion() {
		return this.jdbc
			.query("select * from int_duplicate_rule_version order by version desc limit 1", (rs, i) -> version(rs))
			.stream()
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No duplicate-benefit rule set loaded"));
	}

	@Override
	@Transactional(readOnly = true)
	public List<RuleSetVersion> versions() {
		return this.jdbc.query("select * from int_duplicate_rule_version order by version", (rs, i) -> version(rs));
	}

	@Override
	@Transactional
	public RuleSetVersion publish(List<Rule> rules, String reason) {
		return publish(rules, reason, null);
	}

	@Override
	@Transactional
	public RuleSetVersion publish(List<Rule> rules, String reason, int basedOnVersion) {
		return publish(rules, reason, Integer.valueOf(basedOnVersion));
	}

	private RuleSetVersion publish(List<Rule> rules, String reason, Integer basedOnVersion) {
		CurrentUser user = this.identity.currentUser();
		if (!user.has(Role.ADMINISTRATOR)) {
			throw new UserFacingException("integrity.error.administratorOnly");
		}
		Set<Integer> numbers = new HashSet<>();
		if (rules == null || rules.isEmpty() || reason == null || reason.isBlank()
				|| !rules.stream().allMatch(r -> numbers.add(r.number()))) {
			throw new UserFacingException("integrity.error.invalidRules");
		}
		// one publisher at a time: the next number is taken under a table lock
		this.jdbc.execute("lock table int_duplicate_rule_version in share row exclusive mode");
		int version = this.jdbc.queryForObject("select coalesce(max(version), 0) + 1 from int_duplicate_rule_version",
				Integer.class);
		if (basedOnVersion != null && version - 1 != basedOnVersion) {
			// Someone published while this editor worked: publishing the edited copy
			// would silently undo their changes.
			throw new UserFacingException("integrity.error.stale", version - 1, basedOnVersion);
		}
		this.jdbc.update("insert into int_duplicate_rule_version (version, published_by, reason) values (?, ?, ?)",
				version, user.username(), reason.strip());
		insertRules(version, rules);
		log.info("Duplicate-benefit rules version {} published by {} ({} rules)", version, user.username(),
				rules.size());
		return this.jdbc.queryForObject("select * from int_duplicate_rule_version where version = ?",
				(rs, i) -> version(rs), version);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Conflict> conflicts(UUID personId, String programCode, LocalDate on) {
		// Read-only SQL over the registry tables (see the class comment). A rule matches
		// a record whose program is the other side of the pair, in either direction; the
		// household members count only where the rule says household. The rules and the
		// persons are resolved first, so the records are found through their index on
		// (person_id, program_code) instead of a scan (benchmark scenario 7d).
		return this.named.query("""
				with r as (
				    select %s, case when r.program_a = :code then r.program_b else r.program_a end as other
				    from int_duplicate_rule r
				    where r.version = (select max(version) from int_duplicate_rule_version)
				      and (r.program_a = :code or r.program_b = :code)
				),
				persons as (
				    select cast(:person as uuid) as person_id, false as member
				    union
				    select o.person_id, true from reg_household_member m
				    join reg_household_member o on o.household_id = m.household_id
				    where m.person_id = :person and o.person_id <> :person
				)
				select r.*, b.id as benefit_id, b.person_id, b.program_code, b.agency_code, b.period_from,
				       b.period_to, b.amount_won as benefit_amount
				from r
				join persons p on not p.member or r.household
				join reg_benefit_record b on b.person_id = p.person_id and b.program_code = r.other
				 and b.status = 'ACTIVE' and b.period_from <= :on and (b.period_to is null or b.period_to >= :on)
				order by r.number, b.person_id, b.period_from""".formatted(RULE_COLUMNS),
				Map.of("code", programCode, "on", on, "person", personId),
				(rs, i) -> new Conflict(rule(rs), rs.getObject("benefit_id", UUID.class),
						rs.getObject("person_id", UUID.class), !personId.equals(rs.getObject("person_id", UUID.class)),
						rs.getString("program_code"), rs.getString("agency_code"),
						rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
						rs.getLong("benefit_amount")));
	}

	private void insertRules(int version, List<Rule> rules) {
		this.jdbc.batchUpdate("""
				insert into int_duplicate_rule (version, number, program_a, program_a_name_ko, program_b,
				    program_b_name_ko, effect, amount_won, percent, household, reference, source, assumption)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rules, 100, (ps, r) -> {
			ps.setInt(1, version);
			ps.setInt(2, r.number());
			ps.setString(3, r.programA());
			ps.setString(4, r.programANameKo());
			ps.setString(5, r.programB());
			ps.setString(6, r.programBNameKo());
			ps.setString(7, r.effect().name());
			ps.setObject(8, r.amountWon());
			ps.setObject(9, r.percent());
			ps.setBoolean(10, r.household());
			ps.setString(11, r.reference());
			ps.setString(12, r.source());
			ps.setString(13, r.assumption());
		});
	}

	private static Rule rule(ResultSet rs) throws SQLException {
		return new Rule(rs.getInt("number"), rs.getString("program_a"), rs.getString("program_a_name_ko"),
				rs.getString("program_b"), rs.getString("program_b_name_ko"), Effect.valueOf(rs.getString("effect")),
				rs.getObject("amount_won", Long.class), rs.getObject("percent", Integer.class),
				rs.getBoolean("household"), rs.getString("reference"), rs.getString("source"),
				rs.getString("assumption"));
	}

	private static RuleSetVersion version(ResultSet rs) throws SQLException {
		return new RuleSetVersion(rs.getInt("version"), rs.getTimestamp("published_at").toInstant(),
				rs.getString("published_by"), rs.getString("reason"));
	}

}
