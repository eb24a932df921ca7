package io.bokjiflow.openmarket.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntPredicate;

import javax.sql.DataSource;

import io.bokjiflow.identity.CurrentUser;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.identity.Role;
import io.bokjiflow.openmarket.Criteria;
import io.bokjiflow.openmarket.CriteriaEvaluator;
import io.bokjiflow.openmarket.LocalPrograms;
import io.bokjiflow.openmarket.ProgramVersion;
import io.bokjiflow.openmarket.SelectionOutcome;
import io.bokjiflow.openmarket.SelectionProgress;
import io.bokjiflow.openmarket.SelectionRun;
import io.bokjiflow.openmarket.SelectionRunCancelled;
import io.bokjiflow.openmarket.SelectionRunCompleted;
import io.bokjiflow.openmarket.SelectionRunProgressed;
import io.bokjiflow.openmarket.SelectionRunStarted;
import io.bokjiflow.openmarket.SelectionRuns;
import io.bokjiflow.openmarket.TaskType;
import io.bokjiflow.payments.PaymentOrderRequest;
import io.bokjiflow.payments.Payments;
import io.bokjiflow.shared.CopyRows;
import io.bokjiflow.shared.PostgresCopy;
import io.bokjiflow.shared.UserFacingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Selection runs: the API for people ({@link SelectionRuns}) and the steps the processes
 * call ({@link SelectionSteps}). Candidates are written with one {@code COPY} and checked
 * with set-based {@code UPDATE}s; payments are ordered in batches of
 * {@code bokjiflow.selection.batch-size}, each batch in the transaction of its own job.
 */
@Service
@Transactional
class SelectionRunService implements SelectionRuns, SelectionSteps {

	private static final Logger log = LoggerFactory.getLogger(SelectionRunService.class);

	private static final String RUN_COLUMNS = """
			id, run_no, program_code, version_id, sigungu_code, task_type, reference_date, round_no, status,
			amount_won, started_by, approved_by, process_instance_id, created_at, completed_at""";

	private final JdbcTemplate jdbc;

	private final DataSource dataSource;

	private final RuntimeService runtimeService;

	private final TaskService taskService;

	private final LocalPrograms programs;

	private final CriteriaEvaluator evaluator;

	private final Payments payments;

	private final ConflictingPrograms conflicts;

	private final Identity identity;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private volatile int batchSize;

	/**
	 * Fault injection for the crash tests: a batch whose number (1, 2, …) it accepts
	 * fails after its payments were ordered, so that its transaction rolls back.
	 */
	private volatile IntPredicate batchFault = batch -> false;

