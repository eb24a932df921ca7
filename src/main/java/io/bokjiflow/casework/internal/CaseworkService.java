package io.bokjiflow.casework.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bokjiflow.casework.ApplicationStatus;
import io.bokjiflow.casework.ApplicationSubmitted;
import io.bokjiflow.casework.ApplicationSummary;
import io.bokjiflow.casework.CaseDecided;
import io.bokjiflow.casework.CaseFile;
import io.bokjiflow.casework.Casework;
import io.bokjiflow.casework.EvidenceView;
import io.bokjiflow.casework.NewApplication;
import io.bokjiflow.catalog.Program;
import io.bokjiflow.catalog.ProgramCatalog;
import io.bokjiflow.identity.CurrentUser;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.identity.OrgLevel;
import io.bokjiflow.identity.Role;
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
import org.camunda.bpm.engine.runtime.ProcessInstance;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class CaseworkService implements Casework {

	private static final EnumSet<ApplicationStatus> OPEN = EnumSet.of(ApplicationStatus.SUBMITTED,
			ApplicationStatus.IN_REVIEW);

	private final ApplicationRepository applications;

	private final EvidenceRepository evidence;

	private final DecisionRepository decisions;

	private final NoticeRepository notices;

	private final Identity identity;

	private final ProgramCatalog catalog;

	private final Registry registry;

	private final PublicData publicData;

	private final RuntimeService runtime;

	private final ApplicationEventPublisher events;

	private final ObjectMapper json;

	private final Clock clock;

	CaseworkService(ApplicationRepository applications, EvidenceRepository evidence, DecisionRepository decisions,
			NoticeRepository notices, Identity identity, ProgramCatalog catalog, Registry registry,
			PublicData publicData, RuntimeService runtime, ApplicationEventPublisher events, ObjectMapper json,
			Clock clock) {
		this.applications = applications;
		this.evidence = evidence;
		this.decisions = decisions;
		this.notices = notices;
		this.identity = identity;
		this.catalog = catalog;
		this.registry = registry;
		this.publicData = publicData;
		this.runtime = runtime;
		this.events = events;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public ApplicationSummary submit(NewApplication cmd) {
		CurrentUser user = this.identity.currentUser();
		if (!user.has(Role.CASEWORKER)) {
			throw new AccessDeniedException("Only caseworkers register applications");
		}
		if (cmd.idempotencyKey() != null) {
			Optional<ApplicationEntity> earlier = this.applications.findByIdempotencyKey(cmd.idempotencyKey());
			if (earlier.isPresent()) {
				return earlier.get().toSummary();
			}
		}
		Program program = this.catalog.program(cmd.programCode())
			.filter(p -> p.processKey() != null)
			.orElseThrow(() -> new UserFacingException("application.error.program"));
		Rrn rrn = Rrn.parse(cmd.rrn());
		if (cmd.name() == null || cmd.name().isBlank() || cmd.name().strip().length() > 100) {
			throw new UserFacingException("application.error.name");
		}
		boolean communityCentre = cmd.adminDongCode() != null
				&& this.identity.organization(cmd.adminDongCode()).filter(o -> o.level() == OrgLevel.EMD).isPresent();
		if (!communityCentre) {
			throw new UserFacingException("application.error.adminDong");
		}
		if (!cmd.consent()) {
			throw new UserFacingException("application.error.consent");
		}
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
		ApplicationEntity app = this.applications.save(new ApplicationEntity(UUID.randomUUID(), number, program.code(),
				person.id(), person.maskedName(), person.adminDongCode(), true, user.username(),
				user.organization().code(), this.clock.instant(), due, cmd.idempotencyKey()));
		ProcessInstance instance = this.runtime.startProcessInstanceByKey(program.processKey(), number,
				Map.of(CaseVariables.APPLICATION_ID, app.id().toString(), CaseVariables.SIGUNGU_CODE, app.sigunguCode(),
						CaseVariables.DECISION_DUE_DATE,
						Date.from(due.atStartOfDay(this.clock.getZone()).toInstant())));
		app.startedAs(instance.getId());
		this.events.publishEvent(new ApplicationSubmitted(app.id(), number, program.code(), person.id()));
		return app.toSummary();
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

	private boolean visibleToCurrentUser(ApplicationEntity app) {
		CurrentUser user = this.identity.currentUser();
		if (user.sigunguCode() == null) {
			return user.has(Role.ADMINISTRATOR);
		}
		return user.sigunguCode().equals(app.sigunguCode());
	}

	CaseFile toCaseFile(ApplicationEntity app) {
		PersonSummary person = this.registry.find(app.personId())
			.orElseThrow(() -> new IllegalStateException("Application without a person"));
		List<EvidenceView> ev = this.evidence.findByApplicationIdOrderByFetchedAt(app.id())
			.stream()
			.map(e -> new EvidenceView(e.dataset(), e.source(), e.legalBasis(), e.fetchedAt(), e.requestId(),
					e.payloadSha256(), facts(e.dataset(), e.payload())))
			.toList();
		return new CaseFile(app.toSummary(), person.maskedRrn(), person.name(), ev, Optional.ofNullable(app.eligible()),
				Optional.ofNullable(app.eligibilityRule()),
				this.decisions.findByApplicationId(app.id()).map(DecisionEntity::toView));
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

	QualificationReport fetchQualificationEvidence(UUID applicationId) {
		ApplicationEntity app = application(applicationId);
		Rrn rrn = this.registry.revealRrn(app.personId(), "system:publicdata", "application " + app.applicationNo());
		LocalDate asOf = app.submittedAt().atZone(this.clock.getZone()).toLocalDate();
		PublicDataAnswer<QualificationReport> answer = this.publicData.qualifications(rrn, asOf);
		keepEvidence(applicationId, answer);
		return answer.values();
	}

	/**
	 * Stores an answer as the case's evidence of its source, replacing an earlier one.
	 */
	private void keepEvidence(UUID applicationId, PublicDataAnswer<?> answer) {
		String dataset = answer.source().name();
		EvidenceEntity row = this.evidence.findByApplicationIdAndDataset(applicationId, dataset)
			.orElseGet(() -> new EvidenceEntity(applicationId, dataset));
		try {
			row.update(answer.agency(), answer.legalBasis(), answer.retrievedAt(),
					this.json.writeValueAsString(answer.values()), answer.requestId(), answer.payloadSha256());
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Could not store evidence", ex);
		}
		this.evidence.save(row);
	}

	void recordEligibility(UUID applicationId, boolean eligible, String rule) {
		application(applicationId).eligibilityEvaluated(eligible, rule);
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

	void recordNotice(UUID applicationId) {
		ApplicationEntity app = application(applicationId);
		if (this.notices.existsByApplicationId(applicationId)) {
			return;
		}
		this.notices.save(new NoticeEntity(applicationId, "LETTER",
				"%s %s: %s".formatted(app.programCode(), app.applicationNo(), app.status()), this.clock.instant()));
	}

	void moveTo(UUID applicationId, ApplicationStatus status) {
		application(applicationId).moveTo(status);
	}

	List<ApplicationEntity> byProcessInstances(List<String> processInstanceIds) {
		return this.applications.findByProcessInstanceIdIn(processInstanceIds);
	}

	private ApplicationEntity application(UUID id) {
		return this.applications.findById(id).orElseThrow(() -> new IllegalStateException("No application " + id));
	}

}
