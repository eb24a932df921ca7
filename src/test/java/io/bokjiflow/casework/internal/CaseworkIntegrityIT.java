package io.bokjiflow.casework.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.bokjiflow.casework.ApplicationStatus;
import io.bokjiflow.casework.ApplicationSummary;
import io.bokjiflow.casework.CaseTasks;
import io.bokjiflow.casework.Casework;
import io.bokjiflow.casework.DuplicateConflict;
import io.bokjiflow.casework.NewApplication;
import io.bokjiflow.casework.TaskFilter;
import io.bokjiflow.casework.TaskRow;
import io.bokjiflow.casework.TaskScope;
import io.bokjiflow.registry.BenefitStatus;
import io.bokjiflow.registry.LifeEventKind;
import io.bokjiflow.registry.LifeEventRecorded;
import io.bokjiflow.registry.PersonStatus;
import io.bokjiflow.registry.RegistryBulkLoad;
import io.bokjiflow.registry.Relationship;
import io.bokjiflow.registry.Rrn;
import io.bokjiflow.testing.IntegrationTest;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The casework side of issue 6 on the real modules and database: the decision-time
 * duplicate-benefit check against the integrity rules and the registry's benefit history
 * (a household member's benefit, planted in a private 행정동 so other tests are not
 * disturbed) with its offset taken off the payment; and the registry's
 * {@link LifeEventRecorded} correlated to an open support-program application — a move
 * from 강남구 to 종로구 re-routes the open task between the two task lists, a death closes the
 * case, and each event delivered twice changes nothing.
 */
class CaseworkIntegrityIT extends IntegrationTest {

	@Autowired
	private CaseworkService caseworkService;

	@Autowired
	private Casework casework;

	@Autowired
	private CaseTasks caseTasks;

	@Autowired
	private ApplicationRepository applications;

	@Autowired
	private RegistryBulkLoad bulkLoad;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private TransactionTemplate tx;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private TaskService taskService;

	@Autowired
	private Clock clock;

