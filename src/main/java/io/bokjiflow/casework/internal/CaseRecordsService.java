package io.bokjiflow.casework.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.bokjiflow.casework.ApplicationStatus;
import io.bokjiflow.casework.CaseFile;
import io.bokjiflow.casework.CaseRecords;
import io.bokjiflow.casework.Casework;
import io.bokjiflow.casework.DecisionView;
import io.bokjiflow.casework.EvidenceView;
import io.bokjiflow.identity.CurrentUser;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.identity.Role;
import io.bokjiflow.publicdata.PublicDataSource;
import io.bokjiflow.publicdata.PublicDataUnavailableException;
import io.bokjiflow.registry.PersonDataAccessLog;
import io.bokjiflow.registry.PersonProfile;
import io.bokjiflow.registry.Registry;
import io.bokjiflow.shared.UserFacingException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case view's read model, built from casework's tables, Camunda's runtime and history
 * and the registry's access audit; and the re-fetch of evidence through the
 * investigation's own fetch, keeping the replaced answer.
 */
@Service
@Transactional(readOnly = true)
class CaseRecordsService implements CaseRecords {

	private static final Logger LOG = LoggerFactory.getLogger(CaseRecordsService.class);

	private static final EnumSet<ApplicationStatus> DECIDED = EnumSet.of(ApplicationStatus.APPROVED,
			ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN);

	/** Operations the task history already shows (claims, assignments, completions). */
	private static final Set<String> SHOWN_BY_TASK_HISTORY = Set.of(UserOperationLogEntry.OPERATION_TYPE_CLAIM,
			UserOperationLogEntry.OPERATION_TYPE_ASSIGN, UserOperationLogEntry.OPERATION_TYPE_COMPLETE,
			UserOperationLogEntry.OPERATION_TYPE_CREATE);

	private static final String SYSTEM = "system";

	private final Casework casework;

	private final ApplicationRepository applications;

	private final EvidenceRepository evidence;

	private final CaseInvestigation investigation;

	private final Registry registry;

	private final PersonDataAccessLog accessLog;

	private final Identity identity;

	private final RepositoryService repository;

	private final RuntimeService runtime;

	private final HistoryService history;

	private final JdbcClient jdbc;

	private final java.time.Clock clock;

