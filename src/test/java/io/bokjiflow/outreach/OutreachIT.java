package io.bokjiflow.outreach;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.bokjiflow.casework.ApplicationSubmitted;
import io.bokjiflow.identity.OrgGroups;
import io.bokjiflow.outreach.MissingService.Confidence;
import io.bokjiflow.registry.RegistryBulkLoad;
import io.bokjiflow.shared.UserFacingException;
import io.bokjiflow.testing.IntegrationTest;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The missing-service finder, the worklist and the outreach on generated persons planted
 * in private 행정동 codes: a veteran living alone qualifies by the real eligibility tables
 * for exactly three programs on registry facts alone (고궁 등 이용 지원, 교육지원, 열요금 감면, rule
 * VETERAN each); what they receive, have applied for or are blocked from by a
 * duplicate-benefit BLOCK rule is left out.
 */
class OutreachIT extends IntegrationTest {

	private static final List<String> VETERAN = List.of("VETERAN");

	private static final LocalDate BORN = LocalDate.of(1986, 4, 5);

	@Autowired
	private MissingServices finder;

	@Autowired
	private OutreachWorklist worklist;

	@Autowired
	private RegistryBulkLoad bulkLoad;

	@Autowired
	private TransactionTemplate tx;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private TaskService tasks;

	@Autowired
	private HistoryService history;

	@Autowired
	private Clock clock;

	/** A made-up 시·군·구 without local programs: only national programs can be found. */
	private final String dong = PlantedPersons
		.privateDong("99" + "%03d".formatted(new java.util.Random().nextInt(1000)), '0');

	@Test
	void shouldFindExactlyTheTwoProgramsAVeteranQualifiesForAndDoesNotReceive() {
		PlantedPersons planted = new PlantedPersons(this.bulkLoad, this.tx);
		UUID receivesOne = planted.person(this.dong, BORN, VETERAN, List.of("HEAT_FEE_REDUCTION"));
		UUID receivesNone = planted.person(this.dong, BORN, VETERAN, List.of());
		UUID nobody = planted.person(this.dong, BORN, List.of(), List.of());
		planted.write();

		assertThat(likely(receivesNone)).as("the three the tables give on registry facts")
			.containsExactly("HEAT_FEE_REDUCTION", "VETERAN_PALACE_ADMISSION", "VETERAN_TUITION");
		List<MissingService> found = this.finder.find(receivesOne);
		assertThat(likely(receivesOne)).containsExactly("VETERAN_PALACE_ADMISSION", "VETERAN_TUITION");
		assertThat(found).extracting(MissingService::programCode).doesNotContain("HEAT_FEE_REDUCTION");
		for (MissingService f : found.stream().filter(f -> f.confidence() == Confidence.LIKELY_ELIGIBLE).toList()) {
			assertThat(f.kind()).isEqualTo(MissingService.Kind.SUPPORT);
			assertThat(f.rule()).isEqualTo("VETERAN");
			assertThat(f.ruleSource()).endsWith("-eligibility");
			assertThat(f.missingFacts()).isEmpty();
			assertThat(f.evidence()).extracting(MissingService.Evidence::fact).contains("veteran");
			MissingService.Evidence veteran = f.evidence()
				.stream()
				.filter(e -> e.fact().equals("veteran"))
				.findFirst()
				.orElseThrow();
			assertThat(veteran.value()).isEqualTo("true");
			assertThat(veteran.source()).isEqualTo("reg_qualification: test: 국가보훈부");
			assertThat(veteran.explanationKo()).contains("보훈대상자", "2019-03-01");
			assertThat(veteran.explanationEn()).contains("veteran", "2019-03-01");
		}
		// facts the registry lacks (the vehicle) make a finding "check needed", never
		// likely
		assertThat(found).filteredOn(f -> f.programCode().equals("TOLL_DISCOUNT")).singleElement().satisfies(f -> {
			assertThat(f.confidence()).isEqualTo(Confidence.CHECK_NEEDED);
			assertThat(f.missingFacts()).contains("vehicleValue");
		});
		assertThat(likely(nobody)).isEmpty();
	}

