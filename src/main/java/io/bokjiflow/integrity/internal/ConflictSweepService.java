package io.bokjiflow.integrity.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.bokjiflow.catalog.Program;
import io.bokjiflow.catalog.ProgramCatalog;
import io.bokjiflow.identity.CurrentUser;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.identity.OrgGroups;
import io.bokjiflow.identity.Role;
import io.bokjiflow.integrity.DuplicateBenefitFound;
import io.bokjiflow.integrity.DuplicateBenefitRules;
import io.bokjiflow.integrity.DuplicateBenefitRules.Effect;
import io.bokjiflow.integrity.DuplicateBenefitRules.Rule;
import io.bokjiflow.integrity.DuplicateBenefitSweep;
import io.bokjiflow.shared.ClockConfiguration;
import io.bokjiflow.shared.UserFacingException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The duplicate-benefit sweep: one set-based pass ({@link SweepSql}) stores the new
 * findings and closes the resolved ones in one transaction; then each new finding's
 * review process is started, 200 per transaction, so a crash in between leaves findings
 * without a review that the next sweep starts.
 */
@Service
class ConflictSweepService implements DuplicateBenefitSweep {

	private static final Logger log = LoggerFactory.getLogger(ConflictSweepService.class);

	/** Days a review is due after the finding. */
	static final int REVIEW_DAYS = 14;

	private static final int START_BATCH = 200;

	static final String FINDING_ID = "findingId";

	static final String REVIEW_GROUPS = "reviewGroups";

	static final String OUTCOME = "reviewOutcome";

	static final String REASON = "reviewReason";

	/** The process variables the form shows, read-only. */
	static final List<String> DISPLAY = List.of("findingNo", "benefitA", "benefitB", "ruleText", "effectText",
			"proposedText");

	private static final String FINDING_COLUMNS = """
			id, finding_no, rule_version, rule_number, effect, household, record_a, record_b, person_a, person_b,
			program_a, program_b, sigungu_a, sigungu_b, proposed_action, action_record, offset_amount_won,
			recover_amount_won, recover_months, status, found_on, outcome, outcome_reason, reviewed_by, reviewed_at""";

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	private final TransactionTemplate tx;

	private final DuplicateBenefitRules rules;

	private final ProgramCatalog catalog;

