package io.bokjiflow.outreach.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bokjiflow.casework.ApplicationSubmitted;
import io.bokjiflow.identity.CurrentUser;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.identity.OrgGroups;
import io.bokjiflow.identity.Role;
import io.bokjiflow.outreach.MissingService;
import io.bokjiflow.outreach.OutreachCandidate;
import io.bokjiflow.outreach.OutreachStatus;
import io.bokjiflow.outreach.OutreachWorklist;
import io.bokjiflow.outreach.WorklistRun;
import io.bokjiflow.shared.UserFacingException;
import jakarta.annotation.PreDestroy;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The worklist runs ({@code out_run}), the candidates they store ({@code out_candidate},
 * one row per person and program) and the outreach process that follows a candidate.
 */
@Service
class OutreachService implements OutreachWorklist {

	private static final Logger log = LoggerFactory.getLogger(OutreachService.class);

	/** Persons evaluated per step of a run (one set of registry queries per step). */
	static final int STEP = 250;

	private static final String SYSTEM = "system";

	private final MissingServiceFinder finder;

	private final RegistryFacts registry;

	private final JdbcTemplate jdbc;

	private final Identity identity;

	private final RuntimeService runtime;

	private final org.camunda.bpm.engine.TaskService tasks;

	private final ObjectMapper json;

	private final Clock clock;

	private final TransactionTemplate tx;

