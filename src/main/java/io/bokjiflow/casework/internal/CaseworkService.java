package io.bokjiflow.casework.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bokjiflow.casework.ApplicationStatus;
import io.bokjiflow.casework.ApplicationSubmitted;
import io.bokjiflow.casework.ApplicationSummary;
import io.bokjiflow.casework.CaseDecided;
import io.bokjiflow.casework.CaseFile;
import io.bokjiflow.casework.DuplicateConflict;
import io.bokjiflow.casework.EligibilityExplanation;
import io.bokjiflow.casework.Casework;
import io.bokjiflow.casework.EvidenceView;
import io.bokjiflow.casework.IdempotencyKeyReusedException;
import io.bokjiflow.casework.NewApplication;
import io.bokjiflow.casework.RecognisedIncome;
import io.bokjiflow.catalog.Program;
import io.bokjiflow.catalog.ProgramCatalog;
import io.bokjiflow.identity.CurrentUser;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.identity.OrgLevel;
import io.bokjiflow.identity.Role;
import io.bokjiflow.payments.PaymentOrderRequest;
import io.bokjiflow.payments.Payments;
import io.bokjiflow.publicdata.PublicData;
import io.bokjiflow.publicdata.PublicDataAnswer;
import io.bokjiflow.publicdata.PublicDataSource;
import io.bokjiflow.publicdata.QualificationFact;
import io.bokjiflow.publicdata.QualificationReport;
import io.bokjiflow.registry.PersonRegistration;
import io.bokjiflow.registry.PersonSummary;
import io.bokjiflow.registry.Registry;
import io.bokjiflow.registry.Rrn;
import io.bokjiflow.shared.UserFacingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@Service
@Transactional
class CaseworkService implements Casework {

	private static final EnumSet<ApplicationStatus> OPEN = EnumSet.of(ApplicationStatus.SUBMITTED,
			ApplicationStatus.INVESTIGATING, ApplicationStatus.IN_REVIEW);

	/**
	 * The rank of an approval the eligibility table gave no rank (after ranks 1 to 3).
	 */
	static final int UNRANKED_APPROVAL = 4;

	/** The longest street address the registry keeps ({@code reg_person.address}). */
	static final int MAX_ADDRESS_LENGTH = 300;

	private static final Logger LOG = LoggerFactory.getLogger(CaseworkService.class);

	private final ApplicationRepository applications;

	private final EvidenceRepository evidence;

	private final DecisionRepository decisions;

	private final NoticeRepository notices;

	private final Payments payments;

	private final DeadlineActionRepository deadlineActions;

	private final TaskService tasks;

	private final Identity identity;

	private final ProgramCatalog catalog;

	private final Registry registry;

	private final PublicData publicData;

	private final RuntimeService runtime;

	private final ApplicationEventPublisher events;

	private final ObjectMapper json;

	private final Clock clock;

	private final DuplicateBenefitCheck duplicateCheck;

	private final SystemComments comments;

	private final TransactionTemplate writing;

	private final TransactionTemplate readOnly;

	CaseworkService(ApplicationRepository applications, EvidenceRepository evidence, DecisionRepository decisions,
			NoticeRepository notices, Payments payments, DeadlineActionRepository deadlineActions, TaskService tasks,
			Identity identity, ProgramCatalog catalog, Registry registry, PublicData publicData, RuntimeService runtime,
			ApplicationEventPublisher events, ObjectMapper json, Clock clock, DuplicateBenefitCheck duplicateCheck,
			SystemComments comments, PlatformTransactionManager transactions) {
		this.writing = new TransactionTemplate(transactions);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.applications = applications;
		this.evidence = evidence;
		this.decisions = decisions;
		this.notices = notices;
		this.payments = payments;
		this.deadlineActions = deadlineActions;
		this.tasks = tasks;
		this.identity = identity;
		this.catalog = catalog;
		this.registry = registry;
		this.publicData = publicData;
		this.runtime = runtime;
		this.events = events;
		this.json = json;
		this.clock = clock;
		this.duplicateCheck = duplicateCheck;
		this.comments = comments;
	}