	private final Identity identity;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final FormService forms;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ConflictSweepService(JdbcTemplate jdbc, TransactionTemplate tx, DuplicateBenefitRules rules, ProgramCatalog catalog,
			Identity identity, RuntimeService runtime, TaskService tasks, FormService forms,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
		this.tx = tx;
		this.rules = rules;
		this.catalog = catalog;
		this.identity = identity;
		this.runtime = runtime;
		this.tasks = tasks;
		this.forms = forms;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public SweepResult runNow() {
		CurrentUser user = this.identity.currentUser();
		if (!user.has(Role.ADMINISTRATOR)) {
			throw new UserFacingException("integrity.error.administratorOnly");
		}
		return sweep(null, user.username());
	}

	@Override
	public SweepResult sweep(String adminDongPrefix) {
		return sweep(adminDongPrefix, "system");
	}

	private SweepResult sweep(String prefix, String triggeredBy) {
		long t0 = System.nanoTime();
		Instant started = this.clock.instant();
		LocalDate on = LocalDate.now(this.clock.withZone(ClockConfiguration.ZONE));
		int version = this.rules.currentVersion().version();
		int[] counts = this.tx.execute(status -> {
			// one sweep of a scope at a time (two instances, or the scheduler and "run
			// now")
			Boolean locked = this.jdbc.queryForObject("select pg_try_advisory_xact_lock(hashtext(?))", Boolean.class,
					"int_sweep:" + (prefix == null ? "*" : prefix));
			if (!Boolean.TRUE.equals(locked)) {
				return null;
			}
			MapSqlParameterSource params = params(version, on, prefix);
			int[] foundCreated = this.named.queryForObject(SweepSql.INSERT_NEW, params,
					(rs, i) -> new int[] { rs.getInt("found"), rs.getInt("created") });
			List<String> closed = this.named.queryForList(SweepSql.RESOLVE, params, String.class);
			for (String processInstanceId : closed) {
				if (processInstanceId != null) {
					this.runtime.deleteProcessInstanceIfExists(processInstanceId,
							"중복 수급 해소 (records no longer both ACTIVE)", false, true, false, false);
				}
			}
			return new int[] { foundCreated[0], foundCreated[1], closed.size() };
		});
		if (counts == null) {
			log.info("Duplicate-benefit sweep skipped: another sweep of the same scope is running");
			return new SweepResult(version, on, 0, 0, 0, 0);
		}
		startReviews(prefix, on);
		long millis = (System.nanoTime() - t0) / 1_000_000;
		this.jdbc.update("""
				insert into int_sweep_run (id, started_at, finished_at, swept_on, rule_version, scope, triggered_by,
				    pairs_found, created, resolved) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", UUID.randomUUID(),
				Timestamp.from(started), Timestamp.from(this.clock.instant()), on, version, prefix, triggeredBy,
				counts[0], counts[1], counts[2]);
		log.info("Duplicate-benefit sweep (rules v{}, scope {}): {} pairs, {} new, {} resolved in {} ms", version,
				prefix == null ? "all" : prefix, counts[0], counts[1], counts[2], millis);
		return new SweepResult(version, on, counts[0], counts[1], counts[2], millis);
	}

	/** Starts the review of every OPEN finding of the scope that has none yet. */
	private void startReviews(String prefix, LocalDate on) {
		Map<Integer, Rule> byNumber = new HashMap<>();
		this.rules.rules().forEach(r -> byNumber.put(r.number(), r));
		while (true) {
			Integer started = this.tx.execute(status -> {
				MapSqlParameterSource p = new MapSqlParameterSource().addValue("prefix", prefix, Types.VARCHAR)
					.addValue("limit", START_BATCH);
				List<Finding> batch = this.named.query("select " + FINDING_COLUMNS + """
						 from int_conflict_finding f
						where f.status = 'OPEN' and f.process_instance_id is null
						  and (cast(:prefix as varchar) is null or exists (select 1 from reg_person p
						       where p.id = f.person_a and p.admin_dong_code like cast(:prefix as varchar) || '%'))
						order by f.finding_no limit :limit for update skip locked""", p, (rs, i) -> finding(rs));
				for (Finding f : batch) {
					startReview(f, byNumber.get(f.ruleNumber()), on);
				}
				return batch.size();
			});
			if (started == null || started < START_BATCH) {
				return;
			}
		}
	}

	private void startReview(Finding f, Rule rule, LocalDate on) {
		Map<UUID, RecordText> records = records(f.recordA(), f.recordB());
		Set<String> groups = new LinkedHashSet<>();
		groups.add(OrgGroups.caseworkers(f.sigunguA()));
		groups.add(OrgGroups.caseworkers(f.sigunguB()));
		Map<String, Object> vars = new LinkedHashMap<>();
		vars.put(FINDING_ID, f.id().toString());
		vars.put(REVIEW_GROUPS, String.join(",", groups));
		vars.put("reviewDueDate",
				Date.from(on.plusDays(REVIEW_DAYS).atStartOfDay(ClockConfiguration.ZONE).toInstant()));
		vars.put("findingNo", f.findingNo());
		vars.put("benefitA", describe(records.get(f.recordA()), f.sigunguA()));
		vars.put("benefitB", describe(records.get(f.recordB()), f.sigunguB()));
		vars.put("ruleText", ruleText(f, rule));
		vars.put("effectText", effectText(f.effect(), rule));
		vars.put("proposedText", proposedText(f, records));
		String processInstanceId = this.runtime.startProcessInstanceByKey(REVIEW_PROCESS_KEY, f.findingNo(), vars)
			.getId();
		this.jdbc.update("update int_conflict_finding set process_instance_id = ? where id = ?", processInstanceId,
				f.id());
		this.events.publishEvent(new DuplicateBenefitFound(f.id(), f.findingNo(), f.ruleNumber(), f.effect(),
				f.recordA(), f.recordB(), f.personA(), f.personB(), f.proposedAction()));
	}

	/** What a form shows of one benefit record. */
	private record RecordText(UUID id, String programCode, String nameMasked, LocalDate from, long amountWon,
			String agencyCode) {
	}

	private Map<UUID, RecordText> records(UUID a, UUID b) {
		Map<UUID, RecordText> out = new HashMap<>();
		this.jdbc.query("""
				select b.id, b.program_code, p.name, b.period_from, b.amount_won, b.agency_code
				from reg_benefit_record b join reg_person p on p.id = b.person_id where b.id in (?, ?)""", rs -> {
			UUID id = rs.getObject("id", UUID.class);
			out.put(id,
					new RecordText(id, rs.getString("program_code"), mask(rs.getString("name")),
							rs.getObject("period_from", LocalDate.class), rs.getLong("amount_won"),
							rs.getString("agency_code")));
		}, a, b);
		return out;
	}

	private String describe(RecordText r, String sigungu) {
		if (r == null) {
			return "-";
		}
		return "%s (%s) · %s · %s부터 월 %s원 · 지급기관 %s · 검토 시·군·구 %s".formatted(programName(r.programCode(), null),
				r.programCode(), r.nameMasked(), r.from(), won(r.amountWon()), r.agencyCode(), sigungu);
	}

	private String ruleText(Finding f, Rule rule) {
		if (rule == null) {
			return "규칙 " + f.ruleNumber() + " (v" + f.ruleVersion() + ")";
		}
		return "규칙 %d (v%d): %s × %s%s · %s".formatted(rule.number(), f.ruleVersion(),
				programName(rule.programA(), rule.programANameKo()),
				programName(rule.programB(), rule.programBNameKo()), rule.household() ? " · 가구 단위 (household)" : "",
				rule.reference());
	}

	private static String effectText(Effect effect, Rule rule) {
		return switch (effect) {
			case BLOCK -> "중복 불가 (block)";
			case OFFSET_AMOUNT -> "정액 감액 (offset by amount)"
					+ (rule == null || rule.amountWon() == null ? "" : ": 월 " + won(rule.amountWon()) + "원");
			case OFFSET_SHARE ->
				"비율 감액 (offset by share)" + (rule == null || rule.percent() == null ? "" : ": " + rule.percent() + "%");
			case WARN -> "경고 (warn)";
		};
	}

	private String proposedText(Finding f, Map<UUID, RecordText> records) {
		RecordText target = f.actionRecord() == null ? null : records.get(f.actionRecord());
		String which = target == null ? "" : programName(target.programCode(), null) + " (" + target.from() + "~)";
		return switch (f.proposedAction()) {
			case STOP -> "나중에 결정된 급여 중지 (stop the later-granted benefit): " + which;
			case RECOVER -> "나중에 결정된 급여 중지 및 %d개월분 %s원 환수 (stop and recover %d months): %s".formatted(f.recoverMonths(),
					won(f.recoverAmountWon()), f.recoverMonths(), which);
			case OFFSET -> "월 %s원 감액 (offset by %s won a month): %s".formatted(won(f.offsetAmountWon()),
					won(f.offsetAmountWon()), which);
			case REVIEW -> "검토만 (review only)";
		};
	}

	private String programName(String code, String nameKo) {
		if (nameKo != null) {
			return nameKo;
		}
		return this.catalog.program(code).map(Program::nameKo).orElse(code);
	}

	private static String won(Long amount) {
		return amount == null ? "-" : NumberFormat.getIntegerInstance(Locale.KOREA).format(amount);
	}

	/** 홍길동 → 홍*동; two letters → 홍*. */
	static String mask(String name) {
		if (name == null || name.isEmpty()) {
			return "";
		}
		if (name.length() <= 2) {
			return name.charAt(0) + "*";
		}
		return name.charAt(0) + "*".repeat(name.length() - 2) + name.charAt(name.length() - 1);
	}

	@Override
	public List<ConflictPair> pairs(String adminDongPrefix) {
		LocalDate on = LocalDate.now(this.clock.withZone(ClockConfiguration.ZONE));
		return this.named.query(SweepSql.SELECT_PAIRS,
				params(this.rules.currentVersion().version(), on, adminDongPrefix),
				(rs, i) -> new ConflictPair(rs.getInt("number"), Effect.valueOf(rs.getString("effect")),
						rs.getBoolean("household"), rs.getObject("record_a", UUID.class),
						rs.getObject("record_b", UUID.class), rs.getObject("person_a", UUID.class),
						rs.getObject("person_b", UUID.class)));
	}

	@Override
	public List<Finding> findings(String adminDongPrefix) {
		MapSqlParameterSource p = new MapSqlParameterSource().addValue("prefix", adminDongPrefix, Types.VARCHAR);
		return this.named.query("select " + FINDING_COLUMNS + """
				 from int_conflict_finding f
				where cast(:prefix as varchar) is null or exists (select 1 from reg_person p
				      where p.id in (f.person_a, f.person_b) and p.admin_dong_code like cast(:prefix as varchar) || '%')
				order by f.found_at desc, f.finding_no desc limit 500""", p, (rs, i) -> finding(rs));
	}

	@Override
	public Optional<Review> review(String taskId) {
		Task task = this.tasks.createTaskQuery().taskId(taskId).processDefinitionKey(REVIEW_PROCESS_KEY).singleResult();
		if (task == null) {
			return Optional.empty();
		}
		List<Finding> found = this.jdbc.query(
				"select " + FINDING_COLUMNS + " from int_conflict_finding where process_instance_id = ?",
				(rs, i) -> finding(rs), task.getProcessInstanceId());
		if (found.isEmpty() || !mayReview(this.identity.currentUser(), found.get(0))) {
			return Optional.empty();
		}
		Map<String, Object> vars = new LinkedHashMap<>(this.tasks.getVariables(taskId, DISPLAY));
		return Optional.of(new Review(taskId, task.getAssignee(), found.get(0), formJson(taskId), vars));
	}

	private String formJson(String taskId) {
		try (InputStream in = this.forms.getDeployedTaskForm(taskId)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean mayReview(CurrentUser user, Finding f) {
		return user.has(Role.ADMINISTRATOR) || (user.sigunguCode() != null
				&& (user.sigunguCode().equals(f.sigunguA()) || user.sigunguCode().equals(f.sigunguB())));
	}

	@Override
	public void completeReview(String taskId, Outcome outcome, String reason) {
		this.tx.executeWithoutResult(status -> {
			CurrentUser user = this.identity.currentUser();
			Review review = review(taskId).orElseThrow(() -> new UserFacingException("integrity.error.noReview"));
			if (review.assignee() != null && !review.assignee().equals(user.username())) {
				throw new UserFacingException("integrity.error.noReview");
			}
			String why = ConflictReviewListener.validReason(outcome, reason);
			if (review.assignee() == null) {
				this.tasks.claim(taskId, user.username());
			}
			Map<String, Object> values = new HashMap<>();
			values.put(OUTCOME, outcome.name());
			values.put(REASON, why);
			this.tasks.complete(taskId, values);
		});
	}

	/** Records a review's outcome on its finding (from the task's complete listener). */
	void recordOutcome(UUID findingId, Outcome outcome, String reason, String reviewedBy) {
		this.jdbc.update("""
				update int_conflict_finding set status = 'REVIEWED', outcome = ?, outcome_reason = ?, reviewed_by = ?,
				    reviewed_at = ? where id = ? and status = 'OPEN'""", outcome.name(), reason, reviewedBy,
				Timestamp.from(this.clock.instant()), findingId);
	}

	private static MapSqlParameterSource params(int version, LocalDate on, String prefix) {
		return new MapSqlParameterSource().addValue("version", version)
			.addValue("on", on)
			.addValue("prefix", prefix, Types.VARCHAR);
	}

	private static Finding finding(ResultSet rs) throws SQLException {
		String outcome = rs.getString("outcome");
		Timestamp reviewedAt = rs.getTimestamp("reviewed_at");
		return new Finding(rs.getObject("id", UUID.class), rs.getString("finding_no"), rs.getInt("rule_version"),
				rs.getInt("rule_number"), Effect.valueOf(rs.getString("effect")), rs.getBoolean("household"),
				rs.getObject("record_a", UUID.class), rs.getObject("record_b", UUID.class),
				rs.getObject("person_a", UUID.class), rs.getObject("person_b", UUID.class), rs.getString("program_a"),
				rs.getString("program_b"), rs.getString("sigungu_a"), rs.getString("sigungu_b"),
				ProposedAction.valueOf(rs.getString("proposed_action")), rs.getObject("action_record", UUID.class),
				rs.getObject("offset_amount_won", Long.class), rs.getObject("recover_amount_won", Long.class),
				rs.getObject("recover_months", Integer.class), Status.valueOf(rs.getString("status")),
				rs.getObject("found_on", LocalDate.class), outcome == null ? null : Outcome.valueOf(outcome),
				rs.getString("outcome_reason"), rs.getString("reviewed_by"),
				reviewedAt == null ? null : reviewedAt.toInstant());
	}

}