	@Test
	void shouldFindAHouseholdMembersBenefitAndTakeTheOffsetOffThePayment() {
		LocalDate today = LocalDate.now(this.clock);
		String dong = "11680" + "7" + "%04d".formatted(ThreadLocalRandom.current().nextInt(10_000));
		UUID applicant = UUID.randomUUID();
		UUID member = UUID.randomUUID();
		UUID energyVoucher = UUID.randomUUID();
		int serial = ThreadLocalRandom.current().nextInt(90_000);
		this.tx.executeWithoutResult(status -> {
			RegistryBulkLoad.Batch batch = this.bulkLoad.newBatch();
			batch.add(person(applicant, LocalDate.of(1977, 4, 5), serial, dong, List.of()));
			// 에너지바우처 of the member: pair 30 (× 연탄쿠폰) counts household members, a half
			// offset
			batch.add(person(member, LocalDate.of(1979, 6, 7), serial + 1, dong, List.of(
					new RegistryBulkLoad.BenefitRecord(energyVoucher, "ENERGY_VOUCHER", "MCEE", today.minusMonths(2),
							null, 300_000, BenefitStatus.ACTIVE, "test: CaseworkIntegrityIT"),
					new RegistryBulkLoad.BenefitRecord(UUID.randomUUID(), "PUBLIC_RENTAL", "LH", today.minusYears(1),
							null, 100_000, BenefitStatus.ACTIVE, "test: CaseworkIntegrityIT"))));
			batch.add(new RegistryBulkLoad.HouseholdRecord(UUID.randomUUID(), applicant, dong, "서울특별시 강남구",
					List.of(new RegistryBulkLoad.MemberRecord(applicant, Relationship.HEAD),
							new RegistryBulkLoad.MemberRecord(member, Relationship.SPOUSE))));
			this.bulkLoad.write(batch);
		});
		ApplicationEntity app = application(applicant, "BRIQUETTE_COUPON", dong);

		DuplicateBenefitCheck.Result result = this.caseworkService.checkDuplicateBenefits(app.id());

		assertThat(result.conflicts()).hasSize(1);
		DuplicateConflict conflict = result.conflicts().get(0);
		assertThat(conflict.rule()).isEqualTo(30);
		assertThat(conflict.effect()).isEqualTo("OFFSET_SHARE");
		assertThat(conflict.programCode()).isEqualTo("ENERGY_VOUCHER");
		assertThat(conflict.householdMember()).isTrue();
		assertThat(conflict.agencyCode()).isEqualTo("MCEE");
		assertThat(result.blocking()).isFalse();
		assertThat(result.offsetPercent()).isEqualTo(50);
		// kept on the case: the review and the case view list it for the 시·군·구's users
		assertThat(as("cw.gangnam", () -> this.casework.duplicateConflicts(app.applicationNo())))
			.containsExactly(conflict);
		assertThat(as("cw.jongno", () -> this.casework.duplicateConflicts(app.applicationNo()))).isEmpty();

		this.caseworkService.requestPayment(app.id(), null, null, null);

		long paymentWon = 547_000; // 연탄쿠폰's paymentWon in the catalogue
		assertThat(this.jdbc.queryForObject("select amount_won from pay_order where idempotency_key = ?", Long.class,
				"application:" + app.applicationNo()))
			.isEqualTo(paymentWon - paymentWon * 50 / 100);

		// a blocking household pair: 29, the member already lives in public rental
		// housing
		ApplicationEntity rental = application(applicant, "PUBLIC_RENTAL", dong);
		DuplicateBenefitCheck.Result blocked = this.caseworkService.checkDuplicateBenefits(rental.id());
		assertThat(blocked.blocking()).isTrue();
		assertThat(blocked.conflicts()).extracting(DuplicateConflict::rule, DuplicateConflict::householdMember)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(29, true));
	}

	@Test
	void shouldRerouteAnOpenApplicationOnAMoveAndCloseItOnADeathEachOnce() {
		// 영구임대 asks for a financial-data consent: without it the case waits at intake
		ApplicationSummary app = as("cw.gangnam", () -> this.casework.submit(new NewApplication("PERMANENT_RENTAL",
				newApplicantRrn(), "이전입", "서울 강남구 역삼로 9", "1168064000", true, false, UUID.randomUUID().toString())));
		Task consent = awaitTask(app.applicationNo());
		assertThat(consent.getTaskDefinitionKey()).isEqualTo("user_obtain_consent");
		this.taskService.claim(consent.getId(), "cw.gangnam");
		assertThat(visibleTo("cw.gangnam", app.applicationNo())).hasSize(1);
		assertThat(visibleTo("cw.jongno", app.applicationNo())).isEmpty();

		LifeEventRecorded move = new LifeEventRecorded("IT-MOVE-" + app.applicationNo(), app.personId(),
				LifeEventKind.MOVE, LocalDate.now(this.clock), "1168064000", "1111051500", null, null);
		publish(move);

		ApplicationEntity moved = this.applications.findById(app.id()).orElseThrow();
		assertThat(moved.sigunguCode()).isEqualTo("11110");
		assertThat(moved.adminDongCode()).isEqualTo("1111051500");
		Task rerouted = this.taskService.createTaskQuery().taskId(consent.getId()).singleResult();
		assertThat(rerouted.getAssignee()).as("cw.gangnam works for 강남구").isNull();
		assertThat(candidateGroups(consent.getId())).containsExactly("caseworkers-11110");
		assertThat(this.runtime.getVariable(app.processInstanceId(), "sigunguCode")).isEqualTo("11110");
		assertThat(this.runtime.getVariable(consent.getProcessInstanceId(), "sigunguCode")).isEqualTo("11110");
		assertThat(visibleTo("cw.gangnam", app.applicationNo())).isEmpty();
		assertThat(visibleTo("cw.jongno", app.applicationNo())).extracting(TaskRow::taskId)
			.containsExactly(consent.getId());
		assertThat(comments(app.id())).isEqualTo(1);

		// the feed delivers the move again: nothing changes
		publish(move);
		assertThat(candidateGroups(consent.getId())).containsExactly("caseworkers-11110");
		assertThat(comments(app.id())).isEqualTo(1);
		assertThat(this.applications.findById(app.id()).orElseThrow().status()).isEqualTo(ApplicationStatus.SUBMITTED);

		LifeEventRecorded death = new LifeEventRecorded("IT-DEATH-" + app.applicationNo(), app.personId(),
				LifeEventKind.DEATH, LocalDate.now(this.clock), null, null, null, null);
		publish(death);

		ApplicationEntity closed = this.applications.findById(app.id()).orElseThrow();
		assertThat(closed.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
		assertThat(this.jdbc
			.queryForMap("select outcome, reason_code, decided_by from cw_decision where application_id = ?", app.id()))
			.containsEntry("outcome", "WITHDRAWN")
			.containsEntry("reason_code", "DECEASED")
			.containsEntry("decided_by", "system");
		assertThat(this.runtime.createProcessInstanceQuery().processInstanceBusinessKey(app.applicationNo()).count())
			.isZero();
		assertThat(visibleTo("cw.jongno", app.applicationNo())).isEmpty();
		assertThat(visibleTo("cw.gangnam", app.applicationNo())).isEmpty();

		// and again: the case is closed, nothing to correlate, nothing changes
		publish(death);
		assertThat(this.jdbc.queryForObject("select count(*) from cw_decision where application_id = ?", Integer.class,
				app.id()))
			.isEqualTo(1);
		assertThat(this.applications.findById(app.id()).orElseThrow().status()).isEqualTo(ApplicationStatus.WITHDRAWN);
	}

	private void publish(LifeEventRecorded event) {
		this.tx.executeWithoutResult(status -> this.events.publishEvent(event));
	}

	private List<TaskRow> visibleTo(String username, String applicationNo) {
		TaskFilter filter = new TaskFilter(TaskScope.ALL, null, null, applicationNo, null, null, null, false, null,
				null, null, null, false, null, null, false);
		return as(username, () -> this.caseTasks.tasks(filter, 0, 50));
	}

	private List<String> candidateGroups(String taskId) {
		return this.taskService.getIdentityLinksForTask(taskId)
			.stream()
			.filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
			.map(IdentityLink::getGroupId)
			.toList();
	}

	private int comments(UUID applicationId) {
		return this.jdbc.queryForObject(
				"select count(*) from cw_comment where application_id = ? and author = 'system'", Integer.class,
				applicationId);
	}

	private ApplicationEntity application(UUID personId, String programCode, String dong) {
		String number = "IT-%d-%06d".formatted(LocalDate.now(this.clock).getYear(),
				this.applications.nextApplicationSequence());
		return this.tx.execute(status -> this.applications
			.save(new ApplicationEntity(UUID.randomUUID(), number, programCode, personId, "김*순", dong, true,
					"cw.gangnam", "1168064000", this.clock.instant(), LocalDate.now(this.clock).plusDays(30), null)));
	}

	private static RegistryBulkLoad.PersonRecord person(UUID id, LocalDate born, int serial, String dong,
			List<RegistryBulkLoad.BenefitRecord> benefits) {
		return new RegistryBulkLoad.PersonRecord(id, rrn(born, serial), "통합" + serial, born, "F", "서울특별시 강남구", dong,
				LocalDate.of(2010, 1, 1), PersonStatus.ALIVE, List.of(), benefits, List.of(), List.of());
	}

	/** A valid legacy resident number (check digit) of a woman born in the 1900s. */
	private static Rrn rrn(LocalDate born, int serial) {
		String front = "%02d%02d%02d".formatted(born.getYear() % 100, born.getMonthValue(), born.getDayOfMonth()) + "2"
				+ "%05d".formatted(serial % 100_000);
		int[] weights = { 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5 };
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			sum += (front.charAt(i) - '0') * weights[i];
		}
		return Rrn.parse(front.substring(0, 6) + "-" + front.substring(6) + (11 - sum % 11) % 10);
	}

}
