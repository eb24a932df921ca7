package io.bokjiflow.operations.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.bokjiflow.identity.CurrentUser;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.operations.ProcessOperations;
import io.bokjiflow.shared.UserFacingException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.batch.BatchStatistics;
import org.camunda.bpm.engine.batch.history.HistoricBatch;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.migration.MigrationPlanValidationReport;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Process operations on Camunda's engine and tables: counts by SQL over Camunda's runtime
 * and history tables (so that a supervisor's counts can be limited to their 시·군·구), the
 * operations through the engine's batch API, each recorded in {@code op_batch_operation}.
 */
@Service
class ProcessOperationsService implements ProcessOperations {

	static final int MAX_INSTANCES = 500;

	private final Identity identity;

	private final JdbcClient jdbc;

	private final RepositoryService repository;

	private final RuntimeService runtime;

	private final ManagementService management;

	private final HistoryService history;

	private final TaskService tasks;

	private final TransactionTemplate dryRunTransaction;

	private final Clock clock;

	ProcessOperationsService(Identity identity, JdbcClient jdbc, RepositoryService repository, RuntimeService runtime,
			ManagementService management, HistoryService history, TaskService tasks,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.identity = identity;
		this.jdbc = jdbc;
		this.repository = repository;
		this.runtime = runtime;
		this.management = management;
		this.history = history;
		this.tasks = tasks;
		this.dryRunTransaction = new TransactionTemplate(transactionManager);
		this.dryRunTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	@Override
	public List<ProcessDefinitionSummary> definitions() {
		OperationsScope scope = OperationsScope.of(this.identity);
		List<DefinitionVersion> versions = this.jdbc.sql("""
				select d.id_, d.key_, coalesce(d.name_, d.key_) as name, d.version_,
				  (select count(*) from act_ru_execution e
				    where e.proc_def_id_ = d.id_ and e.id_ = e.proc_inst_id_%s) as running,
				  (select count(*) from act_ru_incident i where i.proc_def_id_ = d.id_%s) as incidents
				from act_re_procdef d
				order by d.key_, d.version_ desc
				""".formatted(scope.sql("e.id_"), scope.sql("i.proc_inst_id_")))
			.param("sigungu", scope.sigunguCode())
			.query((rs, n) -> new DefinitionVersion(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getLong(5), rs.getLong(6)))
			.list();
		Map<String, List<DefinitionVersion>> byKey = new LinkedHashMap<>();
		versions.forEach(v -> byKey.computeIfAbsent(v.key(), k -> new ArrayList<>()).add(v));
		return byKey.entrySet()
			.stream()
			.map(e -> new ProcessDefinitionSummary(e.getKey(), e.getValue().get(0).name(), List.copyOf(e.getValue())))
			.toList();
	}

	@Override
	public ProcessHeat heat(String definitionId) {
		OperationsScope scope = OperationsScope.of(this.identity);
		DefinitionVersion definition = version(scope, definitionId);
		String xml;
		ProcessDefinition pd = this.repository.getProcessDefinition(definitionId);
		try (var in = this.repository.getResourceAsStream(pd.getDeploymentId(), pd.getResourceName())) {
			xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException("Cannot read the BPMN of " + definitionId, ex);
		}
		Map<String, long[]> counts = new HashMap<>();
		// Heatmap and running counts from the history of activity instances (history
		// level
		// full): every activity instance ever started, and those not ended yet.
		this.jdbc.sql("""
				select a.act_id_, count(*), count(*) filter (where a.end_time_ is null)
				from act_hi_actinst a where a.proc_def_id_ = :definition%s
				group by a.act_id_
				""".formatted(scope.sql("a.proc_inst_id_")))
			.param("definition", definitionId)
			.param("sigungu", scope.sigunguCode())
			.query((rs, n) -> {
				long[] c = counts.computeIfAbsent(rs.getString(1), k -> new long[3]);
				c[2] = rs.getLong(2);
				c[0] = rs.getLong(3);
				return null;
			})
			.list();
		this.jdbc.sql("""
				select i.activity_id_, count(*) from act_ru_incident i
				where i.proc_def_id_ = :definition and i.activity_id_ is not null%s
				group by i.activity_id_
				""".formatted(scope.sql("i.proc_inst_id_")))
			.param("definition", definitionId)
			.param("sigungu", scope.sigunguCode())
			.query((rs, n) -> {
				counts.computeIfAbsent(rs.getString(1), k -> new long[3])[1] = rs.getLong(2);
				return null;
			})
			.list();
		Map<String, ActivityCount> activities = new LinkedHashMap<>();
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach(e -> activities.put(e.getKey(),
					new ActivityCount(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])));
		return new ProcessHeat(definition, xml, activities);
	}

	@Override
	public List<InstanceRow> instances(InstanceFilter filter) {
		OperationsScope scope = OperationsScope.of(this.identity);
		StringBuilder sql = new StringBuilder(
				"""
						select e.id_, e.business_key_, e.proc_def_id_, p.start_time_, e.suspension_state_,
						  (select string_agg(distinct a.act_id_, ',') from act_hi_actinst a
						    where a.proc_inst_id_ = e.id_ and a.end_time_ is null and a.act_type_ not in ('processDefinition')) as activities,
						  (select count(*) from act_ru_incident i where i.proc_inst_id_ = e.id_) as incidents,
						  (select v.text_ from act_ru_variable v
						    where v.execution_id_ = e.id_ and v.name_ = 'sigunguCode' limit 1) as sigungu
						from act_ru_execution e join act_hi_procinst p on p.id_ = e.id_
						where e.id_ = e.proc_inst_id_ and e.proc_def_id_ = :definition
						""");
		sql.append(scope.sql("e.id_"));
		if (filter.activityId() != null && !filter.activityId().isBlank()) {
			sql.append(" and exists (select 1 from act_hi_actinst f where f.proc_inst_id_ = e.id_")
				.append(" and f.act_id_ = :activity and f.end_time_ is null)");
		}
		if (filter.withIncidentsOnly()) {
			sql.append(" and exists (select 1 from act_ru_incident fi where fi.proc_inst_id_ = e.id_)");
		}
		if (filter.businessKeyPrefix() != null && !filter.businessKeyPrefix().isBlank()) {
			sql.append(" and e.business_key_ like :prefix");
		}
		sql.append(" order by p.start_time_ desc, e.id_ limit " + MAX_INSTANCES);
		return this.jdbc.sql(sql.toString())
			.param("definition", filter.definitionId())
			.param("sigungu", scope.sigunguCode())
			.param("activity", filter.activityId())
			.param("prefix",
					filter.businessKeyPrefix() == null ? null
							: filter.businessKeyPrefix().strip().replace("%", "\\%").replace("_", "\\_") + "%")
			.query((rs, n) -> new InstanceRow(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getTimestamp(4).toInstant(), rs.getInt(5) == 2,
					rs.getString(6) == null ? List.of() : List.of(rs.getString(6).split(",")), rs.getLong(7),
					rs.getString(8)))
			.list();
	}

	@Override
	public BatchOperation retryIncidents(Collection<String> processInstanceIds, String reason) {
		Selection selection = select(processInstanceIds, reason, false);
		List<String> jobIds = new ArrayList<>();
		for (String id : selection.ids()) {
			this.management.createJobQuery()
				.processInstanceId(id)
				.noRetriesLeft()
				.list()
				.stream()
				.map(Job::getId)
				.forEach(jobIds::add);
		}
		if (jobIds.isEmpty()) {
			throw new UserFacingException("operations.error.noIncidents");
		}
		Batch batch = this.management.setJobRetriesAsync(jobIds, 1);
		return record(selection, Kind.RETRY_INCIDENTS, batch, null, jobIds.size() + " jobs");
	}

	@Override
	public BatchOperation suspend(Collection<String> processInstanceIds, boolean suspend, String reason) {
		Selection selection = select(processInstanceIds, reason, false);
		var builder = this.runtime.updateProcessInstanceSuspensionState().byProcessInstanceIds(selection.ids());
		Batch batch = suspend ? builder.suspendAsync() : builder.activateAsync();
		return record(selection, suspend ? Kind.SUSPEND : Kind.RESUME, batch, null, null);
	}

	@Override
	public BatchOperation cancel(Collection<String> processInstanceIds, String reason) {
		Selection selection = select(processInstanceIds, reason, true);
		String deleteReason = "취소 (cancelled) by " + selection.scope().user().username() + ": " + selection.reason();
		Batch batch = this.runtime.deleteProcessInstancesAsync(selection.ids(), null,
				deleteReason.length() > 4000 ? deleteReason.substring(0, 4000) : deleteReason);
		return record(selection, Kind.CANCEL, batch, null, null);
	}

	@Override
	public BatchOperation reassignTasks(Collection<String> processInstanceIds, String assignee, String reason) {
		Selection selection = select(processInstanceIds, reason, false);
		CurrentUser target = assignee == null ? null : this.identity.user(assignee.strip()).orElse(null);
		if (target == null) {
			throw new UserFacingException("operations.error.unknownUser", String.valueOf(assignee));
		}
		List<InstanceRow> rows = rows(selection);
		for (InstanceRow row : rows) {
			// A task goes only to someone of the case's own 시·군·구.
			String sigungu = row.sigunguCode() != null ? row.sigunguCode() : selection.scope().sigunguCode();
			if (sigungu == null || !sigungu.equals(target.sigunguCode())) {
				throw new UserFacingException("operations.error.otherDistrict", target.username(),
						String.valueOf(row.sigunguCode()));
			}
		}
		int reassigned = 0;
		for (String id : selection.ids()) {
			for (Task task : this.tasks.createTaskQuery().processInstanceId(id).active().list()) {
				this.tasks.setAssignee(task.getId(), target.username());
				reassigned++;
			}
		}
		long operationId = insert(selection, Kind.REASSIGN_TASKS, null, null, "→ " + target.username(),
				State.COMPLETED);
		this.jdbc.sql(
				"update op_batch_operation set total_jobs = :n, completed_jobs = :n, finished_at = :now where id = :id")
			.param("n", reassigned)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", operationId)
			.update();
		return operation(operationId);
	}

	@Override
	public MigrationPreview previewMigration(String sourceDefinitionId, String targetDefinitionId,
			Map<String, String> manualMappings) {
		OperationsScope scope = OperationsScope.of(this.identity);
		version(scope, sourceDefinitionId);
		version(scope, targetDefinitionId);
		Map<String, String> manual = cleaned(manualMappings);
		Map<String, String> equal = new HashMap<>();
		List<String> errors = new ArrayList<>();
		try {
			for (MigrationInstruction instruction : this.runtime
				.createMigrationPlan(sourceDefinitionId, targetDefinitionId)
				.mapEqualActivities()
				.build()
				.getInstructions()) {
				equal.put(instruction.getSourceActivityId(), instruction.getTargetActivityId());
			}
		}
		catch (MigrationPlanValidationException ex) {
			errors.addAll(describe(ex.getValidationReport()));
		}
		if (errors.isEmpty()) {
			try {
				plan(sourceDefinitionId, targetDefinitionId, manual, equal);
			}
			catch (MigrationPlanValidationException ex) {
				errors.addAll(describe(ex.getValidationReport()));
			}
		}
		Map<String, String> sourceNames = activities(sourceDefinitionId);
		Map<String, String> targetNames = activities(targetDefinitionId);
		Map<String, Long> running = new HashMap<>();
		this.jdbc.sql("""
				select a.act_id_, count(*) from act_hi_actinst a
				where a.proc_def_id_ = :definition and a.end_time_ is null%s group by a.act_id_
				""".formatted(scope.sql("a.proc_inst_id_")))
			.param("definition", sourceDefinitionId)
			.param("sigungu", scope.sigunguCode())
			.query((rs, n) -> running.put(rs.getString(1), rs.getLong(2)))
			.list();
		List<ActivityMapping> mappings = new ArrayList<>();
		sourceNames.forEach((id, name) -> {
			String target = manual.containsKey(id) ? manual.get(id) : equal.get(id);
			mappings.add(new ActivityMapping(id, name, target, target == null ? null : targetNames.get(target),
					manual.containsKey(id), running.getOrDefault(id, 0L)));
		});
		List<TargetActivity> targets = targetNames.entrySet()
			.stream()
			.map(e -> new TargetActivity(e.getKey(), e.getValue()))
			.toList();
		return new MigrationPreview(List.copyOf(mappings), targets, List.copyOf(errors));
	}

	@Override
	public MigrationDryRun dryRunMigration(String sourceDefinitionId, String targetDefinitionId,
			Map<String, String> manualMappings, Collection<String> processInstanceIds) {
		Selection selection = select(processInstanceIds, "dry run", false);
		requireSource(selection, sourceDefinitionId);
		MigrationPlan plan;
		try {
			plan = plan(sourceDefinitionId, targetDefinitionId, cleaned(manualMappings), null);
		}
		catch (MigrationPlanValidationException ex) {
			return new MigrationDryRun(describe(ex.getValidationReport()), List.of());
		}
		List<InstanceCheck> checks = new ArrayList<>();
		for (InstanceRow row : rows(selection)) {
			List<String> problems = new ArrayList<>();
			try {
				// Migrate the one instance for real, then roll the transaction back: the
				// engine runs every check of a real migration (Camunda 7 has no
				// validate-only
				// call for instances) and nothing is written. Custom listeners and
				// input/output
				// mappings are skipped here as in the real run.
				this.dryRunTransaction.executeWithoutResult(status -> {
					this.runtime.newMigration(plan)
						.processInstanceIds(row.id())
						.skipCustomListeners()
						.skipIoMappings()
						.execute();
					status.setRollbackOnly();
				});
			}
			catch (MigratingProcessInstanceValidationException ex) {
				problems.addAll(describe(ex.getValidationReport()));
			}
			catch (RuntimeException ex) {
				problems.add(String.valueOf(ex.getMessage()));
			}
			checks.add(new InstanceCheck(row.id(), row.businessKey(), List.copyOf(problems)));
		}
		return new MigrationDryRun(List.of(), List.copyOf(checks));
	}

	@Override
	public BatchOperation migrate(String sourceDefinitionId, String targetDefinitionId,
			Map<String, String> manualMappings, Collection<String> processInstanceIds, String reason) {
		Selection selection = select(processInstanceIds, reason, false);
		requireSource(selection, sourceDefinitionId);
		version(selection.scope(), targetDefinitionId);
		MigrationPlan plan;
		try {
			plan = plan(sourceDefinitionId, targetDefinitionId, cleaned(manualMappings), null);
		}
		catch (MigrationPlanValidationException ex) {
			throw new UserFacingException("operations.error.invalidPlan",
					String.join("; ", describe(ex.getValidationReport())));
		}
		Batch batch = this.runtime.newMigration(plan)
			.processInstanceIds(selection.ids())
			.skipCustomListeners()
			.skipIoMappings()
			.executeAsync();
		return record(selection, Kind.MIGRATE, batch, targetDefinitionId, null);
	}

	@Override
	public List<BatchOperation> operations(int limit) {
		OperationsScope scope = OperationsScope.of(this.identity);
		List<Long> running = this.jdbc
			.sql("select id from op_batch_operation where state = 'RUNNING'"
					+ (scope.all() ? "" : " and sigungu_code = :sigungu"))
			.param("sigungu", scope.sigunguCode())
			.query(Long.class)
			.list();
		running.forEach(this::refresh);
		return this.jdbc
			.sql("select * from op_batch_operation" + (scope.all() ? "" : " where sigungu_code = :sigungu")
					+ " order by created_at desc, id desc limit :limit")
			.param("sigungu", scope.sigunguCode())
			.param("limit", limit)
			.query((rs, n) -> map(rs))
			.list();
	}

	private static final String LOG_WHERE = " where strpos(lower(performed_by), :user) > 0"
			+ " and created_at >= :from and created_at < :to";

	@Override
	public List<BatchOperation> operationsLog(io.bokjiflow.shared.AuditQuery query, int offset, int limit) {
		requireAuditor();
		return this.jdbc
			.sql("select * from op_batch_operation" + LOG_WHERE
					+ " order by created_at desc, id desc offset :offset limit :limit")
			.params(query.sqlParameters())
			.param("offset", offset)
			.param("limit", limit)
			.query((rs, n) -> map(rs))
			.list();
	}

	@Override
	public long operationsLogCount(io.bokjiflow.shared.AuditQuery query) {
		requireAuditor();
		return this.jdbc.sql("select count(*) from op_batch_operation" + LOG_WHERE)
			.params(query.sqlParameters())
			.query(Long.class)
			.single();
	}

	private void requireAuditor() {
		this.identity.currentUser().requireAuditLogReader("The operations log");
	}

	/** Brings a running operation's progress up to date from Camunda's batch. */
	void refresh(long operationId) {
		BatchOperation op = operation(operationId);
		if (op.camundaBatchId() == null || op.state() != State.RUNNING) {
			return;
		}
		BatchStatistics stats = this.management.createBatchStatisticsQuery()
			.batchId(op.camundaBatchId())
			.singleResult();
		long total;
		long completed;
		long failed;
		State state = State.RUNNING;
		Instant finished = null;
		if (stats != null) {
			total = stats.getTotalJobs();
			completed = stats.getCompletedJobs();
			failed = stats.getFailedJobs();
			if (failed > 0 && stats.getRemainingJobs() == failed && stats.getJobsCreated() >= total) {
				state = State.FAILED;
			}
		}
		else {
			HistoricBatch done = this.history.createHistoricBatchQuery().batchId(op.camundaBatchId()).singleResult();
			if (done == null || done.getEndTime() == null) {
				return;
			}
			total = done.getTotalJobs();
			completed = total;
			failed = 0;
			state = State.COMPLETED;
			finished = done.getEndTime().toInstant();
		}
		this.jdbc.sql("""
				update op_batch_operation set total_jobs = :total, completed_jobs = :completed, failed_jobs = :failed,
				  state = :state, finished_at = :finished where id = :id
				""")
			.param("total", total)
			.param("completed", completed)
			.param("failed", failed)
			.param("state", state.name())
			.param("finished", finished == null ? null : Timestamp.from(finished))
			.param("id", operationId)
			.update();
	}

	private record Selection(OperationsScope scope, List<String> ids, String definitionId, String reason) {
	}

	/**
	 * Checks the caller, the reason and that every selected instance is running, of one
	 * version and in the caller's scope.
	 */
	private Selection select(Collection<String> processInstanceIds, String reason, boolean reasonRequired) {
		OperationsScope scope = OperationsScope.of(this.identity);
		List<String> ids = processInstanceIds == null ? List.of()
				: List.copyOf(new LinkedHashSet<>(processInstanceIds.stream().filter(Objects::nonNull).toList()));
		if (ids.isEmpty()) {
			throw new UserFacingException("operations.error.noSelection");
		}
		if (ids.size() > MAX_INSTANCES) {
			throw new UserFacingException("operations.error.tooMany", MAX_INSTANCES);
		}
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			if (reasonRequired) {
				throw new UserFacingException("operations.error.reasonRequired");
			}
			why = "-";
		}
		if (why.length() > 500) {
			why = why.substring(0, 500);
		}
		List<String> definitions = this.jdbc.sql("""
				select distinct e.proc_def_id_ from act_ru_execution e
				where e.id_ = e.proc_inst_id_ and e.id_ in (:ids)%s
				""".formatted(scope.sql("e.id_")))
			.param("ids", ids)
			.param("sigungu", scope.sigunguCode())
			.query(String.class)
			.list();
		long found = this.jdbc.sql("""
				select count(*) from act_ru_execution e
				where e.id_ = e.proc_inst_id_ and e.id_ in (:ids)%s
				""".formatted(scope.sql("e.id_")))
			.param("ids", ids)
			.param("sigungu", scope.sigunguCode())
			.query(Long.class)
			.single();
		if (found != ids.size()) {
			throw new UserFacingException("operations.error.outOfScope", ids.size() - found);
		}
		if (definitions.size() != 1) {
			throw new UserFacingException("operations.error.oneVersion");
		}
		return new Selection(scope, ids, definitions.get(0), why);
	}

	private void requireSource(Selection selection, String sourceDefinitionId) {
		if (!selection.definitionId().equals(sourceDefinitionId)) {
			throw new UserFacingException("operations.error.oneVersion");
		}
	}

	private List<InstanceRow> rows(Selection selection) {
		return instances(new InstanceFilter(selection.definitionId(), null, false, null)).stream()
			.filter(r -> selection.ids().contains(r.id()))
			.toList();
	}

	private DefinitionVersion version(OperationsScope scope, String definitionId) {
		return this.jdbc.sql("""
				select d.id_, d.key_, coalesce(d.name_, d.key_), d.version_,
				  (select count(*) from act_ru_execution e where e.proc_def_id_ = d.id_ and e.id_ = e.proc_inst_id_%s),
				  (select count(*) from act_ru_incident i where i.proc_def_id_ = d.id_%s)
				from act_re_procdef d where d.id_ = :id
				""".formatted(scope.sql("e.id_"), scope.sql("i.proc_inst_id_")))
			.param("id", definitionId)
			.param("sigungu", scope.sigunguCode())
			.query((rs, n) -> new DefinitionVersion(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getLong(5), rs.getLong(6)))
			.optional()
			.orElseThrow(() -> new UserFacingException("operations.error.unknownDefinition", definitionId));
	}

	/**
	 * The plan: equal activity ids mapped by the engine, the manual mappings for the
	 * others (a manual mapping of an equally named activity replaces the engine's).
	 */
	private MigrationPlan plan(String source, String target, Map<String, String> manual, Map<String, String> equal) {
		Map<String, String> equalMappings = equal;
		if (equalMappings == null) {
			equalMappings = new HashMap<>();
			for (MigrationInstruction instruction : this.runtime.createMigrationPlan(source, target)
				.mapEqualActivities()
				.build()
				.getInstructions()) {
				equalMappings.put(instruction.getSourceActivityId(), instruction.getTargetActivityId());
			}
		}
		MigrationPlanBuilder builder = this.runtime.createMigrationPlan(source, target);
		Map<String, String> all = new LinkedHashMap<>(equalMappings);
		all.putAll(manual);
		all.forEach(builder::mapActivities);
		return builder.build();
	}

	private static Map<String, String> cleaned(Map<String, String> mappings) {
		Map<String, String> out = new LinkedHashMap<>();
		if (mappings != null) {
			mappings.forEach((s, t) -> {
				if (s != null && !s.isBlank() && t != null && !t.isBlank()) {
					out.put(s, t);
				}
			});
		}
		return out;
	}

	/** The activities a running instance can be at, id → name, in document order. */
	private Map<String, String> activities(String definitionId) {
		BpmnModelInstance model = this.repository.getBpmnModelInstance(definitionId);
		Map<String, String> out = new LinkedHashMap<>();
		for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
			if (node instanceof Activity || node instanceof IntermediateCatchEvent || node instanceof BoundaryEvent) {
				out.put(node.getId(), node.getName() == null ? node.getId() : node.getName().replace('\n', ' '));
			}
		}
		return out;
	}

	private static List<String> describe(MigrationPlanValidationReport report) {
		List<String> out = new ArrayList<>();
		report.getInstructionReports()
			.forEach(r -> r.getFailures()
				.forEach(f -> out.add(r.getMigrationInstruction().getSourceActivityId() + " → "
						+ r.getMigrationInstruction().getTargetActivityId() + ": " + f)));
		if (report.hasVariableReports()) {
			report.getVariableReports()
				.forEach((name, r) -> r.getFailures().forEach(f -> out.add("variable " + name + ": " + f)));
		}
		return out;
	}

	private static List<String> describe(MigratingProcessInstanceValidationReport report) {
		List<String> out = new ArrayList<>(report.getFailures());
		report.getActivityInstanceReports()
			.forEach(r -> r.getFailures().forEach(f -> out.add(r.getSourceScopeId() + ": " + f)));
		report.getTransitionInstanceReports()
			.forEach(r -> r.getFailures().forEach(f -> out.add(r.getSourceScopeId() + ": " + f)));
		return out;
	}

	private BatchOperation record(Selection selection, Kind kind, Batch batch, String targetDefinitionId,
			String detail) {
		long id = insert(selection, kind, batch.getId(), targetDefinitionId, detail, State.RUNNING);
		this.jdbc.sql("update op_batch_operation set total_jobs = :total where id = :id")
			.param("total", batch.getTotalJobs())
			.param("id", id)
			.update();
		return operation(id);
	}

	private long insert(Selection selection, Kind kind, String batchId, String targetDefinitionId, String detail,
			State state) {
		return this.jdbc.sql("""
				insert into op_batch_operation (kind, camunda_batch_id, definition_id, target_definition_id, instances,
				  reason, performed_by, sigungu_code, created_at, detail, state)
				values (:kind, :batch, :definition, :target, :instances, :reason, :by, :sigungu, :at, :detail, :state)
				returning id
				""")
			.param("kind", kind.name())
			.param("batch", batchId)
			.param("definition", selection.definitionId())
			.param("target", targetDefinitionId)
			.param("instances", selection.ids().size())
			.param("reason", selection.reason())
			.param("by", selection.scope().user().username())
			.param("sigungu", selection.scope().sigunguCode())
			.param("at", Timestamp.from(this.clock.instant()))
			.param("detail", detail)
			.param("state", state.name())
			.query(Long.class)
			.single();
	}

	private BatchOperation operation(long id) {
		return this.jdbc.sql("select * from op_batch_operation where id = :id")
			.param("id", id)
			.query((rs, n) -> map(rs))
			.single();
	}

	private static BatchOperation map(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new BatchOperation(rs.getLong("id"), Kind.valueOf(rs.getString("kind")),
				rs.getString("camunda_batch_id"), rs.getString("definition_id"), rs.getString("target_definition_id"),
				rs.getInt("instances"), rs.getString("reason"), rs.getString("performed_by"),
				rs.getString("sigungu_code"), rs.getTimestamp("created_at").toInstant(), rs.getLong("total_jobs"),
				rs.getLong("completed_jobs"), rs.getLong("failed_jobs"), State.valueOf(rs.getString("state")),
				rs.getString("detail"));
	}

}