	CaseRecordsService(Casework casework, ApplicationRepository applications, EvidenceRepository evidence,
			CaseInvestigation investigation, Registry registry, PersonDataAccessLog accessLog, Identity identity,
			RepositoryService repository, RuntimeService runtime, HistoryService history, JdbcClient jdbc,
			java.time.Clock clock) {
		this.casework = casework;
		this.applications = applications;
		this.evidence = evidence;
		this.investigation = investigation;
		this.registry = registry;
		this.accessLog = accessLog;
		this.identity = identity;
		this.repository = repository;
		this.runtime = runtime;
		this.history = history;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Optional<CaseOverview> overview(String applicationNo) {
		return visible(applicationNo).map(file -> {
			UUID appId = file.application().id();
			CurrentUser user = this.identity.currentUser();
			Optional<PersonProfile> applicant = this.registry.profile(file.application().personId(), user.username(),
					"case view " + applicationNo);
			Instant now = this.clock.instant();
			List<EvidenceAge> ages = file.evidence().stream().map(e -> EvidenceAge.of(e, now)).toList();
			List<io.bokjiflow.casework.ApplicationSummary> others = this.casework
				.applicationsOf(file.application().personId())
				.stream()
				.filter(a -> !a.id().equals(appId))
				.toList();
			return new CaseOverview(file, applicant, ages, others, deadlineActions(appId), notices(appId),
					refetches(appId), !DECIDED.contains(file.application().status()));
		});
	}

	private Optional<CaseFile> visible(String applicationNo) {
		if (applicationNo == null || applicationNo.isBlank()) {
			return Optional.empty();
		}
		return this.casework.caseFileByNumber(applicationNo);
	}

	private List<DeadlineAction> deadlineActions(UUID appId) {
		return this.jdbc.sql("""
				select action, extension_days, reason, due_before, due_after, acted_by, acted_at
				from cw_deadline_action where application_id = :id order by acted_at""")
			.param("id", appId)
			.query((rs, n) -> new DeadlineAction(rs.getString("action"), (Integer) rs.getObject("extension_days"),
					rs.getString("reason"), rs.getObject("due_before", java.time.LocalDate.class),
					rs.getObject("due_after", java.time.LocalDate.class), rs.getString("acted_by"),
					instant(rs, "acted_at")))
			.list();
	}

	private List<Notice> notices(UUID appId) {
		return this.jdbc
			.sql("select channel, summary, recorded_at from cw_notice where application_id = :id order by recorded_at")
			.param("id", appId)
			.query((rs, n) -> new Notice(rs.getString("channel"), rs.getString("summary"), instant(rs, "recorded_at")))
			.list();
	}

	private List<Refetch> refetches(UUID appId) {
		return this.jdbc.sql("""
				select dataset, subject_label, previous_fetched_at, previous_payload_sha256, fetched_at,
				       payload_sha256, refetched_by, refetched_at
				from cw_evidence_refetch where application_id = :id order by refetched_at desc, dataset""")
			.param("id", appId)
			.query((rs, n) -> new Refetch(rs.getString("dataset"), rs.getString("subject_label"),
					instant(rs, "previous_fetched_at"), rs.getString("previous_payload_sha256"),
					instant(rs, "fetched_at"), rs.getString("payload_sha256"), rs.getString("refetched_by"),
					instant(rs, "refetched_at")))
			.list();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp ts = rs.getTimestamp(column);
		return ts == null ? null : ts.toInstant();
	}

	@Override
	public Optional<ProcessPosition> processPosition(String applicationNo) {
		return visible(applicationNo).map(CaseFile::application)
			.filter(a -> a.processInstanceId() != null)
			.flatMap(a -> diagram(a.processInstanceId()).map(root -> {
				List<Diagram> called = new ArrayList<>();
				if (!root.ended()) {
					addCalled(root.processInstanceId(), called);
				}
				return new ProcessPosition(root, called);
			}));
	}

	private void addCalled(String superInstanceId, List<Diagram> into) {
		for (ProcessInstance sub : this.runtime.createProcessInstanceQuery()
			.superProcessInstanceId(superInstanceId)
			.list()) {
			diagram(sub.getId()).ifPresent(d -> {
				into.add(d);
				addCalled(sub.getId(), into);
			});
		}
	}

	private Optional<Diagram> diagram(String processInstanceId) {
		HistoricProcessInstance instance = this.history.createHistoricProcessInstanceQuery()
			.processInstanceId(processInstanceId)
			.singleResult();
		if (instance == null) {
			return Optional.empty();
		}
		ProcessDefinition definition = this.repository.getProcessDefinition(instance.getProcessDefinitionId());
		boolean ended = instance.getEndTime() != null;
		List<HistoricActivityInstance> activities = this.history.createHistoricActivityInstanceQuery()
			.processInstanceId(processInstanceId)
			.orderByHistoricActivityInstanceStartTime()
			.asc()
			.list();
		Set<String> completed = new LinkedHashSet<>();
		Map<String, String> names = new HashMap<>();
		for (HistoricActivityInstance activity : activities) {
			names.putIfAbsent(activity.getActivityId(), activity.getActivityName());
			if (activity.getEndTime() != null) {
				completed.add(plainId(activity.getActivityId()));
			}
		}
		List<String> active = List.of();
		if (!ended && this.runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
			active = this.runtime.getActiveActivityIds(processInstanceId)
				.stream()
				.map(CaseRecordsService::plainId)
				.distinct()
				.toList();
		}
		List<String> activeNames = active.stream().map(id -> Optional.ofNullable(names.get(id)).orElse(id)).toList();
		return Optional
			.of(new Diagram(processInstanceId, definition.getId(), definition.getKey(), definition.getVersion(),
					definition.getName(), xml(definition.getId()), ended, active, List.copyOf(completed), activeNames));
	}

	/**
	 * A multi-instance body's id ({@code task#multiInstanceBody}) as the diagram knows
	 * it.
	 */
	private static String plainId(String activityId) {
		int hash = activityId.indexOf('#');
		return hash < 0 ? activityId : activityId.substring(0, hash);
	}

	private String xml(String definitionId) {
		try (InputStream in = this.repository.getProcessModel(definitionId)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public List<AuditEntry> auditTrail(String applicationNo) {
		Optional<CaseFile> file = visible(applicationNo);
		if (file.isEmpty()) {
			return List.of();
		}
		var app = file.get().application();
		List<AuditEntry> entries = new ArrayList<>();
		Map<String, String> names = new HashMap<>();
		entries.add(entry(names, app.submittedAt(), app.submittedBy(), "SUBMITTED", app.programCode(), null));
		tasks(applicationNo, names, entries);
		operations(applicationNo, names, entries);
		for (EvidenceView ev : file.get().evidence()) {
			entries.add(entry(names, ev.fetchedAt(), SYSTEM, "EVIDENCE_FETCHED", ev.dataset(),
					ev.subject() + " · " + ev.source()));
		}
		for (Refetch r : refetches(app.id())) {
			entries.add(entry(names, r.refetchedAt(), r.refetchedBy(), "EVIDENCE_REFETCHED", r.dataset(),
					r.subject() + " · " + r.previousFetchedAt() + " → " + r.fetchedAt()
							+ (r.changed() ? " (changed)" : " (unchanged)")));
		}
		file.get()
			.decision()
			.ifPresent((DecisionView d) -> entries
				.add(entry(names, d.decidedAt(), d.decidedBy(), "DECIDED", d.outcome().name(), d.reasonCode())));
		for (DeadlineAction a : deadlineActions(app.id())) {
			entries.add(entry(names, a.actedAt(), a.actedBy(), "DEADLINE_" + a.action(), null,
					a.dueBefore() + " → " + a.dueAfter() + (a.reason() == null ? "" : " · " + a.reason())));
		}
		for (Notice n : notices(app.id())) {
			entries.add(entry(names, n.recordedAt(), SYSTEM, "NOTICE_RECORDED", n.channel(), n.summary()));
		}
		Set<UUID> persons = new LinkedHashSet<>();
		persons.add(app.personId());
		this.evidence.findByApplicationIdOrderByFetchedAt(app.id()).forEach(e -> persons.add(e.subjectPersonId()));
		for (PersonDataAccessLog.Access access : this.accessLog.accesses(persons, applicationNo)) {
			entries.add(entry(names, access.accessedAt(), access.accessedBy(), "PERSONAL_DATA_ACCESS", null,
					access.purpose()));
		}
		entries.sort(Comparator.comparing(AuditEntry::at, Comparator.nullsLast(Comparator.reverseOrder())));
		return entries;
	}

	/**
	 * Task creation, claims, assignments, delegations and completions from the history.
	 */
	private void tasks(String applicationNo, Map<String, String> names, List<AuditEntry> entries) {
		for (HistoricTaskInstance task : this.history.createHistoricTaskInstanceQuery()
			.processInstanceBusinessKey(applicationNo)
			.list()) {
			String taskName = task.getName();
			entries.add(entry(names, task.getStartTime().toInstant(), SYSTEM, "TASK_CREATED", taskName, null));
			for (HistoricIdentityLinkLog link : this.history.createHistoricIdentityLinkLogQuery()
				.taskId(task.getId())
				.list()) {
				String type = link.getType();
				boolean add = "add".equals(link.getOperationType());
				String actor = link.getAssignerId() != null ? link.getAssignerId() : link.getUserId();
				if ("assignee".equals(type)) {
					String kind = !add ? "TASK_UNASSIGNED"
							: link.getAssignerId() == null || link.getAssignerId().equals(link.getUserId())
									? "TASK_CLAIMED" : "TASK_ASSIGNED";
					entries.add(entry(names, link.getTime().toInstant(), add ? actor : link.getUserId(), kind, taskName,
							kind.equals("TASK_ASSIGNED") ? displayName(names, link.getUserId()) : null));
				}
				else if ("owner".equals(type) && add) {
					entries.add(entry(names, link.getTime().toInstant(), actor, "TASK_DELEGATED", taskName, null));
				}
			}
			if (task.getEndTime() != null) {
				boolean completed = "completed".equals(task.getDeleteReason());
				entries.add(entry(names, task.getEndTime().toInstant(),
						completed && task.getAssignee() != null ? task.getAssignee() : SYSTEM,
						completed ? "TASK_COMPLETED" : "TASK_ENDED", taskName,
						completed ? null : task.getDeleteReason()));
			}
		}
	}

	/**
	 * What users did in Camunda's own apps (Cockpit, Tasklist) to the case's instances,
	 * other than what the task history shows; variable changes are left out as noise.
	 */
	private void operations(String applicationNo, Map<String, String> names, List<AuditEntry> entries) {
		Map<String, List<UserOperationLogEntry>> byOperation = new LinkedHashMap<>();
		for (HistoricProcessInstance instance : this.history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(applicationNo)
			.list()) {
			for (UserOperationLogEntry e : this.history.createUserOperationLogQuery()
				.processInstanceId(instance.getId())
				.list()) {
				if (!"Variable".equals(e.getEntityType()) && !SHOWN_BY_TASK_HISTORY.contains(e.getOperationType())) {
					byOperation.computeIfAbsent(e.getOperationId(), k -> new ArrayList<>()).add(e);
				}
			}
		}
		for (List<UserOperationLogEntry> operation : byOperation.values()) {
			UserOperationLogEntry first = operation.get(0);
			String detail = operation.stream()
				.filter(e -> e.getProperty() != null)
				.map(e -> e.getProperty() + ": " + e.getOrgValue() + " → " + e.getNewValue())
				.reduce((a, b) -> a + ", " + b)
				.orElse(null);
			entries.add(entry(names, first.getTimestamp().toInstant(),
					first.getUserId() == null ? SYSTEM : first.getUserId(), "OPERATION",
					first.getEntityType() + " " + first.getOperationType(), detail));
		}
	}

	private AuditEntry entry(Map<String, String> names, Instant at, String actor, String kind, String subject,
			String detail) {
		String who = actor == null ? SYSTEM : actor;
		return new AuditEntry(at, who, displayName(names, who), kind, subject, detail);
	}

	private String displayName(Map<String, String> names, String username) {
		if (username == null) {
			return null;
		}
		return names.computeIfAbsent(username, u -> this.identity.user(u).map(CurrentUser::displayName).orElse(u));
	}

	@Override
	@Transactional
	public List<Refetch> refetch(String applicationNo, String dataset) {
		CurrentUser user = this.identity.currentUser();
		if (!user.has(Role.CASEWORKER) && !user.has(Role.SUPERVISOR)) {
			throw new AccessDeniedException("Only caseworkers and supervisors re-fetch evidence");
		}
		CaseFile file = visible(applicationNo).orElseThrow(() -> new UserFacingException("caseview.notFound.text"));
		if (DECIDED.contains(file.application().status())) {
			throw new UserFacingException("caseview.refetch.decided");
		}
		PublicDataSource source;
		try {
			source = PublicDataSource.valueOf(dataset);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new UserFacingException("caseview.refetch.unknownDataset");
		}
		UUID appId = file.application().id();
		Map<UUID, Snapshot> before = new HashMap<>();
		for (EvidenceEntity e : this.evidence.findByApplicationIdOrderByFetchedAt(appId)) {
			if (e.dataset().equals(source.name())) {
				before.put(e.subjectPersonId(), Snapshot.of(e));
			}
		}
		if (before.isEmpty()) {
			throw new UserFacingException("caseview.refetch.unknownDataset");
		}
		try {
			this.investigation.fetch(appId, source);
		}
		catch (PublicDataUnavailableException ex) {
			LOG.warn("Re-fetch of {} for application {} failed: {}", source, applicationNo, ex.failure());
			throw new UserFacingException("caseview.refetch.failed");
		}
		catch (IllegalStateException ex) {
			LOG.warn("Re-fetch of {} for application {} refused: {}", source, applicationNo, ex.getMessage());
			throw new UserFacingException("caseview.refetch.failed");
		}
		Instant now = this.clock.instant();
		List<Refetch> recorded = new ArrayList<>();
		for (EvidenceEntity e : this.evidence.findByApplicationIdOrderByFetchedAt(appId)) {
			if (!e.dataset().equals(source.name())) {
				continue;
			}
			Snapshot old = before.get(e.subjectPersonId());
			this.jdbc.sql("""
					insert into cw_evidence_refetch (id, application_id, dataset, subject_person_id, subject_label,
					    previous_source, previous_legal_basis, previous_fetched_at, previous_request_id,
					    previous_payload_sha256, previous_payload, fetched_at, request_id, payload_sha256,
					    refetched_by, refetched_at)
					values (:id, :app, :dataset, :subject, :label, :pSource, :pBasis, :pFetched, :pRequest, :pSha,
					    cast(:pPayload as jsonb), :fetched, :request, :sha, :by, :at)""")
				.param("id", UUID.randomUUID())
				.param("app", appId)
				.param("dataset", source.name())
				.param("subject", e.subjectPersonId())
				.param("label", e.subjectLabel())
				.param("pSource", old == null ? null : old.source())
				.param("pBasis", old == null ? null : old.legalBasis())
				.param("pFetched", old == null ? null : Timestamp.from(old.fetchedAt()))
				.param("pRequest", old == null ? null : old.requestId())
				.param("pSha", old == null ? null : old.payloadSha256())
				.param("pPayload", old == null ? null : old.payload())
				.param("fetched", Timestamp.from(e.fetchedAt()))
				.param("request", e.requestId())
				.param("sha", e.payloadSha256())
				.param("by", user.username())
				.param("at", Timestamp.from(now))
				.update();
			recorded.add(new Refetch(source.name(), e.subjectLabel(), old == null ? null : old.fetchedAt(),
					old == null ? null : old.payloadSha256(), e.fetchedAt(), e.payloadSha256(), user.username(), now));
		}
		return recorded;
	}

	/** An evidence row as it was before a re-fetch replaced it. */
	private record Snapshot(String source, String legalBasis, Instant fetchedAt, String requestId, String payloadSha256,
			String payload) {

		static Snapshot of(EvidenceEntity e) {
			return new Snapshot(e.source(), e.legalBasis(), e.fetchedAt(), e.requestId(), e.payloadSha256(),
					e.payload());
		}

	}

}
