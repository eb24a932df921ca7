package io.bokjiflow.integrity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.bokjiflow.publicdata.QualificationKind;
import io.bokjiflow.publicdata.ResidentChange;
import io.bokjiflow.publicdata.SimulatorResidentChanges;
import io.bokjiflow.registry.BenefitStatus;
import io.bokjiflow.registry.LifeEventKind;
import io.bokjiflow.registry.LifeEventRecorded;
import io.bokjiflow.registry.PersonStatus;
import io.bokjiflow.registry.Registry;
import io.bokjiflow.registry.RegistryBulkLoad;
import io.bokjiflow.registry.Relationship;
import io.bokjiflow.registry.Rrn;
import io.bokjiflow.shared.UserFacingException;
import io.bokjiflow.testing.IntegrationTest;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Feed processing end to end on the embedded PostgreSQL: changes planted in the
 * simulator's feed, fetched over HTTP, recorded by the registry once (one
 * {@link LifeEventRecorded} each), and turned into impact reviews with tasks for the
 * caseworkers of the person's 시·군·구. Persons are planted in private 행정동 codes (11680
 * 7xxxx, 11650 7xxxx).
 */
@RecordApplicationEvents
class EligibilityChangesIT extends IntegrationTest {

	private static final long LIVELIHOOD = 713_100;

	private static final long LONGEVITY = 30_000;

	private static final long HOUSING = 341_000;

	@Autowired
	private EligibilityChanges changes;

	@Autowired
	private ImpactReviews reviews;

	@Autowired
	private SimulatorResidentChanges simulator;

	@Autowired
	private Registry registry;

	@Autowired
	private RegistryBulkLoad bulkLoad;

	@Autowired
	private TransactionTemplate tx;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TaskService taskService;

	@Autowired
	private Clock clock;

	@Autowired
	private ApplicationEvents events;

	private LocalDate today;

	/** A feed day of this test only. */
	private LocalDate day;

	private String dong;

	private int serial;

	@BeforeEach
	void fresh() {
		this.today = LocalDate.now(this.clock);
		this.day = LocalDate.of(2050, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(5000));
		this.simulator.clear(this.day);
		this.dong = "116807" + "%04d".formatted(ThreadLocalRandom.current().nextInt(10_000));
		this.serial = ThreadLocalRandom.current().nextInt(90_000);
	}