	@Test
	void shouldLeaveOutAProgramWithAnOpenApplicationAndOneBlockedByWhatThePersonReceives() {
		PlantedPersons planted = new PlantedPersons(this.bulkLoad, this.tx);
		UUID applied = planted.person(this.dong, BORN, VETERAN, List.of());
		// pair 1: 교육급여 × 보훈 대학수업료 면제 is BLOCK
		UUID blocked = planted.person(this.dong, BORN, VETERAN, List.of("EDUCATION_BENEFIT"));
		planted.write();
		openApplication(applied, "VETERAN_PALACE_ADMISSION", "SUBMITTED");

		assertThat(likely(applied)).containsExactly("HEAT_FEE_REDUCTION", "VETERAN_TUITION");
		assertThat(likely(blocked)).containsExactly("HEAT_FEE_REDUCTION", "VETERAN_PALACE_ADMISSION");

		// a decided application no longer keeps the program out
		this.jdbc.update("update cw_application set status = 'REJECTED' where person_id = ?", applied);
		assertThat(likely(applied)).containsExactly("HEAT_FEE_REDUCTION", "VETERAN_PALACE_ADMISSION",
				"VETERAN_TUITION");
	}

	@Test
	void shouldStoreEachFindingOnceWhenTheWorklistRunsTwice() {
		String gangnam = PlantedPersons.privateDong("11680", '7');
		PlantedPersons planted = new PlantedPersons(this.bulkLoad, this.tx);
		// no benefit records in 강남구: other tests pick its recipients from the shared
		// database
		UUID veteran = planted.person(gangnam, BORN, VETERAN, List.of());
		planted.person(gangnam, BORN, List.of(), List.of());
		planted.write();

		WorklistRun first = as("cw.gangnam", () -> this.worklist.runNow(gangnam));
		assertThat(first.status()).isEqualTo("COMPLETED");
		assertThat(first.residents()).isEqualTo(2);
		assertThat(first.evaluated()).isEqualTo(2);
		List<OutreachCandidate> before = as("cw.gangnam", () -> this.worklist.candidates(gangnam, Set.of()));
		assertThat(before).extracting(c -> c.personId() + "/" + c.finding().programCode()).doesNotHaveDuplicates();
		assertThat(before).filteredOn(c -> c.personId().equals(veteran))
			.extracting(c -> c.finding().programCode())
			.contains("HEAT_FEE_REDUCTION", "VETERAN_PALACE_ADMISSION", "VETERAN_TUITION");
		// Local programs other tests publish in 강남구 may fit the other resident too; the
		// support programs' findings are the veteran's only.
		assertThat(before).filteredOn(c -> c.finding().kind() == MissingService.Kind.SUPPORT)
			.allSatisfy(c -> assertThat(c.personId()).isEqualTo(veteran));
		assertThat(before).allSatisfy(c -> {
			assertThat(c.status()).isEqualTo(OutreachStatus.NEW);
			assertThat(c.finding().missingFacts()).isEmpty();
		});

		WorklistRun second = as("cw.gangnam", () -> this.worklist.runNow(gangnam));
		List<OutreachCandidate> after = as("cw.gangnam", () -> this.worklist.candidates(gangnam, Set.of()));
		assertThat(second.found()).isEqualTo(first.found()).isEqualTo(before.size());
		assertThat(after).extracting(OutreachCandidate::id)
			.containsExactlyInAnyOrderElementsOf(before.stream().map(OutreachCandidate::id).toList());
		assertThat(after).extracting(OutreachCandidate::foundAt)
			.containsExactlyInAnyOrderElementsOf(before.stream().map(OutreachCandidate::foundAt).toList());
		assertThat(this.jdbc.queryForObject("select count(*) from out_candidate where admin_dong_code = ?",
				Integer.class, gangnam))
			.isEqualTo(before.size());

		// only caseworkers of the 시·군·구
		assertThatThrownBy(() -> as("cw.jongno", () -> this.worklist.runNow(gangnam)))
			.isInstanceOf(UserFacingException.class)
			.hasMessage("outreach.error.notYourDong");
	}

	@Test
	void shouldRunInTheBackgroundWithProgress() {
		String gangnam = PlantedPersons.privateDong("11680", '6');
		PlantedPersons planted = new PlantedPersons(this.bulkLoad, this.tx);
		planted.person(gangnam, BORN, VETERAN, List.of());
		planted.write();

		WorklistRun started = as("cw.gangnam", () -> this.worklist.startRun(gangnam));
		WorklistRun done = Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.until(() -> this.worklist.run(started.id()).orElseThrow(), WorklistRun::finished);
		assertThat(done.status()).isEqualTo("COMPLETED");
		assertThat(done.evaluated()).isEqualTo(done.residents()).isEqualTo(1);
		assertThat(this.worklist.latestRun(gangnam)).contains(done);
	}