	/**
	 * Registers an application in a transaction of its own, so that a race of two
	 * requests with one idempotency key is decided by the database: the loser's insert
	 * waits on the unique key until the winner commits, fails and is rolled back entirely
	 * (person, application and process instance), and the loser answers with the winner's
	 * application.
	 */
	@Override
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public ApplicationSummary submit(NewApplication cmd) {
		CurrentUser user = this.identity.currentUser();
		if (!user.has(Role.CASEWORKER)) {
			throw new AccessDeniedException("Only caseworkers register applications");
		}
		if (cmd.idempotencyKey() != null) {
			Optional<ApplicationSummary> earlier = this.readOnly.execute(s -> replay(cmd));
			if (earlier.isPresent()) {
				return earlier.get();
			}
		}
		try {
			return this.writing.execute(s -> register(cmd, user));
		}
		catch (DataIntegrityViolationException | UserFacingException ex) {
			if (cmd.idempotencyKey() == null || ex instanceof IdempotencyKeyReusedException) {
				throw ex;
			}
			// Lost a race with the same key (unique key, or the winner's application
			// already open for the person): answer with the winner's application.
			Optional<ApplicationSummary> winner = this.readOnly.execute(s -> replay(cmd));
			if (winner.isPresent()) {
				return winner.get();
			}
			throw ex;
		}
	}

	/**
	 * The application an idempotency key created, if any; refused when the request
	 * differs from the one that created it.
	 */
	private Optional<ApplicationSummary> replay(NewApplication cmd) {
		Optional<ApplicationEntity> earlier = this.applications.findByIdempotencyKey(cmd.idempotencyKey());
		if (earlier.isEmpty()) {
			return Optional.empty();
		}
		String stored = earlier.get().idempotencyFingerprint();
		if (stored != null) {
			Optional<UUID> personId;
			try {
				personId = this.registry.find(Rrn.parse(cmd.rrn())).map(PersonSummary::id);
			}
			catch (io.bokjiflow.registry.InvalidRrnException ex) {
				personId = Optional.empty();
			}
			if (personId.isEmpty() || !stored.equals(fingerprint(cmd, personId.get()))) {
				throw new IdempotencyKeyReusedException();
			}
		}
		return Optional.of(earlier.get().toSummary());
	}