	@Test
	void shouldSuspendAndRecoverAfterTheDeathOfAnActiveBeneficiaryAndRecalculateForTheHousehold() {
		LocalDate died = this.today.minusMonths(3).withDayOfMonth(5);
		Planted person = plant(LocalDate.of(1941, 2, 3),
				List.of(benefit("LIVELIHOOD_BENEFIT", LIVELIHOOD), benefit("L11680-LONGEVITY", LONGEVITY)), List.of());
		Planted member = plant(LocalDate.of(1944, 6, 7), List.of(benefit("HOUSING_BENEFIT", HOUSING)), List.of());
		household(person, member);
		// two payments of the livelihood benefit through BokjiFlow after the death month
		UUID paid1 = paidOrder(person.id(), "LIVELIHOOD_BENEFIT", LIVELIHOOD,
				YearMonth.from(died).plusMonths(1).atDay(20));
		UUID paid2 = paidOrder(person.id(), "LIVELIHOOD_BENEFIT", LIVELIHOOD,
				YearMonth.from(died).plusMonths(2).atDay(20));
		String changeId = "RC-IT-D-" + this.day;
		plantChange(changeId, person.rrn(), LifeEventKind.DEATH, died);

		FeedRun run = as("admin", () -> this.changes.processFeed(this.day));

		assertThat(run.status()).isEqualTo("COMPLETED");
		assertThat(run)
			.extracting(FeedRun::changes, FeedRun::recorded, FeedRun::alreadyKnown, FeedRun::unknownPerson,
					FeedRun::failed)
			.containsExactly(1, 1, 0, 0, 0);
		assertThat(this.registry.find(person.id()).orElseThrow().status()).isEqualTo(PersonStatus.DECEASED.name());
		assertThat(published(changeId)).hasSize(1);

		ImpactReview review = this.reviews.ofChange(changeId).orElseThrow();
		int months = this.today.getDayOfMonth() >= 20 ? 3 : 2;
		LocalDate nextMonth = YearMonth.from(died).plusMonths(1).atDay(1);
		assertThat(review.sigunguCode()).isEqualTo("11680");
		assertThat(review.reviewNo()).startsWith("IMP-");
		assertThat(review.proposals())
			.extracting(ImpactReview.Proposal::programCode, ImpactReview.Proposal::action,
					ImpactReview.Proposal::householdMember, ImpactReview.Proposal::amountWon,
					ImpactReview.Proposal::effectiveFrom, ImpactReview.Proposal::deadline)
			.containsExactly(
					tuple("L11680-LONGEVITY", ImpactAction.SUSPEND, false, null, nextMonth, this.today.plusDays(14)),
					tuple("LIVELIHOOD_BENEFIT", ImpactAction.SUSPEND, false, null, nextMonth, this.today.plusDays(14)),
					tuple("L11680-LONGEVITY", ImpactAction.RECOVER, false, LONGEVITY * months, nextMonth,
							this.today.plusDays(30)),
					tuple("LIVELIHOOD_BENEFIT", ImpactAction.RECOVER, false, LIVELIHOOD * months, nextMonth,
							this.today.plusDays(30)),
					tuple("HOUSING_BENEFIT", ImpactAction.RECALCULATE, true, null, nextMonth, this.today.plusDays(30)));
		assertThat(review.proposals()).allSatisfy(p -> assertThat(p.legalBasis()).contains("제"));
		assertThat(review.proposals().get(3).months()).isEqualTo(months);

		// the task is in the task list of 강남구's caseworkers, under the review number
		Task task = task(review);
		assertThat(this.taskService.getIdentityLinksForTask(task.getId())).extracting(l -> l.getGroupId())
			.containsExactly("caseworkers-11680");
		assertThat(this.jdbc.queryForObject("select application_no from cw_task where task_id = ?", String.class,
				task.getId()))
			.isEqualTo(review.reviewNo());
		assertThat(task.getDueDate()).isNotNull();

		// the same feed again: nothing new
		FeedRun again = as("admin", () -> this.changes.processFeed(this.day));
		assertThat(again).extracting(FeedRun::recorded, FeedRun::alreadyKnown).containsExactly(0, 1);
		assertThat(published(changeId)).hasSize(1);
		assertThat(this.jdbc.queryForObject("select count(*) from int_impact_review where change_id = ?", Integer.class,
				changeId))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from reg_life_event where change_id = ?", Integer.class,
				changeId))
			.isEqualTo(1);
		assertThat(this.changes.feedRuns(5)).extracting(FeedRun::id).startsWith(again.id(), run.id());

		// deciding: a declined proposal needs a reason; only the person's 시·군·구 decides
		List<ImpactReviews.Decision> noReason = decisions(review, 5, null);
		assertThatThrownBy(() -> as("cw.gangnam", () -> {
			this.reviews.decide(task.getId(), noReason);
			return null;
		})).isInstanceOf(UserFacingException.class).hasMessage("integrity.impact.error.reason");
		assertThatThrownBy(() -> as("cw.jongno", () -> {
			this.reviews.decide(task.getId(), decisions(review, 5, "가구 재산정 별도 진행"));
			return null;
		})).isInstanceOf(UserFacingException.class)
			// Another district's caseworker is not told the review exists.
			.hasMessage("integrity.impact.error.noTask");

		as("cw.gangnam", () -> {
			this.reviews.decide(task.getId(), decisions(review, 5, "가구 재산정은 주거급여 담당이 별도 진행"));
			return null;
		});

		ImpactReview done = this.reviews.ofChange(changeId).orElseThrow();
		assertThat(done.status()).isEqualTo("DONE");
		assertThat(done.proposals()).extracting(ImpactReview.Proposal::decision)
			.containsExactly("APPLY", "APPLY", "APPLY", "APPLY", "NOT_APPLY");
		assertThat(benefitStatus(person.benefits().get(0))).isEqualTo("SUSPENDED");
		assertThat(benefitStatus(person.benefits().get(1))).isEqualTo("SUSPENDED");
		assertThat(benefitStatus(member.benefits().get(0))).isEqualTo("ACTIVE");
		// the livelihood recovery is ordered against the two paid orders, up to its
		// amount
		long expected = Math.min(LIVELIHOOD * months, 2 * LIVELIHOOD);
		assertThat(this.jdbc.queryForObject(
				"select coalesce(sum(amount_won), 0) from pay_recovery_order where order_id in (?, ?)", Long.class,
				paid1, paid2))
			.isEqualTo(expected);
		assertThat(done.proposals().get(3).recoveredWon()).isEqualTo(expected);
		// the local program was not paid through BokjiFlow: nothing ordered
		assertThat(done.proposals().get(2).recoveredWon()).isZero();
		assertThat(this.taskService.createTaskQuery().taskId(task.getId()).singleResult()).isNull();
	}

	@Test
	void shouldMoveThePersonAndProposeARecalculationOfTheLocalProgramOnly() {
		Planted person = plant(LocalDate.of(1950, 8, 9),
				List.of(benefit("L11680-LONGEVITY", LONGEVITY), benefit("BASIC_PENSION", 342_510)), List.of());
		String newDong = "116507" + "%04d".formatted(ThreadLocalRandom.current().nextInt(10_000));
		String changeId = "RC-IT-M-" + this.day;
		this.simulator.plant(this.day, new ResidentChange(changeId, person.rrn(), LifeEventKind.MOVE,
				this.day.minusDays(3), newDong, "서울특별시 서초구 어딘가 1", null, null, null));

		FeedRun run = as("admin", () -> this.changes.processFeed(this.day));

		assertThat(run.recorded()).isEqualTo(1);
		assertThat(this.registry.find(person.id()).orElseThrow().adminDongCode()).isEqualTo(newDong);
		List<LifeEventRecorded> published = published(changeId);
		assertThat(published).hasSize(1);
		assertThat(published.get(0).previousAdminDongCode()).isEqualTo(this.dong);
		assertThat(published.get(0).newSigunguCode()).isEqualTo("11650");
		ImpactReview review = this.reviews.ofChange(changeId).orElseThrow();
		assertThat(review.proposals()).extracting(ImpactReview.Proposal::programCode, ImpactReview.Proposal::action)
			.containsExactly(tuple("L11680-LONGEVITY", ImpactAction.RECALCULATE));
		assertThat(review.sigunguCode()).isEqualTo("11650");
		assertThat(review.previousSigunguCode()).isEqualTo("11680");
		assertThat(this.taskService.getIdentityLinksForTask(task(review).getId())).extracting(l -> l.getGroupId())
			.containsExactlyInAnyOrder("caseworkers-11650", "caseworkers-11680");
		// completed without deciding (as Camunda Tasklist could): refused, the task stays
		String taskId = task(review).getId();
		assertThatThrownBy(() -> as("cw.gangnam", () -> {
			this.taskService.complete(taskId);
			return null;
		})).hasStackTraceContaining("integrity.impact.error.missing");
		assertThat(task(review)).isNotNull();
		assertThat(this.reviews.ofChange(changeId).orElseThrow().status()).isEqualTo("OPEN");
	}

	@Test
	void shouldEndTheQualificationAndSuspendOrRecalculateTheProgramsThatNeedIt() {
		LocalDate ended = this.day.minusDays(10);
		Planted person = plant(LocalDate.of(1960, 10, 11),
				List.of(benefit("LIVELIHOOD_BENEFIT", LIVELIHOOD), benefit("DISABILITY_ALLOWANCE", 60_000),
						benefit("BASIC_PENSION", 342_510)),
				List.of(new RegistryBulkLoad.QualificationRecord(UUID.randomUUID(), "BASIC_LIVELIHOOD",
						LocalDate.of(2020, 1, 1), null, "생계", "test: EligibilityChangesIT")));
		String changeId = "RC-IT-Q-" + this.day;
		this.simulator.plant(this.day, new ResidentChange(changeId, person.rrn(), LifeEventKind.QUALIFICATION_CHANGE,
				ended, null, null, QualificationKind.BASIC_LIVELIHOOD, null, ended));

		as("admin", () -> this.changes.processFeed(this.day));

		assertThat(this.jdbc.queryForObject(
				"select valid_to from reg_qualification where person_id = ? and kind = 'BASIC_LIVELIHOOD'",
				LocalDate.class, person.id()))
			.isEqualTo(ended);
		LifeEventRecorded event = published(changeId).get(0);
		assertThat(event.qualificationKind()).isEqualTo("BASIC_LIVELIHOOD");
		assertThat(event.qualificationHeld()).isFalse();
		assertThat(this.reviews.ofChange(changeId).orElseThrow().proposals())
			.extracting(ImpactReview.Proposal::programCode, ImpactReview.Proposal::action)
			.containsExactly(tuple("LIVELIHOOD_BENEFIT", ImpactAction.SUSPEND),
					tuple("DISABILITY_ALLOWANCE", ImpactAction.RECALCULATE));
	}

	@Test
	void shouldCountUnknownPersonsAndRecordChangesOfPersonsWithoutBenefitsWithoutAReview() {
		Planted noBenefits = plant(LocalDate.of(1955, 12, 1), List.of(), List.of());
		String known = "RC-IT-N-" + this.day;
		String unknown = "RC-IT-U-" + this.day;
		plantChange(known, noBenefits.rrn(), LifeEventKind.EMIGRATION, this.day.minusDays(1));
		plantChange(unknown, rrn(LocalDate.of(1933, 1, 1), this.serial + 50), LifeEventKind.DEATH,
				this.day.minusDays(1));

		FeedRun run = as("admin", () -> this.changes.processFeed(this.day));

		assertThat(run).extracting(FeedRun::changes, FeedRun::recorded, FeedRun::unknownPerson, FeedRun::failed)
			.containsExactly(2, 1, 1, 0);
		assertThat(this.registry.find(noBenefits.id()).orElseThrow().status()).isEqualTo(PersonStatus.EMIGRATED.name());
		assertThat(published(known)).hasSize(1);
		assertThat(published(unknown)).isEmpty();
		assertThat(this.reviews.ofChange(known)).isEmpty();
	}

	@Test
	void shouldLetOnlyAdministratorsRunTheFeed() {
		assertThatThrownBy(() -> as("cw.gangnam", () -> this.changes.processFeed(this.day)))
			.isInstanceOf(AccessDeniedException.class);
	}

	// ---- helpers

	private record Planted(UUID id, Rrn rrn, List<UUID> benefits) {
	}

	private Planted plant(LocalDate born, List<RegistryBulkLoad.BenefitRecord> benefits,
			List<RegistryBulkLoad.QualificationRecord> qualifications) {
		UUID id = UUID.randomUUID();
		Rrn rrn = rrn(born, this.serial++);
		var person = new RegistryBulkLoad.PersonRecord(id, rrn, "변동" + (this.serial % 1000), born, "F",
				"서울특별시 강남구 테스트로 1", this.dong, LocalDate.of(2010, 1, 1), PersonStatus.ALIVE, qualifications, benefits,
				List.of(), List.of());
		this.tx.executeWithoutResult(status -> {
			RegistryBulkLoad.Batch batch = this.bulkLoad.newBatch();
			batch.add(person);
			this.bulkLoad.write(batch);
		});
		return new Planted(id, rrn, benefits.stream().map(RegistryBulkLoad.BenefitRecord::id).toList());
	}

	private void household(Planted head, Planted member) {
		this.tx.executeWithoutResult(status -> {
			RegistryBulkLoad.Batch batch = this.bulkLoad.newBatch();
			batch.add(new RegistryBulkLoad.HouseholdRecord(UUID.randomUUID(), head.id(), this.dong, "서울특별시 강남구",
					List.of(new RegistryBulkLoad.MemberRecord(head.id(), Relationship.HEAD),
							new RegistryBulkLoad.MemberRecord(member.id(), Relationship.SPOUSE))));
			this.bulkLoad.write(batch);
		});
	}

	private RegistryBulkLoad.BenefitRecord benefit(String program, long monthly) {
		return new RegistryBulkLoad.BenefitRecord(UUID.randomUUID(), program, "11680", this.today.minusYears(1), null,
				monthly, BenefitStatus.ACTIVE, "test: EligibilityChangesIT");
	}

	private void plantChange(String changeId, Rrn rrn, LifeEventKind kind, LocalDate occurredOn) {
		this.simulator.plant(this.day,
				new ResidentChange(changeId, rrn, kind, occurredOn, null, null, null, null, null));
	}

	private UUID paidOrder(UUID personId, String program, long amount, LocalDate paidOn) {
		UUID id = UUID.randomUUID();
		String no = "PAYT-" + (id.toString().substring(0, 8));
		this.jdbc.update(
				"""
						insert into pay_order (id, order_no, idempotency_key, program_code, person_id, amount_won,
						    seizure_protected_allowed, sigungu_code, reference, route, status, ordered_at, paid_on, updated_at)
						values (?, ?, ?, ?, ?, ?, true, '11680', 'test: EligibilityChangesIT', 'NORMAL_ACCOUNT', 'PAID', now(), ?,
						    now())""",
				id, no, "test:" + id, program, personId, amount, paidOn);
		return id;
	}

	private List<LifeEventRecorded> published(String changeId) {
		return this.events.stream(LifeEventRecorded.class).filter(e -> e.changeId().equals(changeId)).toList();
	}

	private Task task(ImpactReview review) {
		return this.taskService.createTaskQuery().processInstanceBusinessKey(review.reviewNo()).singleResult();
	}

	private String benefitStatus(UUID id) {
		return this.jdbc.queryForObject("select status from reg_benefit_record where id = ?", String.class, id);
	}

	/** Applies every proposal but the last, which is declined with a reason. */
	private static List<ImpactReviews.Decision> decisions(ImpactReview review, int count, String lastReason) {
		assertThat(review.proposals()).hasSize(count);
		List<ImpactReviews.Decision> decisions = new ArrayList<>();
		for (ImpactReview.Proposal p : review.proposals()) {
			boolean last = p.seq() == count;
			decisions.add(new ImpactReviews.Decision(p.seq(), !last, last ? lastReason : null));
		}
		return decisions;
	}

	/** A valid legacy resident number of a woman born in the 1900s. */
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