	SelectionRunService(JdbcTemplate jdbc, DataSource dataSource, RuntimeService runtimeService,
			TaskService taskService, LocalPrograms programs, CriteriaEvaluator evaluator, Payments payments,
			ConflictingPrograms conflicts, Identity identity, ApplicationEventPublisher events, Clock clock,
			@Value("${bokjiflow.selection.batch-size:1000}") int batchSize) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.runtimeService = runtimeService;
		this.taskService = taskService;
		this.programs = programs;
		this.evaluator = evaluator;
		this.payments = payments;
		this.conflicts = conflicts;
		this.identity = identity;
		this.events = events;
		this.clock = clock;
		this.batchSize = batchSize;
	}

	/** Persons per payment batch (tests and the benchmark change it). */
	void batchSize(int size) {
		if (size < 1) {
			throw new IllegalArgumentException("batch size must be positive");
		}
		this.batchSize = size;
	}

	int batchSize() {
		return this.batchSize;
	}

	/** Makes chosen batches fail after ordering (tests only). */
	void batchFault(IntPredicate fault) {
		this.batchFault = fault == null ? batch -> false : fault;
	}

	// ---------------------------------------------------------------- API

	@Override
	public SelectionRun start(String programCode, LocalDate referenceDate) {
		CurrentUser user = this.identity.currentUser();
		LocalDate on = referenceDate != null ? referenceDate : LocalDate.now(this.clock);
		ProgramVersion version = this.programs.effective(programCode, on)
			.orElseThrow(() -> new UserFacingException("selection.error.noVersion", programCode, on));
		ProgramVersion.ProgramContent content = version.content();
		if (content.taskType() != TaskType.HOLIDAY_CONSOLATION && content.taskType() != TaskType.SEASONAL_HEATING) {
			throw new UserFacingException("selection.error.notSelectionType", programCode);
		}
		if (!(user.has(Role.LOCAL_OFFICIAL) || user.has(Role.SUPERVISOR))
				|| !content.sigunguCode().equals(user.sigunguCode())) {
			throw new UserFacingException("selection.error.notYourProgram", programCode);
		}
		return startRun(version, on, 1, null, user.username());
	}

	private SelectionRun startRun(ProgramVersion version, LocalDate on, int round, UUID previousRunId,
			String startedBy) {
		ProgramVersion.ProgramContent content = version.content();
		UUID runId = UUID.randomUUID();
		long seq = this.jdbc.queryForObject("select nextval('om_selection_run_no_seq')", Long.class);
		String runNo = RUN_NO_PREFIX + "%d-%06d".formatted(on.getYear(), seq);
		this.jdbc.update("""
				insert into om_selection_run (id, run_no, program_code, version_id, sigungu_code, task_type,
				    reference_date, round_no, previous_run_id, status, amount_won, budget_won, started_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'SELECTING', ?, ?, ?)
				""", runId, runNo, version.programCode(), version.id(), content.sigunguCode(),
				content.taskType().name(), on, round, previousRunId, content.amountWon(), content.budgetWon(),
				startedBy);
		Map<String, Object> variables = Map.of(SelectionVariables.RUN_ID, runId.toString(),
				SelectionVariables.SIGUNGU_CODE, content.sigunguCode(), SelectionVariables.STARTED_BY, startedBy);
		String processInstanceId = this.runtimeService
			.startProcessInstanceByKey(content.taskType().processKey(), runNo, variables)
			.getId();
		this.jdbc.update("update om_selection_run set process_instance_id = ? where id = ?", processInstanceId, runId);
		this.events.publishEvent(new SelectionRunStarted(runId, runNo, version.programCode(), content.sigunguCode()));
		log.info("Selection run {} of {} started on {} (round {})", runNo, version.programCode(), on, round);
		return load(runId);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<SelectionRun> run(UUID runId) {
		return find(runId).filter(this::visible);
	}

	@Override
	@Transactional(readOnly = true)
	public SelectionProgress progress(UUID runId) {
		SelectionRun run = run(runId).orElseThrow(() -> new UserFacingException("selection.error.unknownRun"));
		Map<SelectionOutcome, Long> outcomes = new EnumMap<>(SelectionOutcome.class);
		for (SelectionOutcome outcome : SelectionOutcome.values()) {
			outcomes.put(outcome, 0L);
		}
		long[] totals = new long[4];
		this.jdbc.query("""
				select outcome, count(*) n, count(ordered_at) ordered,
				       count(*) filter (where payment_status = 'PAID') paid,
				       count(*) filter (where payment_status = 'FAILED') failed
				from om_selection_candidate where run_id = ? group by outcome
				""", rs -> {
			long n = rs.getLong("n");
			outcomes.put(SelectionOutcome.valueOf(rs.getString("outcome")), n);
			totals[0] += n;
			totals[1] += rs.getLong("ordered");
			totals[2] += rs.getLong("paid");
			totals[3] += rs.getLong("failed");
		}, runId);
		long selected = outcomes.get(SelectionOutcome.SELECTED);
		return new SelectionProgress(runId, run.status(), totals[0], outcomes, totals[1], totals[2], totals[3],
				selected * run.amountWon(), totals[1] * run.amountWon());
	}

	@Override
	@Transactional(readOnly = true)
	public List<SelectionRun> runs(String sigunguCode) {
		return this.jdbc.query("select " + RUN_COLUMNS
				+ " from om_selection_run where sigungu_code = ? order by created_at desc, run_no desc limit 200", RUN,
				sigunguCode);
	}

	@Override
	public void approve(UUID runId) {
		completeTask(runId, SelectionVariables.TASK_APPROVE, Map.of(SelectionVariables.APPROVED, true));
	}

	@Override
	public void reject(UUID runId, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new UserFacingException("selection.error.reasonRequired");
		}
		completeTask(runId, SelectionVariables.TASK_APPROVE,
				Map.of(SelectionVariables.APPROVED, false, SelectionVariables.REJECTION_REASON, reason.trim()));
	}

	@Override
	public void decideOverBudget(UUID runId, BudgetDecision decision) {
		completeTask(runId, SelectionVariables.TASK_OVER_BUDGET,
				Map.of(SelectionVariables.BUDGET_DECISION, decision.name()));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> openTask(UUID runId) {
		return run(runId).flatMap(run -> openTask(run, null)).map(Task::getId);
	}

	/**
	 * Completes a run's user task as the current user, who must be a supervisor of the
	 * program's 시·군·구; the task listener enforces four eyes.
	 */
	private void completeTask(UUID runId, String taskKey, Map<String, Object> variables) {
		CurrentUser user = this.identity.currentUser();
		SelectionRun run = find(runId).orElseThrow(() -> new UserFacingException("selection.error.unknownRun"));
		if (!user.has(Role.SUPERVISOR) || !run.sigunguCode().equals(user.sigunguCode())) {
			throw new UserFacingException("selection.error.supervisorOnly");
		}
		if (taskKey.equals(SelectionVariables.TASK_APPROVE) && user.username().equals(run.startedBy())) {
			throw new UserFacingException("selection.error.fourEyes");
		}
		Task task = openTask(run, taskKey).orElseThrow(() -> new UserFacingException("selection.error.noTask"));
		if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
			throw new UserFacingException("selection.error.claimedBy", task.getAssignee());
		}
		this.taskService.setAssignee(task.getId(), user.username());
		this.taskService.complete(task.getId(), variables);
	}

	private Optional<Task> openTask(SelectionRun run, String taskKey) {
		if (run.processInstanceId() == null) {
			return Optional.empty();
		}
		var query = this.taskService.createTaskQuery().processInstanceId(run.processInstanceId());
		if (taskKey != null) {
			query.taskDefinitionKey(taskKey);
		}
		return query.list().stream().findFirst();
	}

	private boolean visible(SelectionRun run) {
		CurrentUser user = this.identity.currentUser();
		return user.has(Role.ADMINISTRATOR) || run.sigunguCode().equals(user.sigunguCode());
	}

	// ---------------------------------------------------------------- steps

	@Override
	public long selectCandidates(UUID runId) {
		SelectionRun run = load(runId);
		ProgramVersion version = this.programs.version(run.versionId()).orElseThrow();
		Criteria criteria = withinTheDistrict(version.content().criteria(), run.sigunguCode());
		// A retried job must start from an empty list (its earlier attempt rolled back,
		// but a manual retry after a partial failure must not add to it).
		this.jdbc.update("delete from om_selection_candidate where run_id = ?", runId);
		Object target = AopProxyUtils.getSingletonTarget(this.evaluator);
		Map<SelectionOutcome, Long> counts;
		if ((target != null ? target : this.evaluator) instanceof RegistryCriteriaEvaluator sql) {
			counts = insertSelected(sql, criteria, run, runId);
		}
		else {
			copySelected(this.evaluator.select(criteria, run.referenceDate()), runId);
			excludePaid(run, runId);
			counts = counts(runId);
		}
		this.jdbc.update("update om_selection_run set selected_at = ?, updated_at = now() where id = ?",
				Timestamp.from(this.clock.instant()), runId);
		store(runId, counts);
		return counts.values().stream().mapToLong(Long::longValue).sum();
	}

	/**
	 * Who was already paid for this occasion: ordered or selected in another live run of
	 * the program for the same month, or a benefit record of the program from that month.
	 * One set of person ids, computed once per run and joined (not a sub-query per
	 * candidate: scenario 6), shared by both ways of storing the candidates.
	 */
	private static final String PAID_THIS_MONTH = """
			select o.person_id from om_selection_run r
			join om_selection_candidate o on o.run_id = r.id and o.outcome = 'SELECTED'
			where r.program_code = :paidProgram and r.id <> :paidRun and r.status <> 'CANCELLED'
			  and date_trunc('month', r.reference_date) = date_trunc('month', cast(:paidMonth as date))
			union
			select b.person_id from reg_benefit_record b
			where b.program_code = :paidProgram and b.status <> 'RECOVERED'
			  and date_trunc('month', b.period_from) = date_trunc('month', cast(:paidMonth as date))""";

	/**
	 * The evaluator's own compiled query inside one {@code INSERT ... SELECT}: the
	 * candidates never leave the database, and each row is written once with its outcome
	 * (deceased, deregistered, already paid this month, or selected) instead of being
	 * inserted and then updated — the run's cost grows with its candidates (scenario 6).
	 */
	private Map<SelectionOutcome, Long> insertSelected(RegistryCriteriaEvaluator evaluator, Criteria criteria,
			SelectionRun run, UUID runId) {
		RegistryCriteriaEvaluator.SelectionQuery query = evaluator.compile(criteria, run.referenceDate(), false);
		MapSqlParameterSource parameters = query.parameters();
		parameters.addValue("selectionRunId", runId);
		paidParameters(parameters, run, runId);
		// The outcomes are counted from the rows the insert returns, not by reading the
		// run's candidates back (scenario 6).
		Map<SelectionOutcome, Long> counts = noOutcomes();
		new NamedParameterJdbcTemplate(this.jdbc).query("""
				with stored as (
				  insert into om_selection_candidate (run_id, person_id, outcome, reason)
				  select :selectionRunId, q.id,
				         case when q.status = 'DECEASED' then 'EXCLUDED_DECEASED'
				              when q.status <> 'ALIVE' then 'EXCLUDED_DEREGISTERED'
				              when paid.person_id is not null then 'EXCLUDED_PAID' else 'SELECTED' end,
				         case when q.status <> 'ALIVE' then q.status
				              when paid.person_id is not null then 'PAID_THIS_MONTH' end
				  from (%s) q
				  left join (%s) paid on paid.person_id = q.id
				  returning outcome)
				select outcome, count(*) from stored group by outcome
				""".formatted(query.sql(), PAID_THIS_MONTH), parameters, rs -> {
			counts.put(SelectionOutcome.valueOf(rs.getString(1)), rs.getLong(2));
		});
		return counts;
	}

	/** The already-paid exclusion as an update, for candidates stored by {@code COPY}. */
	private void excludePaid(SelectionRun run, UUID runId) {
		MapSqlParameterSource parameters = paidParameters(new MapSqlParameterSource(), run, runId);
		new NamedParameterJdbcTemplate(this.jdbc).update("""
				update om_selection_candidate c set outcome = 'EXCLUDED_PAID', reason = 'PAID_THIS_MONTH'
				where c.run_id = :paidRun and c.outcome = 'SELECTED' and c.person_id in (%s)
				""".formatted(PAID_THIS_MONTH), parameters);
	}

	private static MapSqlParameterSource paidParameters(MapSqlParameterSource parameters, SelectionRun run,
			UUID runId) {
		return parameters.addValue("paidProgram", run.programCode())
			.addValue("paidRun", runId)
			.addValue("paidMonth", run.referenceDate());
	}

	/** Any other evaluator's matches, streamed in with {@code COPY}. */
	private long copySelected(List<CriteriaEvaluator.Match> matches, UUID runId) {
		int chunk = 50_000;
		for (int from = 0; from < matches.size(); from += chunk) {
			CopyRows rows = new CopyRows("om_selection_candidate", "run_id, person_id, outcome, reason",
					Math.min(chunk, matches.size() - from) * 96);
			for (CriteriaEvaluator.Match match : matches.subList(from, Math.min(matches.size(), from + chunk))) {
				rows.uuid(runId).uuid(match.personId());
				switch (match.status()) {
					case "ALIVE" -> rows.text(SelectionOutcome.SELECTED.name()).nul();
					case "DECEASED" -> rows.text(SelectionOutcome.EXCLUDED_DECEASED.name()).text("DECEASED");
					default -> rows.text(SelectionOutcome.EXCLUDED_DEREGISTERED.name()).text(match.status());
				}
				rows.endRow();
			}
			PostgresCopy.copy(this.dataSource, rows);
		}
		return matches.size();
	}

	/**
	 * A local program pays the residents of its own 시·군·구: criteria without a place of
	 * residence are limited to it.
	 */
	static Criteria withinTheDistrict(Criteria criteria, String sigunguCode) {
		if (!criteria.residenceCodes().isEmpty()) {
			return criteria;
		}
		return new Criteria(criteria.sex(), criteria.minAge(), criteria.maxAge(), criteria.minResidenceMonths(),
				List.of(sigunguCode), criteria.minHouseholdSize(), criteria.maxHouseholdSize(), criteria.minChildren(),
				criteria.qualificationsAnyOf(), criteria.maxIncomePercentOfMedian());
	}

	@Override
	public long excludeCandidates(UUID runId) {
		SelectionRun run = load(runId);
		// Deceased, deregistered and already paid were decided when the candidates were
		// stored (selectCandidates); conflicting benefits are decided here.
		Set<String> conflicting = this.conflicts.of(run.programCode());
		if (!conflicting.isEmpty()) {
			this.jdbc.execute((ConnectionCallback<Integer>) connection -> {
				Array codes = connection.createArrayOf("varchar", conflicting.toArray());
				try (var statement = connection.prepareStatement("""
						update om_selection_candidate c set outcome = 'EXCLUDED_CONFLICT', reason = x.program_code
						from (select b.person_id, min(b.program_code) program_code from reg_benefit_record b
						      where b.status = 'ACTIVE' and b.program_code = any(?) group by b.person_id) x
						where c.run_id = ? and c.outcome = 'SELECTED' and c.person_id = x.person_id
						""")) {
					statement.setArray(1, codes);
					statement.setObject(2, runId);
					int excluded = statement.executeUpdate();
					// the run's counts move by what the update changed (no read-back)
					try (var counts = connection.prepareStatement("""
							update om_selection_run set selected = selected - ?,
							    excluded_conflict = excluded_conflict + ?, updated_at = now() where id = ?
							""")) {
						counts.setLong(1, excluded);
						counts.setLong(2, excluded);
						counts.setObject(3, runId);
						counts.executeUpdate();
					}
					return excluded;
				}
			});
		}
		return selected(runId);
	}

	@Override
	public boolean withinBudget(UUID runId) {
		SelectionRun run = load(runId);
		Long budget = this.jdbc.queryForObject("select budget_won from om_selection_run where id = ?", Long.class,
				runId);
		if (budget == null) {
			return true;
		}
		long remaining = remainingBudget(run, budget);
		this.jdbc.update("update om_selection_run set remaining_budget_won = ? where id = ?", remaining, runId);
		long selected = selected(runId);
		return selected * run.amountWon() <= remaining;
	}

	/**
	 * The budget of the year minus what the program's approved runs of that year (other
	 * than this one) committed.
	 */
	private long remainingBudget(SelectionRun run, long budget) {
		Long committed = this.jdbc.queryForObject("""
				select coalesce(sum(selected * amount_won), 0) from om_selection_run
				where program_code = ? and id <> ? and status in ('ORDERING', 'COMPLETED')
				  and extract(year from reference_date) = ?
				""", Long.class, run.programCode(), run.id(), run.referenceDate().getYear());
		return Math.max(0, budget - committed);
	}

	@Override
	public void awaiting(UUID runId, SelectionRun.Status status) {
		status(runId, status);
	}

	@Override
	public void recordBudgetDecision(UUID runId, String decision, String decidedBy) {
		this.jdbc.update("""
				update om_selection_run set budget_decision = ?, budget_decided_by = ?, updated_at = now() where id = ?
				""", decision, decidedBy, runId);
	}

	@Override
	public long reduceToBudget(UUID runId) {
		SelectionRun run = load(runId);
		long remaining = this.jdbc.queryForObject("select remaining_budget_won from om_selection_run where id = ?",
				Long.class, runId);
		long keep = run.amountWon() == 0 ? Long.MAX_VALUE : remaining / run.amountWon();
		// Priority: the oldest first (assumption: the programs seen favour older
		// residents), then person id so that the cut is deterministic.
		this.jdbc.update("""
				update om_selection_candidate c set outcome = 'EXCLUDED_BUDGET', reason = 'OVER_BUDGET'
				from (select c2.person_id from om_selection_candidate c2 join reg_person p on p.id = c2.person_id
				      where c2.run_id = ? and c2.outcome = 'SELECTED'
				      order by p.birth_date, c2.person_id offset ?) x
				where c.run_id = ? and c.person_id = x.person_id
				""", runId, keep, runId);
		return recount(runId).get(SelectionOutcome.SELECTED);
	}

	@Override
	public void recordApproval(UUID runId, String approvedBy) {
		this.jdbc.update("""
				update om_selection_run set approved_by = ?, approved_at = ?, status = 'ORDERING', updated_at = now()
				where id = ?
				""", approvedBy, Timestamp.from(this.clock.instant()), runId);
		publishProgress(runId);
	}

	@Override
	public long orderNextBatch(UUID runId) {
		SelectionRun run = load(runId);
		ProgramVersion version = this.programs.version(run.versionId()).orElseThrow();
		// Keyset over the primary key: the batch continues after the last person the
		// previous batch ordered (remembered on the run, in the same transaction);
		// PostgreSQL orders uuids by their bytes, so the nil uuid comes first.
		UUID after = this.jdbc.queryForObject("select ordered_through from om_selection_run where id = ?", UUID.class,
				runId);
		List<UUID> persons = this.jdbc.queryForList("""
				select person_id from om_selection_candidate
				where run_id = ? and person_id > ? and outcome = 'SELECTED' and ordered_at is null
				order by person_id limit ? for update
				""", UUID.class, runId, after == null ? new UUID(0L, 0L) : after, this.batchSize);
		if (!persons.isEmpty()) {
			List<PaymentOrderRequest> requests = new ArrayList<>(persons.size());
			String reference = run.runNo() + " " + version.content().nameKo();
			for (UUID person : persons) {
				requests.add(new PaymentOrderRequest(idempotencyKey(runId, person), run.programCode(), person,
						run.amountWon(), version.content().seizureProtectedAllowed(), run.sigunguCode(), reference));
			}
			int created = this.payments.orderAll(requests);
			this.jdbc.execute((ConnectionCallback<Integer>) connection -> {
				try (var statement = connection.prepareStatement("""
						update om_selection_candidate set ordered_at = now()
						where run_id = ? and person_id = any(?) and ordered_at is null
						""")) {
					statement.setObject(1, runId);
					statement.setArray(2, connection.createArrayOf("uuid", persons.toArray()));
					return statement.executeUpdate();
				}
			});
			int batch = this.jdbc.queryForObject("""
					update om_selection_run set ordered = ordered + ?, batches_ordered = batches_ordered + 1,
					    ordered_through = ?, updated_at = now() where id = ? returning batches_ordered
					""", Integer.class, persons.size(), persons.get(persons.size() - 1), runId);
			if (created != persons.size()) {
				log.info("Selection run {} batch {}: {} of {} orders existed already", run.runNo(), batch,
						persons.size() - created, persons.size());
			}
			if (this.batchFault.test(batch)) {
				throw new IllegalStateException("Injected fault after ordering batch " + batch);
			}
			publishProgress(runId);
		}
		// what remains, from the run's own counts (no scan of its candidates)
		return this.jdbc.queryForObject("select greatest(selected - ordered, 0) from om_selection_run where id = ?",
				Long.class, runId);
	}

	private static final String KEY_PREFIX = "selection:";

	/** The payment order's idempotency key of a person in a run. */
	static String idempotencyKey(UUID runId, UUID personId) {
		return KEY_PREFIX + runId + ":" + personId;
	}

	/**
	 * The run and person of a payment order's idempotency key, when a selection run
	 * placed it.
	 * @return {@code [runId, personId]}, or empty for another program's key
	 */
	static java.util.Optional<UUID[]> candidateOf(String idempotencyKey) {
		if (idempotencyKey == null || !idempotencyKey.startsWith(KEY_PREFIX)) {
			return java.util.Optional.empty();
		}
		String[] parts = idempotencyKey.substring(KEY_PREFIX.length()).split(":");
		if (parts.length != 2) {
			return java.util.Optional.empty();
		}
		try {
			return java.util.Optional.of(new UUID[] { UUID.fromString(parts[0]), UUID.fromString(parts[1]) });
		}
		catch (IllegalArgumentException ex) {
			return java.util.Optional.empty();
		}
	}

	@Override
	public void complete(UUID runId) {
		this.jdbc.update("""
				update om_selection_run set status = 'COMPLETED', completed_at = ?, updated_at = now() where id = ?
				""", Timestamp.from(this.clock.instant()), runId);
		SelectionRun run = load(runId);
		long ordered = this.jdbc.queryForObject("select ordered from om_selection_run where id = ?", Long.class, runId);
		this.events.publishEvent(new SelectionRunCompleted(runId, run.runNo(), run.programCode(), run.sigunguCode(),
				ordered, ordered * run.amountWon()));
		publishProgress(runId);
	}

	@Override
	public void cancel(UUID runId, String reason) {
		this.jdbc.update("""
				update om_selection_run set status = 'CANCELLED', cancel_reason = ?, completed_at = ?,
				    updated_at = now() where id = ?
				""", reason, Timestamp.from(this.clock.instant()), runId);
		SelectionRun run = load(runId);
		this.events.publishEvent(new SelectionRunCancelled(runId, run.runNo(), run.sigunguCode(), reason));
		publishProgress(runId);
	}

	@Override
	public Optional<LocalDate> nextRound(UUID runId) {
		SelectionRun run = load(runId);
		ProgramVersion version = this.programs.version(run.versionId()).orElseThrow();
		return SeasonMonths.next(version.content().schedule(), run.referenceDate());
	}

	@Override
	public UUID startNextRound(UUID runId) {
		List<UUID> existing = this.jdbc.queryForList("select id from om_selection_run where previous_run_id = ?",
				UUID.class, runId);
		if (!existing.isEmpty()) {
			return existing.get(0);
		}
		SelectionRun run = load(runId);
		LocalDate on = nextRound(runId).orElseThrow();
		// The version in force on the round's date: a change published mid-season applies
		// from the next round.
		ProgramVersion version = this.programs.effective(run.programCode(), on)
			.orElseGet(() -> this.programs.version(run.versionId()).orElseThrow());
		return startRun(version, on, run.round() + 1, runId, run.startedBy()).id();
	}

	// ---------------------------------------------------------------- helpers

	private Map<SelectionOutcome, Long> recount(UUID runId) {
		Map<SelectionOutcome, Long> counts = counts(runId);
		store(runId, counts);
		return counts;
	}

	private static Map<SelectionOutcome, Long> noOutcomes() {
		Map<SelectionOutcome, Long> counts = new EnumMap<>(SelectionOutcome.class);
		for (SelectionOutcome outcome : SelectionOutcome.values()) {
			counts.put(outcome, 0L);
		}
		return counts;
	}

	/** The outcomes of a run's candidates, read from its rows. */
	private Map<SelectionOutcome, Long> counts(UUID runId) {
		Map<SelectionOutcome, Long> counts = noOutcomes();
		this.jdbc.query("select outcome, count(*) from om_selection_candidate where run_id = ? group by outcome",
				rs -> {
					counts.put(SelectionOutcome.valueOf(rs.getString(1)), rs.getLong(2));
				}, runId);
		return counts;
	}

	private void store(UUID runId, Map<SelectionOutcome, Long> counts) {
		long total = counts.values().stream().mapToLong(Long::longValue).sum();
		this.jdbc.update("""
				update om_selection_run set candidates = ?, selected = ?, excluded_deceased = ?,
				    excluded_deregistered = ?, excluded_paid = ?, excluded_conflict = ?, excluded_budget = ?,
				    updated_at = now() where id = ?
				""", total, counts.get(SelectionOutcome.SELECTED), counts.get(SelectionOutcome.EXCLUDED_DECEASED),
				counts.get(SelectionOutcome.EXCLUDED_DEREGISTERED), counts.get(SelectionOutcome.EXCLUDED_PAID),
				counts.get(SelectionOutcome.EXCLUDED_CONFLICT), counts.get(SelectionOutcome.EXCLUDED_BUDGET), runId);
	}

	private long selected(UUID runId) {
		return this.jdbc.queryForObject("select selected from om_selection_run where id = ?", Long.class, runId);
	}

	private void status(UUID runId, SelectionRun.Status status) {
		this.jdbc.update("update om_selection_run set status = ?, updated_at = now() where id = ?", status.name(),
				runId);
		publishProgress(runId);
	}

	private void publishProgress(UUID runId) {
		this.jdbc.query("select sigungu_code, status, ordered from om_selection_run where id = ?", rs -> {
			this.events.publishEvent(new SelectionRunProgressed(runId, rs.getString(1),
					SelectionRun.Status.valueOf(rs.getString(2)), rs.getLong(3)));
		}, runId);
	}

	private SelectionRun load(UUID runId) {
		return find(runId).orElseThrow(() -> new IllegalStateException("No selection run " + runId));
	}

	private Optional<SelectionRun> find(UUID runId) {
		return this.jdbc.query("select " + RUN_COLUMNS + " from om_selection_run where id = ?", RUN, runId)
			.stream()
			.findFirst();
	}

	private static final RowMapper<SelectionRun> RUN = SelectionRunService::mapRun;

	private static SelectionRun mapRun(ResultSet rs, int row) throws SQLException {
		Timestamp completed = rs.getTimestamp("completed_at");
		return new SelectionRun(rs.getObject("id", UUID.class), rs.getString("run_no"), rs.getString("program_code"),
				rs.getObject("version_id", UUID.class), rs.getString("sigungu_code"),
				TaskType.valueOf(rs.getString("task_type")), rs.getObject("reference_date", LocalDate.class),
				rs.getInt("round_no"), SelectionRun.Status.valueOf(rs.getString("status")), rs.getLong("amount_won"),
				rs.getString("started_by"), rs.getString("approved_by"), rs.getString("process_instance_id"),
				rs.getTimestamp("created_at").toInstant(), completed == null ? null : completed.toInstant());
	}

}