	private final ExecutorService runs = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "outreach-run");
		t.setDaemon(true);
		return t;
	});

	OutreachService(MissingServiceFinder finder, RegistryFacts registry, JdbcTemplate jdbc, Identity identity,
			RuntimeService runtime, org.camunda.bpm.engine.TaskService tasks, ObjectMapper json, Clock clock,
			PlatformTransactionManager transactions) {
		this.finder = finder;
		this.registry = registry;
		this.jdbc = jdbc;
		this.identity = identity;
		this.runtime = runtime;
		this.tasks = tasks;
		this.json = json;
		this.clock = clock;
		this.tx = new TransactionTemplate(transactions);
		this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@PreDestroy
	void stop() {
		this.runs.shutdownNow();
	}

	// ------------------------------------------------------------------- runs

	@Override
	public WorklistRun startRun(String adminDongCode) {
		UUID runId = begin(adminDongCode);
		this.runs.submit(() -> execute(runId, adminDongCode));
		return run(runId).orElseThrow();
	}

	@Override
	public WorklistRun runNow(String adminDongCode) {
		UUID runId = begin(adminDongCode);
		execute(runId, adminDongCode);
		return run(runId).orElseThrow();
	}

	private UUID begin(String adminDongCode) {
		CurrentUser user = checkDong(adminDongCode);
		UUID runId = UUID.randomUUID();
		Boolean started = this.tx.execute(status -> {
			// one running run per 행정동: lock the dong's runs while checking
			this.jdbc.queryForList("select pg_advisory_xact_lock(hashtext(?))", adminDongCode);
			Integer running = this.jdbc.queryForObject(
					"select count(*) from out_run where admin_dong_code = ? and status = 'RUNNING'", Integer.class,
					adminDongCode);
			if (running != null && running > 0) {
				return false;
			}
			this.jdbc.update("""
					insert into out_run (id, admin_dong_code, started_by, started_at, status)
					values (?, ?, ?, ?, 'RUNNING')""", runId, adminDongCode, user.username(), now());
			return true;
		});
		if (!Boolean.TRUE.equals(started)) {
			throw new UserFacingException("outreach.error.runRunning");
		}
		return runId;
	}

	private void execute(UUID runId, String adminDongCode) {
		try {
			Timestamp started = now();
			List<UUID> residents = this.registry.residents(adminDongCode);
			this.jdbc.update("update out_run set residents = ? where id = ?", residents.size(), runId);
			int found = 0;
			for (int from = 0; from < residents.size(); from += STEP) {
				List<UUID> step = residents.subList(from, Math.min(residents.size(), from + STEP));
				Map<UUID, List<MissingService>> findings = this.finder.findAll(step);
				int stored = this.tx.execute(status -> store(runId, findings));
				found += stored;
				this.jdbc.update("update out_run set evaluated = ?, found = ? where id = ?", from + step.size(), found,
						runId);
			}
			int foundTotal = found;
			this.tx.executeWithoutResult(status -> {
				// a NEW candidate this run no longer finds (now received, applied for,
				// moved away) leaves the worklist; worked ones keep their history
				this.jdbc.update("""
						delete from out_candidate
						where admin_dong_code = ? and status = 'NEW' and last_seen_at < ?""", adminDongCode, started);
				this.jdbc.update("""
						update out_run set status = 'COMPLETED', finished_at = ?, found = ? where id = ?""", now(),
						foundTotal, runId);
			});
		}
		catch (RuntimeException ex) {
			log.error("Outreach run {} of {} failed", runId, adminDongCode, ex);
			this.jdbc.update("update out_run set status = 'FAILED', finished_at = ?, error = ? where id = ?", now(),
					ex.getClass().getSimpleName(), runId);
		}
	}

	/**
	 * Stores a run's findings: likely eligible ones and those the rule itself asks to
	 * confirm; findings that depend on facts the registry lacks stay in the person view.
	 */
	private int store(UUID runId, Map<UUID, List<MissingService>> findings) {
		int stored = 0;
		Map<UUID, String> dongs = new java.util.HashMap<>();
		this.jdbc.query("select id, admin_dong_code from reg_person where id = any(?)", rs -> {
			dongs.put(rs.getObject(1, UUID.class), rs.getString(2));
		}, (Object) findings.keySet().toArray(UUID[]::new));
		for (Map.Entry<UUID, List<MissingService>> e : findings.entrySet()) {
			String dong = dongs.get(e.getKey());
			for (MissingService finding : e.getValue()) {
				if (!finding.missingFacts().isEmpty()) {
					continue;
				}
				upsert(e.getKey(), dong, finding, runId);
				stored++;
			}
		}
		return stored;
	}

	private UUID upsert(UUID personId, String dong, MissingService finding, UUID runId) {
		Timestamp now = now();
		return this.jdbc.queryForObject("""
				insert into out_candidate (id, person_id, admin_dong_code, program_code, program_kind, confidence, rule,
				    evidence, found_at, last_seen_at, run_id, status, status_changed_at, status_changed_by)
				values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, 'NEW', ?, 'system')
				on conflict (person_id, program_code) do update set admin_dong_code = excluded.admin_dong_code,
				    program_kind = excluded.program_kind, confidence = excluded.confidence, rule = excluded.rule,
				    evidence = excluded.evidence, last_seen_at = excluded.last_seen_at,
				    run_id = coalesce(excluded.run_id, out_candidate.run_id)
				returning id""", UUID.class, UUID.randomUUID(), personId, dong, finding.programCode(),
				finding.kind().name(), finding.confidence().name(), finding.rule(), write(finding), now, now, runId,
				now);
	}

	@Override
	public Optional<WorklistRun> run(UUID runId) {
		return this.jdbc.query("select * from out_run where id = ?", OutreachService::run, runId).stream().findFirst();
	}

	@Override
	public Optional<WorklistRun> latestRun(String adminDongCode) {
		return this.jdbc
			.query("select * from out_run where admin_dong_code = ? order by started_at desc limit 1",
					OutreachService::run, adminDongCode)
			.stream()
			.findFirst();
	}

	private static WorklistRun run(ResultSet rs, int row) throws SQLException {
		Timestamp finished = rs.getTimestamp("finished_at");
		return new WorklistRun(rs.getObject("id", UUID.class), rs.getString("admin_dong_code"),
				rs.getString("started_by"), rs.getTimestamp("started_at").toInstant(),
				finished == null ? null : finished.toInstant(), rs.getString("status"), rs.getInt("residents"),
				rs.getInt("evaluated"), rs.getInt("found"));
	}

	// ------------------------------------------------------------- candidates

	private static final String CANDIDATE_SELECT = """
			select c.*, p.name from out_candidate c join reg_person p on p.id = c.person_id""";

	@Override
	public List<OutreachCandidate> candidates(String adminDongCode, Set<OutreachStatus> statuses) {
		checkDong(adminDongCode);
		List<String> wanted = (statuses == null || statuses.isEmpty() ? Set.of(OutreachStatus.values()) : statuses)
			.stream()
			.map(Enum::name)
			.toList();
		return this.jdbc.query(CANDIDATE_SELECT + """
				 where c.admin_dong_code = ? and c.status = any(?)
				order by c.status_changed_at desc, c.program_code, c.person_id""", this::mapCandidate, adminDongCode,
				wanted.toArray(String[]::new));
	}

	@Override
	public List<OutreachCandidate> candidatesOf(UUID personId) {
		return this.jdbc.query(CANDIDATE_SELECT + " where c.person_id = ? order by c.program_code", this::mapCandidate,
				personId);
	}

	Optional<OutreachCandidate> candidate(UUID candidateId) {
		return this.jdbc.query(CANDIDATE_SELECT + " where c.id = ?", this::mapCandidate, candidateId)
			.stream()
			.findFirst();
	}

	private OutreachCandidate mapCandidate(ResultSet rs, int row) throws SQLException {
		MissingService finding;
		try {
			finding = this.json.readValue(rs.getString("evidence"), MissingService.class);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Unreadable finding of candidate " + rs.getString("id"), ex);
		}
		return new OutreachCandidate(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
				RegistryFacts.mask(rs.getString("name")), rs.getString("admin_dong_code"), finding,
				rs.getTimestamp("found_at").toInstant(), rs.getTimestamp("last_seen_at").toInstant(),
				OutreachStatus.valueOf(rs.getString("status")), rs.getTimestamp("status_changed_at").toInstant(),
				rs.getString("status_changed_by"), rs.getString("process_instance_id"), rs.getString("application_no"),
				rs.getString("note"));
	}

	// ---------------------------------------------------------------- outreach

	@Override
	public OutreachCandidate startOutreach(UUID candidateId) {
		OutreachCandidate candidate = candidate(candidateId)
			.orElseThrow(() -> new UserFacingException("outreach.error.notFound"));
		CurrentUser user = checkDong(candidate.adminDongCode());
		if (candidate.status() == OutreachStatus.OUTREACH_STARTED || candidate.status() == OutreachStatus.APPLIED) {
			throw new UserFacingException("outreach.error.alreadyStarted");
		}
		return this.tx.execute(status -> {
			int updated = this.jdbc.update("""
					update out_candidate set status = 'OUTREACH_STARTED', status_changed_at = ?, status_changed_by = ?,
					    note = null
					where id = ? and status not in ('OUTREACH_STARTED', 'APPLIED')""", now(), user.username(),
					candidateId);
			if (updated == 0) {
				throw new UserFacingException("outreach.error.alreadyStarted");
			}
			String sigungu = candidate.adminDongCode().substring(0, 5);
			String processInstanceId = this.runtime.createProcessInstanceByKey(OutreachProcess.KEY)
				.businessKey(OutreachProcess.businessKey(candidateId))
				.setVariable(OutreachProcess.CANDIDATE_ID, candidateId.toString())
				.setVariable(OutreachProcess.CASEWORKER_GROUP, OrgGroups.caseworkers(sigungu))
				.setVariable(OutreachProcess.PERSON_MASKED, candidate.personMasked())
				.setVariable(OutreachProcess.PROGRAM_NAME, candidate.finding().nameKo())
				.setVariable(OutreachProcess.FINDING,
						candidate.finding().rule() + ": " + candidate.finding().explanation(java.util.Locale.KOREAN))
				.execute()
				.getId();
			this.jdbc.update("update out_candidate set process_instance_id = ? where id = ?", processInstanceId,
					candidateId);
			return candidate(candidateId).orElseThrow();
		});
	}

	@Override
	public OutreachCandidate startOutreach(UUID personId, String programCode) {
		MissingService finding = this.finder.find(personId)
			.stream()
			.filter(f -> f.programCode().equals(programCode))
			.findFirst()
			.orElseThrow(() -> new UserFacingException("outreach.error.notMissing"));
		String dong = this.jdbc.queryForObject("select admin_dong_code from reg_person where id = ?", String.class,
				personId);
		checkDong(dong);
		UUID candidateId = this.tx.execute(status -> upsert(personId, dong, finding, null));
		return startOutreach(candidateId);
	}

	@Override
	public OutreachCandidate recordContact(UUID candidateId, boolean reached, boolean willApply, String note) {
		OutreachCandidate candidate = candidate(candidateId)
			.orElseThrow(() -> new UserFacingException("outreach.error.notFound"));
		CurrentUser user = checkDong(candidate.adminDongCode());
		org.camunda.bpm.engine.task.Task task = contactTask(candidateId)
			.orElseThrow(() -> new UserFacingException("outreach.error.noContactTask"));
		String text = note == null || note.isBlank() ? null : note.strip();
		if (text != null && text.length() > 1000) {
			throw new UserFacingException("outreach.error.noteTooLong");
		}
		Map<String, Object> variables = new java.util.HashMap<>();
		variables.put(OutreachProcess.REACHED, reached);
		variables.put(OutreachProcess.OUTCOME, reached ? (willApply ? "WILL_APPLY" : "DECLINED") : null);
		variables.put(OutreachProcess.NOTE, text);
		this.tx.executeWithoutResult(status -> {
			this.jdbc.update("update out_candidate set note = ? where id = ?", text, candidateId);
			this.tasks.setAssignee(task.getId(), user.username());
			this.tasks.complete(task.getId(), variables);
		});
		return candidate(candidateId).orElseThrow();
	}

	@Override
	public boolean awaitingContact(UUID candidateId) {
		return contactTask(candidateId).isPresent();
	}

	private Optional<org.camunda.bpm.engine.task.Task> contactTask(UUID candidateId) {
		return Optional.ofNullable(this.tasks.createTaskQuery()
			.processInstanceBusinessKey(OutreachProcess.businessKey(candidateId))
			.taskDefinitionKey(OutreachProcess.USER_CONTACT_PERSON)
			.singleResult());
	}

	/** Records how an outreach ended (called by the process). */
	void close(UUID candidateId, OutreachStatus status, String note) {
		this.jdbc.update("""
				update out_candidate set status = ?, status_changed_at = ?, status_changed_by = ?, note = ?
				where id = ? and status = 'OUTREACH_STARTED'""", status.name(), now(), SYSTEM, note, candidateId);
	}

	/**
	 * An application for a program a candidate was found for: the candidate becomes
	 * APPLIED and a waiting outreach ends.
	 */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(ApplicationSubmitted event) {
		this.tx.executeWithoutResult(status -> {
			List<UUID> ids = this.jdbc.queryForList("""
					update out_candidate set status = 'APPLIED', application_no = ?, status_changed_at = ?,
					    status_changed_by = ?
					where person_id = ? and program_code = ? and status <> 'APPLIED'
					returning id""", UUID.class, event.applicationNo(), now(), SYSTEM, event.personId(),
					event.programCode());
			for (UUID id : ids) {
				this.runtime.createMessageCorrelation(OutreachProcess.APPLICATION_SUBMITTED)
					.processInstanceBusinessKey(OutreachProcess.businessKey(id))
					.setVariable("applicationNo", event.applicationNo())
					.correlateAll();
			}
		});
	}

	// ------------------------------------------------------------------ helpers

	/** The user, if a caseworker or supervisor of the 행정동's 시·군·구 (or administrator). */
	private CurrentUser checkDong(String adminDongCode) {
		CurrentUser user = this.identity.currentUser();
		boolean staff = user.has(Role.CASEWORKER) || user.has(Role.SUPERVISOR);
		boolean own = adminDongCode != null && adminDongCode.length() == 10 && user.sigunguCode() != null
				&& adminDongCode.startsWith(user.sigunguCode());
		if (!(user.has(Role.ADMINISTRATOR) || (staff && own))) {
			throw new UserFacingException("outreach.error.notYourDong");
		}
		return user;
	}

	private String write(MissingService finding) {
		try {
			return this.json.writeValueAsString(finding);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Timestamp now() {
		return Timestamp.from(Instant.now(this.clock));
	}

	/** For tests: the ids of the running outreach processes of a candidate. */
	List<String> processes(UUID candidateId) {
		return new ArrayList<>(this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(OutreachProcess.businessKey(candidateId))
			.list()
			.stream()
			.map(p -> p.getId())
			.toList());
	}

}