	@Test
	void shouldMarkTheCandidateAppliedAndEndTheOutreachWhenTheApplicationIsSubmitted() {
		String gangnam = PlantedPersons.privateDong("11680", '5');
		PlantedPersons planted = new PlantedPersons(this.bulkLoad, this.tx);
		UUID veteran = planted.person(gangnam, BORN, VETERAN, List.of());
		planted.write();

		OutreachCandidate started = as("cw.gangnam",
				() -> this.worklist.startOutreach(veteran, "VETERAN_PALACE_ADMISSION"));
		assertThat(started.status()).isEqualTo(OutreachStatus.OUTREACH_STARTED);
		assertThat(started.statusChangedBy()).isEqualTo("cw.gangnam");
		String processId = started.processInstanceId();
		Task contact = this.tasks.createTaskQuery().processInstanceId(processId).singleResult();
		assertThat(contact.getTaskDefinitionKey()).isEqualTo("user_contact_person");
		assertThat(this.tasks.getIdentityLinksForTask(contact.getId()))
			.anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo(OrgGroups.caseworkers("11680")));
		assertThatThrownBy(() -> as("cw.gangnam", () -> this.worklist.startOutreach(started.id())))
			.isInstanceOf(UserFacingException.class)
			.hasMessage("outreach.error.alreadyStarted");

		this.tasks.complete(contact.getId(), Map.of("reached", true, "outcome", "WILL_APPLY", "note", "방문 예정"));
		assertThat(this.runtime.createProcessInstanceQuery().processInstanceId(processId).singleResult()).isNotNull();

		// another program's application changes nothing
		submitted(veteran, "VETERAN_TUITION", "OUT-" + UUID.randomUUID().toString().substring(0, 8));
		assertThat(this.worklist.candidatesOf(veteran)).filteredOn(c -> c.id().equals(started.id()))
			.extracting(OutreachCandidate::status)
			.containsExactly(OutreachStatus.OUTREACH_STARTED);

		String applicationNo = "OUT-" + UUID.randomUUID().toString().substring(0, 8);
		submitted(veteran, "VETERAN_PALACE_ADMISSION", applicationNo);

		OutreachCandidate applied = this.worklist.candidatesOf(veteran)
			.stream()
			.filter(c -> c.id().equals(started.id()))
			.findFirst()
			.orElseThrow();
		assertThat(applied.status()).isEqualTo(OutreachStatus.APPLIED);
		assertThat(applied.applicationNo()).isEqualTo(applicationNo);
		assertThat(this.runtime.createProcessInstanceQuery().processInstanceId(processId).singleResult()).isNull();
		assertThat(this.history.createHistoricActivityInstanceQuery()
			.processInstanceId(processId)
			.activityId("end_applied")
			.count()).isEqualTo(1);
	}

	private void submitted(UUID personId, String program, String applicationNo) {
		this.tx.executeWithoutResult(status -> this.events
			.publishEvent(new ApplicationSubmitted(UUID.randomUUID(), applicationNo, program, personId)));
	}

	private List<String> likely(UUID personId) {
		return this.finder.find(personId)
			.stream()
			.filter(f -> f.confidence() == Confidence.LIKELY_ELIGIBLE)
			.map(MissingService::programCode)
			.sorted()
			.toList();
	}

	/** An application as casework stores it (the process is not needed here). */
	private void openApplication(UUID personId, String program, String status) {
		this.jdbc.update("""
				insert into cw_application (id, application_no, program_code, person_id, applicant_name_mask,
				    admin_dong_code, sigungu_code, status, consent_given, submitted_by, submitted_org, submitted_at,
				    decision_due_on)
				values (?, ?, ?, ?, '발○○', ?, ?, ?, true, 'test', ?, ?, ?)""", UUID.randomUUID(),
				"OUT-" + UUID.randomUUID().toString().substring(0, 12), program, personId, this.dong,
				this.dong.substring(0, 5), status, this.dong, Timestamp.from(Instant.now(this.clock)),
				LocalDate.now(this.clock).plusDays(30));
	}

}
