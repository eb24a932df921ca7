package io.bokjiflow.openmarket.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.bokjiflow.identity.CurrentUser;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.identity.Role;
import io.bokjiflow.openmarket.CriteriaEvaluator;
import io.bokjiflow.openmarket.LocalPrograms;
import io.bokjiflow.openmarket.ProgramConfigurationPublished;
import io.bokjiflow.openmarket.ProgramVersion;
import io.bokjiflow.openmarket.ProgramVersion.ProgramContent;
import io.bokjiflow.openmarket.ProgramVersion.Status;
import io.bokjiflow.shared.UserFacingException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The local programs and their versions: local officials of a 시·군·구 write drafts of its
 * programs, a supervisor of the same 시·군·구 who did not submit a version publishes it
 * (four eyes), and a published version is never changed again (the database refuses it
 * too).
 */
@Service
@Transactional
class LocalProgramService implements LocalPrograms {

	/** Who publishes the sample programs at start-up (no user is signed in then). */
	static final String SYSTEM = "system";

	private final ProgramVersionStore store;

	private final ProgramContentRules rules;

	private final ApplicationFormDeployer forms;

	private final Identity identity;

	private final CriteriaEvaluator evaluator;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LocalProgramService(ProgramVersionStore store, ProgramContentRules rules, ApplicationFormDeployer forms,
			Identity identity, CriteriaEvaluator evaluator, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.rules = rules;
		this.forms = forms;
		this.identity = identity;
		this.evaluator = evaluator;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ProgramVersion> programs(String sigunguCode) {
		return this.store.latestPerProgram(sigunguCode).stream().map(ProgramVersionStore.Row::version).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ProgramVersion> effective(String programCode, LocalDate on) {
		return this.store.effective(programCode, on).map(ProgramVersionStore.Row::version);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ProgramVersion> version(UUID versionId) {
		return this.store.find(versionId).map(ProgramVersionStore.Row::version);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ProgramVersion> versions(String programCode) {
		return this.store.versions(programCode).stream().map(ProgramVersionStore.Row::version).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ApplicationForm> applicationForm(UUID versionId) {
		return this.store.find(versionId)
			.filter(r -> r.formId() != null && r.formVersion() != null)
			.map(r -> new ApplicationForm(r.formId(), r.formVersion()));
	}

	@Override
	public ProgramVersion createProgram(String programCode, ProgramContent content) {
		if (content == null) {
			throw new UserFacingException("om.program.error.taskType");
		}
		CurrentUser user = official(content.sigunguCode());
		this.rules.checkCode(programCode, content.sigunguCode());
		if (this.store.programExists(programCode)) {
			throw new UserFacingException("om.program.error.exists", programCode);
		}
		ProgramContent normalised = normalise(programCode, content);
		this.rules.check(normalised);
		this.store.insertProgram(programCode, content.sigunguCode(), user.username(), this.clock.instant());
		UUID id = UUID.randomUUID();
		this.store.insertVersion(id, programCode, 1, normalised, user.username(), this.clock.instant());
		return version(id).orElseThrow();
	}

	@Override
	public ProgramVersion draftChange(String programCode) {
		String sigungu = this.store.sigunguOf(programCode)
			.orElseThrow(() -> new UserFacingException("om.program.error.unknown", programCode));
		CurrentUser user = official(sigungu);
		Optional<ProgramVersionStore.Row> open = this.store.open(programCode);
		if (open.isPresent()) {
			return open.get().version();
		}
		List<ProgramVersionStore.Row> all = this.store.versions(programCode);
		if (!all.isEmpty() && all.get(0).version().status() == Status.REJECTED) {
			// The rejected version is edited again rather than copied, so its reason
			// stays
			// in view.
			this.store.reopen(all.get(0).version().id());
			return version(all.get(0).version().id()).orElseThrow();
		}
		ProgramContent base = this.store.latestPublished(programCode)
			.map(r -> r.version().content())
			.orElseGet(() -> all.get(0).version().content());
		UUID id = UUID.randomUUID();
		try {
			this.store.insertVersion(id, programCode, this.store.nextVersion(programCode), base, user.username(),
					this.clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw new UserFacingException("om.program.error.stale");
		}
		return version(id).orElseThrow();
	}

	@Override
	public ProgramVersion saveDraft(UUID versionId, long expectedRevision, ProgramContent content) {
		ProgramVersionStore.Row row = this.store.lock(versionId)
			.orElseThrow(() -> new UserFacingException("om.program.error.unknown", versionId));
		official(row.sigunguCode());
		ProgramVersion current = row.version();
		if (current.status() != Status.DRAFT && current.status() != Status.REJECTED) {
			throw new UserFacingException("om.program.error.notDraft", current.version());
		}
		if (current.revision() != expectedRevision) {
			throw new UserFacingException("om.program.error.stale");
		}
		if (content == null || !row.sigunguCode().equals(content.sigunguCode())) {
			throw new UserFacingException("om.program.error.sigungu");
		}
		ProgramContent normalised = normalise(current.programCode(), content);
		this.rules.check(normalised);
		if (current.status() == Status.REJECTED) {
			this.store.reopen(versionId);
		}
		if (!this.store.saveContent(versionId, expectedRevision, normalised)) {
			throw new UserFacingException("om.program.error.stale");
		}
		return version(versionId).orElseThrow();
	}

	@Override
	public ProgramVersion submitForApproval(UUID versionId, LocalDate effectiveFrom) {
		ProgramVersionStore.Row row = this.store.lock(versionId)
			.orElseThrow(() -> new UserFacingException("om.program.error.unknown", versionId));
		CurrentUser user = official(row.sigunguCode());
		if (row.version().status() != Status.DRAFT) {
			throw new UserFacingException("om.program.error.notDraft", row.version().version());
		}
		LocalDate today = LocalDate.now(this.clock);
		if (effectiveFrom == null || effectiveFrom.isBefore(today)) {
			throw new UserFacingException("om.program.error.effectiveDate", today);
		}
		this.rules.check(row.version().content());
		this.store.submit(versionId, effectiveFrom, user.username(), this.clock.instant());
		return version(versionId).orElseThrow();
	}

	@Override
	public ProgramVersion approve(UUID versionId) {
		ProgramVersionStore.Row row = this.store.lock(versionId)
			.orElseThrow(() -> new UserFacingException("om.program.error.unknown", versionId));
		CurrentUser user = supervisor(row);
		return publish(row, user.username());
	}

	@Override
	public ProgramVersion reject(UUID versionId, String reason) {
		ProgramVersionStore.Row row = this.store.lock(versionId)
			.orElseThrow(() -> new UserFacingException("om.program.error.unknown", versionId));
		CurrentUser user = supervisor(row);
		if (reason == null || reason.strip().length() < 5 || reason.length() > 2000) {
			throw new UserFacingException("om.program.error.reason");
		}
		this.store.reject(versionId, user.username(), this.clock.instant(), reason.strip());
		return version(versionId).orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public Preview preview(UUID versionId, LocalDate on) {
		ProgramVersion candidate = version(versionId)
			.orElseThrow(() -> new UserFacingException("om.program.error.unknown", versionId));
		CriteriaEvaluator sql = this.evaluator;
		Set<UUID> selected = alive(sql.select(candidate.content().criteria(), on));
		Optional<ProgramVersion> inForce = effective(candidate.programCode(), on)
			.filter(v -> !v.id().equals(candidate.id()));
		Set<UUID> current = inForce.map(v -> alive(sql.select(v.content().criteria(), on))).orElse(Set.of());
		long qualifying = sql.count(candidate.content().criteria(), on);
		long currentCount = inForce.map(v -> sql.count(v.content().criteria(), on)).orElse(0L);
		long gaining = selected.stream().filter(id -> !current.contains(id)).count();
		long losing = current.stream().filter(id -> !selected.contains(id)).count();
		return new Preview(qualifying, currentCount, gaining, losing);
	}

	private static Set<UUID> alive(List<CriteriaEvaluator.Match> matches) {
		Set<UUID> ids = new HashSet<>();
		matches.stream().filter(m -> "ALIVE".equals(m.status())).forEach(m -> ids.add(m.personId()));
		return ids;
	}

	/**
	 * Creates and publishes a program's first version without a user: the sample programs
	 * at start-up. Does nothing when the program exists.
	 * @param programCode the code
	 * @param content the content
	 * @param effectiveFrom the first day it applies
	 * @return whether it was created
	 */
	boolean publishAsSystem(String programCode, ProgramContent content, LocalDate effectiveFrom) {
		if (this.store.programExists(programCode)) {
			return false;
		}
		this.rules.checkCode(programCode, content.sigunguCode());
		ProgramContent normalised = normalise(programCode, content);
		this.rules.check(normalised);
		this.store.insertProgram(programCode, content.sigunguCode(), SYSTEM, this.clock.instant());
		UUID id = UUID.randomUUID();
		this.store.insertVersion(id, programCode, 1, normalised, SYSTEM, this.clock.instant());
		this.store.submit(id, effectiveFrom, SYSTEM, this.clock.instant());
		publish(this.store.lock(id).orElseThrow(), SYSTEM);
		return true;
	}

	private ProgramVersion publish(ProgramVersionStore.Row row, String by) {
		ProgramVersion pending = row.version();
		if (pending.status() != Status.PENDING_APPROVAL) {
			throw new UserFacingException("om.program.error.notPending", pending.version());
		}
		String formId = null;
		Integer formVersion = null;
		if (pending.content().taskType().application()) {
			formId = ApplicationFormDeployer.formId(pending.programCode());
			formVersion = this.forms.deploy(pending.programCode(), pending.version(),
					pending.content().applicationFormJson());
		}
		this.store.publish(pending.id(), by, this.clock.instant(), formId, formVersion);
		ProgramVersion published = version(pending.id()).orElseThrow();
		this.events.publishEvent(new ProgramConfigurationPublished(published.programCode(), published.id(),
				published.version(), published.effectiveFrom()));
		return published;
	}

	/** The form's id is always the program's, so the task types' user tasks find it. */
	private static ProgramContent normalise(String programCode, ProgramContent c) {
		if (c.applicationFormJson() == null || c.applicationFormJson().isBlank() || !c.taskType().application()) {
			return c;
		}
		String json;
		try {
			json = ApplicationFormDeployer.withFormId(programCode, c.applicationFormJson());
		}
		catch (IllegalArgumentException ex) {
			throw new UserFacingException("om.program.error.form", ex.getMessage());
		}
		return new ProgramContent(c.taskType(), c.sigunguCode(), c.nameKo(), c.nameEn(), c.summaryKo(), c.summaryEn(),
				c.legalBasis(), c.seizureProtectedAllowed(), c.nationalProgramCode(), json, c.criteria(), c.amountWon(),
				c.schedule(), c.budgetWon(), c.paymentMethods(), c.decisionDeadlineDays(), c.sources(),
				c.assumptions());
	}

	/** The signed-in local official of a 시·군·구, or access denied. */
	private CurrentUser official(String sigunguCode) {
		CurrentUser user = this.identity.currentUser();
		if (!user.has(Role.LOCAL_OFFICIAL) || sigunguCode == null || !sigunguCode.equals(user.sigunguCode())) {
			throw new AccessDeniedException("Only a local official of the program's 시·군·구 edits it");
		}
		return user;
	}

	/** The signed-in supervisor of the version's 시·군·구 who did not submit it. */
	private CurrentUser supervisor(ProgramVersionStore.Row row) {
		CurrentUser user = this.identity.currentUser();
		if (!user.has(Role.SUPERVISOR) || !row.sigunguCode().equals(user.sigunguCode())) {
			throw new AccessDeniedException("Only a supervisor of the program's 시·군·구 decides on its versions");
		}
		if (row.version().status() != Status.PENDING_APPROVAL) {
			throw new UserFacingException("om.program.error.notPending", row.version().version());
		}
		if (user.username().equals(row.version().submittedBy())) {
			throw new UserFacingException("om.program.error.fourEyes");
		}
		return user;
	}

}