	/**
	 * The SHA-256 of what makes a request the same request; the person's id stands for
	 * the resident number, so no hash of it is stored.
	 */
	static String fingerprint(NewApplication cmd, UUID personId) {
		String canonical = String.join("\n", String.valueOf(cmd.programCode()), personId.toString(),
				String.valueOf(cmd.name()).strip(), String.valueOf(cmd.address()).strip(),
				String.valueOf(cmd.adminDongCode()), String.valueOf(cmd.consent()),
				String.valueOf(cmd.financialConsent()));
		try {
			return java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256")
					.digest(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private ApplicationSummary register(NewApplication cmd, CurrentUser user) {
		Program program = (cmd.programCode() == null || cmd.programCode().isBlank() ? Optional.<Program>empty()
				: this.catalog.program(cmd.programCode()))
			.filter(p -> p.processKey() != null)
			.orElseThrow(() -> new UserFacingException("application.error.program"));
		Rrn rrn = Rrn.parse(cmd.rrn());
		if (rrn.birthDate().isAfter(LocalDate.now(this.clock))) {
			throw new UserFacingException("application.error.birthInFuture");
		}
		if (cmd.name() == null || cmd.name().isBlank() || cmd.name().strip().length() > 100) {
			throw new UserFacingException("application.error.name");
		}
		if (cmd.address() != null && cmd.address().strip().length() > MAX_ADDRESS_LENGTH) {
			throw new UserFacingException("application.error.address", MAX_ADDRESS_LENGTH);
		}
		boolean communityCentre = cmd.adminDongCode() != null
				&& this.identity.organization(cmd.adminDongCode()).filter(o -> o.level() == OrgLevel.EMD).isPresent();
		if (!communityCentre) {
			throw new UserFacingException("application.error.adminDong");
		}
		if (!cmd.consent()) {
			throw new UserFacingException("application.error.consent");
		}
		boolean known = this.registry.find(rrn).isPresent();
		PersonSummary person = this.registry
			.findOrRegister(new PersonRegistration(rrn, cmd.name(), cmd.address(), cmd.adminDongCode()));
		if (!"ALIVE".equals(person.status())) {
			throw new UserFacingException("application.error.personStatus");
		}
		if (this.applications.existsByPersonIdAndProgramCodeAndStatusIn(person.id(), program.code(), OPEN)) {
			throw new UserFacingException("application.error.duplicate");
		}
		LocalDate today = LocalDate.now(this.clock);
		LocalDate due = today.plusDays(program.decisionDeadlineDays());
		String number = "%s-%d-%06d".formatted(program.applicationPrefix(), today.getYear(),
				this.applications.nextApplicationSequence());
		ApplicationEntity fresh = new ApplicationEntity(UUID.randomUUID(), number, program.code(), person.id(),
				person.maskedName(), person.adminDongCode(), true, user.username(), user.organization().code(),
				this.clock.instant(), due, cmd.idempotencyKey());
		if (cmd.idempotencyKey() != null) {
			fresh.idempotencyFingerprint(fingerprint(cmd, person.id()));
		}
		// Flushed at once: a concurrent request with the same key waits here for this
		// transaction and then fails on the unique key, before it starts a process.
		ApplicationEntity app = this.applications.saveAndFlush(fresh);
		if (!known) {
			app.applicantNewlyRegistered();
		}
		if (cmd.financialConsent()) {
			app.financialConsentRecorded(this.clock.instant(), "consent form handed in with " + number);
		}
		Map<String, Object> variables = new HashMap<>();
		variables.put(CaseVariables.APPLICATION_ID, app.id().toString());
		variables.put(CaseVariables.PROGRAM_CODE, program.code());
		variables.put(CaseVariables.SIGUNGU_CODE, app.sigunguCode());
		variables.put(CaseVariables.DECISION_DUE_DATE, Date.from(due.atStartOfDay(this.clock.getZone()).toInstant()));
		variables.put(CaseVariables.ESCALATION_DATE,
				Date.from(escalationDate(today, program.decisionDeadlineDays()).atTime(9, 0)
					.atZone(this.clock.getZone())
					.toInstant()));
		ProcessInstance instance = this.runtime.startProcessInstanceByKey(program.processKey(), number, variables);
		app.startedAs(instance.getId());
		this.events.publishEvent(new ApplicationSubmitted(app.id(), number, program.code(), person.id()));
		return app.toSummary();
	}

	/**
	 * The day a supervisor is asked to act: a fifth of the deadline before it (at least
	 * one day), so a 14-day deadline escalates 3 days before and a 30-day one 6 days
	 * before.
	 */
	static LocalDate escalationDate(LocalDate applied, int deadlineDays) {
		int before = Math.max(1, (deadlineDays + 4) / 5);
		return applied.plusDays(deadlineDays - before);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CaseFile> caseFile(UUID applicationId) {
		return this.applications.findById(applicationId).filter(this::visibleToCurrentUser).map(this::toCaseFile);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CaseFile> caseFileByNumber(String applicationNo) {
		return this.applications.findByApplicationNo(applicationNo)
			.filter(this::visibleToCurrentUser)
			.map(this::toCaseFile);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ApplicationSummary> applicationsOf(UUID personId) {
		return this.applications.findByPersonIdOrderBySubmittedAtDesc(personId)
			.stream()
			.filter(this::visibleToCurrentUser)
			.map(ApplicationEntity::toSummary)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<DuplicateConflict> duplicateConflicts(String applicationNo) {
		return this.applications.findByApplicationNo(applicationNo)
			.filter(this::visibleToCurrentUser)
			.map(this::duplicateConflicts)
			.orElse(List.of());
	}

	/** The conflicts kept on a case; empty when none (or unreadable, logged). */
	List<DuplicateConflict> duplicateConflicts(ApplicationEntity app) {
		if (app.duplicateConflicts() == null) {
			return List.of();
		}
		try {
			return this.json.readValue(app.duplicateConflicts(), new TypeReference<List<DuplicateConflict>>() {
			});
		}
		catch (JsonProcessingException ex) {
			LOG.warn("The duplicate-benefit conflicts of application {} are in a shape this version cannot read ({})",
					app.applicationNo(), ex.getOriginalMessage());
			return List.of();
		}
	}

	/**
	 * The decision-time duplicate-benefit check: the applicant's (and household's, where
	 * a rule says so) active benefits against the rules, on today's date; the conflicts
	 * and the offset are kept on the case (a repeated check replaces them).
	 */
	DuplicateBenefitCheck.Result checkDuplicateBenefits(UUID applicationId) {
		ApplicationEntity app = application(applicationId);
		DuplicateBenefitCheck.Result result = this.duplicateCheck.check(app.personId(), app.programCode(),
				LocalDate.now(this.clock));
		app.duplicatesChecked(result.any() ? write(result.conflicts()) : null, result.offsetWon(),
				result.offsetPercent());
		return result;
	}

	/**
	 * Who may see a case: caseworkers and supervisors of the applicant's 시·군·구, and
	 * administrators; for anybody else (a local official or an auditor of the same 시·군·구
	 * included) the case does not exist.
	 */
	boolean visibleToCurrentUser(ApplicationEntity app) {
		CurrentUser user = this.identity.currentUser();
		if (user.sigunguCode() == null) {
			return user.has(Role.ADMINISTRATOR);
		}
		return (user.has(Role.CASEWORKER) || user.has(Role.SUPERVISOR) || user.has(Role.ADMINISTRATOR))
				&& user.sigunguCode().equals(app.sigunguCode());
	}

	CaseFile toCaseFile(ApplicationEntity app) {
		PersonSummary person = this.registry.find(app.personId())
			.orElseThrow(() -> new IllegalStateException("Application without a person"));
		List<EvidenceView> ev = this.evidence.findByApplicationIdOrderByFetchedAt(app.id())
			.stream()
			.map(e -> new EvidenceView(e.dataset(), e.subjectLabel(), e.source(), e.legalBasis(), e.fetchedAt(),
					e.requestId(), e.payloadSha256(), e.noRecord() ? List.of() : facts(e.dataset(), e.payload())))
			.toList();
		return new CaseFile(app.toSummary(), person.maskedRrn(), person.name(), ev, Optional.ofNullable(app.eligible()),
				Optional.ofNullable(app.eligibilityRule()),
				this.decisions.findByApplicationId(app.id()).map(DecisionEntity::toView),
				readKept(app, app.eligibilityExplanation(), EligibilityExplanation.class),
				app.flags() == null ? List.of() : List.of(app.flags().split(",")),
				readKept(app, app.recognisedIncome(), RecognisedIncome.class));
	}

	/**
	 * A result kept in the case file, or empty when it is missing or was written in a
	 * shape this version cannot read: the case stays workable (the evidence and decision
	 * are shown) and the log says which application to re-evaluate.
	 */
	private <T> Optional<T> readKept(ApplicationEntity app, String json, Class<T> type) {
		if (json == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(this.json.readValue(json, type));
		}
		catch (JsonProcessingException ex) {
			LOG.warn("{} of application {} is in a shape this version cannot read ({})", type.getSimpleName(),
					app.applicationNo(), ex.getOriginalMessage());
			return Optional.empty();
		}
	}

	private String write(Object value) {
		try {
			return this.json.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Could not write case data", ex);
		}
	}

	private List<QualificationFact> facts(String dataset, String payload) {
		if (!PublicDataSource.QUALIFICATION.name().equals(dataset)) {
			return List.of();
		}
		try {
			return this.json.readValue(payload, QualificationReport.class).qualifications();
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Stored evidence is not readable", ex);
		}
	}

	void recordEligibility(UUID applicationId, boolean eligible, String rule, EligibilityExplanation explanation) {
		ApplicationEntity app = application(applicationId);
		app.eligibilityEvaluated(eligible, rule);
		app.explained(write(explanation));
		app.ranked(explanation.rank());
	}

	boolean checkApplication(UUID applicationId) {
		ApplicationEntity app = application(applicationId);
		boolean needsFinancialConsent = program(app).publicData().contains(PublicDataSource.FINANCIAL);
		boolean complete = app.consentGiven() && (!needsFinancialConsent || app.financialConsentAt() != null);
		if (complete && app.status() == ApplicationStatus.SUBMITTED) {
			app.moveTo(ApplicationStatus.INVESTIGATING);
		}
		return complete;
	}

	void recordFinancialConsent(UUID applicationId, LocalDate receivedOn, String recordedBy) {
		ApplicationEntity app = application(applicationId);
		if (receivedOn.isAfter(LocalDate.now(this.clock))) {
			throw new UserFacingException("consent.error.future");
		}
		app.financialConsentRecorded(receivedOn.atStartOfDay(this.clock.getZone()).toInstant(),
				"consent form of " + app.applicationNo() + " recorded by " + recordedBy);
	}

	/**
	 * Puts an approved applicant on the waiting list. A case the table left to a
	 * caseworker without a rank (a priority group public data cannot show) and that the
	 * caseworkers approved is ranked after every ranked group.
	 */
	void registerOnWaitingList(UUID applicationId, Integer rank) {
		application(applicationId).ranked(rank != null ? rank : UNRANKED_APPROVAL);
	}

	void recordGovernmentShare(UUID applicationId, Integer sharePercent) {
		if (sharePercent == null) {
			throw new IllegalStateException("The eligibility table gives no government share for application "
					+ applicationId + " even with the care gap confirmed; record the share by hand");
		}
		application(applicationId).governmentShare(sharePercent);
	}

	/**
	 * Orders the payment of an approved case (idempotency key {@code application:<no>},
	 * or {@code application:<no>:<period>} for each period of a regular benefit): the
	 * amount the process set, else the catalogue's, less the duplicate-benefit offset the
	 * decision-time check kept on the case; a seizure-protected account where the process
	 * allows it, else where the program's legal basis does.
	 * @param amountWon the process variable {@code paymentAmountWon}, or {@code null}
	 * @param seizureProtectedAllowed the process variable
	 * {@code seizureProtectedAllowed}, or {@code null}
	 * @param period the process variable {@code paymentPeriod} ({@code yyyy-MM}) of a
	 * regular benefit's later payments, or {@code null}
	 */
	void requestPayment(UUID applicationId, Long amountWon, Boolean seizureProtectedAllowed, String period) {
		ApplicationEntity app = application(applicationId);
		Program program = program(app);
		Long amount = amountWon != null ? amountWon : program.paymentWon();
		if (amount == null) {
			throw new IllegalStateException("Program " + app.programCode() + " has no paymentWon");
		}
		long offset = new DuplicateBenefitCheck.Result(List.of(), app.duplicateOffsetWon(),
				app.duplicateOffsetPercent())
			.offsetOf(amount);
		if (offset > 0) {
			LOG.info("Payment of application {} reduced by {} won for a duplicate benefit", app.applicationNo(),
					offset);
			amount = amount - offset;
			if (amount == 0) {
				return; // the duplicate benefit offsets the whole amount: nothing to pay
			}
		}
		boolean protectedAllowed = seizureProtectedAllowed != null ? seizureProtectedAllowed
				: this.payments.seizureProtectedAllowed(program.legalBasis());
		String key = "application:" + app.applicationNo() + (period == null ? "" : ":" + period);
		String reference = app.applicationNo() + (period == null ? "" : " " + period);
		this.payments.order(new PaymentOrderRequest(key, app.programCode(), app.personId(), amount, protectedAllowed,
				app.sigunguCode(), reference));
	}

	/**
	 * Records a supervisor's deadline action; an extension moves the case's deadline, the
	 * variable of every process instance of the case and the due dates of its open tasks.
	 * @return for an extension, when to ask the supervisors again (a fifth of the
	 * program's deadline before the new date); {@code null} when the deadline is kept
	 */
	Date applyDeadlineAction(UUID applicationId, String action, Integer extensionDays, String reason, String actedBy,
			String businessKey) {
		ApplicationEntity app = application(applicationId);
		LocalDate before = app.decisionDueOn();
		LocalDate after = "EXTEND".equals(action) ? before.plusDays(extensionDays) : before;
		this.deadlineActions
			.save(new DeadlineActionEntity(applicationId, action, "EXTEND".equals(action) ? extensionDays : null,
					"EXTEND".equals(action) ? reason : null, before, after, actedBy, this.clock.instant()));
		if (after.equals(before)) {
			return null;
		}
		app.dueOn(after);
		Date due = Date.from(after.atStartOfDay(this.clock.getZone()).toInstant());
		for (ProcessInstance instance : this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(businessKey)
			.list()) {
			this.runtime.setVariable(instance.getId(), CaseVariables.DECISION_DUE_DATE, due);
		}
		for (Task task : this.tasks.createTaskQuery().processInstanceBusinessKey(businessKey).list()) {
			task.setDueDate(due);
			this.tasks.saveTask(task);
		}
		int deadlineDays = program(app).decisionDeadlineDays();
		LocalDate again = escalationDate(after.minusDays(deadlineDays), deadlineDays);
		return Date.from(again.atTime(9, 0).atZone(this.clock.getZone()).toInstant());
	}

	private Program program(ApplicationEntity app) {
		return this.catalog.program(app.programCode())
			.orElseThrow(() -> new IllegalStateException("No program " + app.programCode()));
	}

	void recordDecision(UUID applicationId, ApplicationStatus outcome, String reasonCode, String reasonText,
			String ruleReason, String decidedBy) {
		ApplicationEntity app = application(applicationId);
		if (this.decisions.findByApplicationId(applicationId).isPresent()) {
			return;
		}
		this.decisions.save(new DecisionEntity(applicationId, outcome, reasonCode, reasonText, ruleReason, decidedBy,
				this.clock.instant()));
		app.moveTo(outcome);
		this.events.publishEvent(new CaseDecided(applicationId, app.programCode(), app.personId(), outcome));
	}

	/**
	 * Records the notice of decision once; the summary names the letter and the version
	 * of its wording, so a reprint can be told apart from a changed text.
	 */
	void recordNotice(UUID applicationId, Function<CaseFile, String> summary) {
		ApplicationEntity app = application(applicationId);
		if (this.notices.existsByApplicationId(applicationId)) {
			return;
		}
		this.notices
			.save(new NoticeEntity(applicationId, "LETTER", summary.apply(toCaseFile(app)), this.clock.instant()));
	}

	/**
	 * Closes an open case whose applicant left the resident register: a decision row
	 * WITHDRAWN with the reason (DECEASED, DEREGISTERED, EMIGRATED) by {@code system},
	 * and the status. A case that is decided already is left as it is.
	 * @param reasonCode the reason code
	 * @param changeId the change feed's id, named in the decision's text
	 * @return whether the case was closed now
	 */
	boolean closeCase(UUID applicationId, String reasonCode, String changeId) {
		ApplicationEntity app = application(applicationId);
		if (!OPEN.contains(app.status()) || this.decisions.findByApplicationId(applicationId).isPresent()) {
			return false;
		}
		this.decisions.save(new DecisionEntity(applicationId, ApplicationStatus.WITHDRAWN, reasonCode,
				"주민등록 변동으로 결정 전에 종결되었습니다 (closed before a decision: resident-register change " + changeId + ")", null,
				RecordDecisionDelegate.SYSTEM, this.clock.instant()));
		app.moveTo(ApplicationStatus.WITHDRAWN);
		return true;
	}

	/**
	 * Moves an open case to the 행정동 its applicant moved to (and its 시·군·구), with a
	 * comment on the case saying why; the process side (variables, open tasks) is
	 * {@link RerouteCaseDelegate}'s. Moving to where the case is already changes nothing.
	 * @param newAdminDongCode the 행정동 moved to
	 * @param changeId the change feed's id
	 * @return the 시·군·구 the case belonged to when that changed, else {@code null}
	 */
	String relocate(UUID applicationId, String newAdminDongCode, String changeId) {
		ApplicationEntity app = application(applicationId);
		if (!OPEN.contains(app.status()) || newAdminDongCode.equals(app.adminDongCode())) {
			return null;
		}
		String oldDong = app.adminDongCode();
		String oldSigungu = app.sigunguCode();
		app.movedTo(newAdminDongCode);
		boolean otherSigungu = !app.sigunguCode().equals(oldSigungu);
		this.comments.write(applicationId, "life-event:" + changeId, this.clock.instant(),
				"신청인 전입: %s → %s (주민등록 변동 %s). %s / The applicant moved from %s to %s: %s.".formatted(oldDong,
						newAdminDongCode, changeId,
						otherSigungu ? "사건과 열린 업무를 새 시·군·구 담당자에게 이관했습니다." : "같은 시·군·구 안의 이동입니다.", oldDong,
						newAdminDongCode,
						otherSigungu
								? "the case and its open tasks now belong to the caseworkers of " + app.sigunguCode()
								: "within the same 시·군·구"));
		return otherSigungu ? oldSigungu : null;
	}

	/** The open cases of a person (not decided), newest first. */
	List<ApplicationEntity> openCasesOf(UUID personId) {
		return this.applications.findByPersonIdOrderBySubmittedAtDesc(personId)
			.stream()
			.filter(a -> OPEN.contains(a.status()))
			.toList();
	}

	void moveTo(UUID applicationId, ApplicationStatus status) {
		application(applicationId).moveTo(status);
	}

	/**
	 * The applications of process instances — a program's own or one of its call
	 * activities, which share its business key (the application number).
	 * @return process instance id → application
	 */
	Map<String, ApplicationEntity> byProcessInstances(List<String> processInstanceIds) {
		if (processInstanceIds.isEmpty()) {
			return Map.of();
		}
		Map<String, String> numbers = new HashMap<>();
		for (ProcessInstance pi : this.runtime.createProcessInstanceQuery()
			.processInstanceIds(new java.util.HashSet<>(processInstanceIds))
			.list()) {
			numbers.put(pi.getId(), pi.getBusinessKey());
		}
		Map<String, ApplicationEntity> byNumber = new HashMap<>();
		for (ApplicationEntity app : this.applications.findByApplicationNoIn(numbers.values())) {
			byNumber.put(app.applicationNo(), app);
		}
		Map<String, ApplicationEntity> result = new HashMap<>();
		numbers.forEach((id, number) -> {
			if (byNumber.containsKey(number)) {
				result.put(id, byNumber.get(number));
			}
		});
		return result;
	}

	private ApplicationEntity application(UUID id) {
		return this.applications.findById(id).orElseThrow(() -> new IllegalStateException("No application " + id));
	}

}
