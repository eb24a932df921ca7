package io.bokjiflow.openmarket.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import io.bokjiflow.openmarket.Criteria;
import io.bokjiflow.openmarket.LocalPrograms;
import io.bokjiflow.openmarket.ProgramVersion;
import io.bokjiflow.openmarket.SelectionOutcome;
import io.bokjiflow.openmarket.SelectionProgress;
import io.bokjiflow.openmarket.SelectionRun;
import io.bokjiflow.openmarket.SelectionRuns;
import io.bokjiflow.openmarket.TaskType;
import io.bokjiflow.payments.PaymentOrderRequest;
import io.bokjiflow.payments.Payments;
import io.bokjiflow.registry.BenefitStatus;
import io.bokjiflow.registry.PersonStatus;
import io.bokjiflow.registry.RegistryBulkLoad;
import io.bokjiflow.registry.Rrn;
import io.bokjiflow.shared.UserFacingException;
import io.bokjiflow.testing.IntegrationTest;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A selection run on a generated population with planted cases (deceased, deregistered,
 * emigrated, already paid this month, receiving a conflicting benefit): the counts match
 * an independent query written here, four eyes hold, a run over budget is reduced (the
 * oldest kept) or cancelled, and a run whose batch fails in the middle resumes after the
 * last committed batch with nobody paid twice and nobody missed.
 */
class SelectionRunIT extends IntegrationTest {

	private static final String OFFICIAL = "official.gangnam";

	private static final String SUPERVISOR = "sv.gangnam";

	private static final String SIGUNGU = "11680";

	private static final String CONFLICTING = "L11680-SELIT-CONFLICT";

	private static final long AMOUNT = 50_000;

	@Autowired
	private SelectionRuns runs;

	@Autowired
	private LocalPrograms programs;

	@Autowired
	private RegistryBulkLoad bulkLoad;

	@Autowired
	private Payments payments;

	@Autowired
	private TaskService taskService;

	@Autowired
	private ManagementService managementService;

	@Autowired
	private SelectionRunService service;

	@Autowired
	private org.springframework.context.ApplicationEventPublisher events;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TransactionTemplate tx;

	@Autowired
	private Clock clock;

	private SelectionRunService target;

	private int defaultBatchSize;

	private LocalDate today;

	/** A 행정동 of 강남구 of our own, so that the planted persons are all there is. */
	private String dong;

	private String programCode;

	@BeforeEach
	void plantAPopulation() {
		this.target = AopTestUtils.getTargetObject(this.service);
		this.defaultBatchSize = this.target.batchSize();
		this.today = LocalDate.now(this.clock);
		String suffix = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36).toUpperCase();
		// a 행정동 code no real dong uses (the population's codes end in 00), different
		// per test
		this.dong = SIGUNGU + "9" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
		this.programCode = "L11680-SELIT-" + suffix;
		this.jdbc.update("""
				insert into om_selection_conflict (program_code, conflicting_program_code, reason, source)
				values (?, ?, 'test: the two programs must not be paid together', 'SelectionRunIT')
				""", this.programCode, CONFLICTING);
		plant();
	}

	@AfterEach
	void restore() {
		this.target.batchSize(this.defaultBatchSize);
		this.target.batchFault(null);
	}

	// --------------------------------------------------------------- tests

	@Test
	void shouldSelectByCriteriaExcludeWithReasonsAndOrderEachRecipientOnce() {
		createProgram(this.programCode, null);
		SelectionRun run = as(OFFICIAL, () -> this.runs.start(this.programCode, this.today));
		assertThat(run.runNo()).startsWith("SEL-" + this.today.getYear() + "-");
		assertThat(run.startedBy()).isEqualTo(OFFICIAL);

		awaitStatus(run, SelectionRun.Status.AWAITING_APPROVAL);
		SelectionProgress progress = as(OFFICIAL, () -> this.runs.progress(run.id()));
		Map<SelectionOutcome, Long> expected = independentCounts(this.programCode);
		assertThat(progress.outcomes()).isEqualTo(expected);
		assertThat(expected.get(SelectionOutcome.SELECTED)).isEqualTo(40);
		assertThat(expected.get(SelectionOutcome.EXCLUDED_DECEASED)).isEqualTo(3);
		assertThat(expected.get(SelectionOutcome.EXCLUDED_DEREGISTERED)).isEqualTo(3);
		assertThat(expected.get(SelectionOutcome.EXCLUDED_PAID)).isEqualTo(3);
		assertThat(expected.get(SelectionOutcome.EXCLUDED_CONFLICT)).isEqualTo(4);
		assertThat(progress.amountWon()).isEqualTo(40 * AMOUNT);
		assertThat(this.jdbc.queryForList(
				"select reason from om_selection_candidate where run_id = ? and outcome = 'EXCLUDED_DEREGISTERED'",
				String.class, run.id()))
			.containsExactlyInAnyOrder("DEREGISTERED", "DEREGISTERED", "EMIGRATED");

		// the official neither approves (not a supervisor) nor sees a payment yet
		assertThatThrownBy(() -> as(OFFICIAL, () -> {
			this.runs.approve(run.id());
			return null;
		})).isInstanceOf(UserFacingException.class).hasMessage("selection.error.supervisorOnly");
		assertThat(ordersOf(run)).isZero();

		as(SUPERVISOR, () -> {
			this.runs.approve(run.id());
			return null;
		});
		awaitStatus(run, SelectionRun.Status.COMPLETED);

		assertThat(ordersOf(run)).isEqualTo(40);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from pay_order o join om_selection_candidate c
				  on o.idempotency_key = 'selection:' || c.run_id || ':' || c.person_id
				where c.run_id = ? and c.outcome = 'SELECTED' and o.person_id = c.person_id and o.amount_won = ?
				""", Long.class, run.id(), AMOUNT)).isEqualTo(40);
		SelectionProgress done = as(OFFICIAL, () -> this.runs.progress(run.id()));
		assertThat(done.ordered()).isEqualTo(40);
		assertThat(done.status()).isEqualTo(SelectionRun.Status.COMPLETED);
		assertThat(as(OFFICIAL, () -> this.runs.run(run.id())).orElseThrow().approvedBy()).isEqualTo(SUPERVISOR);

		// the bank's results reach this run's summary by the order's idempotency key: one
		// paid, one failed; the same person's payment from another program's order does
		// not count for the run
		List<Map<String, Object>> orders = this.jdbc.queryForList("""
				select o.id, o.order_no, o.person_id, o.idempotency_key from pay_order o
				join om_selection_candidate c on o.idempotency_key = 'selection:' || c.run_id || ':' || c.person_id
				where c.run_id = ? order by o.order_no limit 2""", run.id());
		Map<String, Object> paid = orders.get(0);
		Map<String, Object> failed = orders.get(1);
		this.events.publishEvent(new io.bokjiflow.payments.PaymentFailed((UUID) failed.get("id"),
				(String) failed.get("order_no"), this.programCode, (UUID) failed.get("person_id"), SIGUNGU, "E101",
				"account closed", (String) failed.get("idempotency_key")));
		this.events.publishEvent(new io.bokjiflow.payments.PaymentIssued(UUID.randomUUID(), "PAY-9999999999",
				this.programCode, (UUID) paid.get("person_id"), SIGUNGU, AMOUNT, this.today,
				io.bokjiflow.payments.PaymentRoute.NORMAL_ACCOUNT, "application:OM1-2026-999999"));
		assertThat(as(OFFICIAL, () -> this.runs.progress(run.id())).paid()).as("another order of the person").isZero();
		this.events.publishEvent(new io.bokjiflow.payments.PaymentIssued((UUID) paid.get("id"),
				(String) paid.get("order_no"), this.programCode, (UUID) paid.get("person_id"), SIGUNGU, AMOUNT,
				this.today, io.bokjiflow.payments.PaymentRoute.NORMAL_ACCOUNT, (String) paid.get("idempotency_key")));
		SelectionProgress settled = as(OFFICIAL, () -> this.runs.progress(run.id()));
		assertThat(settled.paid()).isOne();
		assertThat(settled.failed()).isOne();
		assertThat(this.jdbc.queryForObject(
				"select payment_status from om_selection_candidate where run_id = ? and person_id = ?", String.class,
				run.id(), paid.get("person_id")))
			.isEqualTo("PAID");

		// a second run for the same month pays nobody again
		SelectionRun again = as(OFFICIAL, () -> this.runs.start(this.programCode, this.today));
		awaitStatus(again, SelectionRun.Status.AWAITING_APPROVAL);
		SelectionProgress second = as(OFFICIAL, () -> this.runs.progress(again.id()));
		assertThat(second.selected()).isZero();
		assertThat(second.outcomes().get(SelectionOutcome.EXCLUDED_PAID)).isEqualTo(43);
	}

	@Test
	void shouldResumeAfterTheLastCommittedBatchWithNobodyPaidTwiceAndNobodyMissed() {
		createProgram(this.programCode, null);
		this.target.batchSize(7);
		AtomicBoolean crash = new AtomicBoolean(true);
		this.target.batchFault(batch -> batch == 3 && crash.get());
		SelectionRun run = as(OFFICIAL, () -> this.runs.start(this.programCode, this.today));
		awaitStatus(run, SelectionRun.Status.AWAITING_APPROVAL);
		as(SUPERVISOR, () -> {
			this.runs.approve(run.id());
			return null;
		});

		// the third batch fails after ordering: its transaction, orders included, rolls
		// back and the job waits for its retry; the first two batches stay committed
		Job failed = Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.until(() -> this.managementService.createJobQuery()
				.processInstanceId(run.processInstanceId())
				.withException()
				.singleResult(), j -> j != null);
		assertThat(failed.getExceptionMessage()).contains("Injected fault after ordering batch 3");
		assertThat(ordersOf(run)).isEqualTo(14);
		assertThat(orderedCandidates(run)).isEqualTo(14);
		assertThat(this.jdbc.queryForObject("select batches_ordered from om_selection_run where id = ?", Integer.class,
				run.id()))
			.isEqualTo(2);

		// the machine comes back: the retry runs now instead of in a minute
		crash.set(false);
		this.managementService.executeJob(failed.getId());
		awaitStatus(run, SelectionRun.Status.COMPLETED);

		assertThat(ordersOf(run)).isEqualTo(40);
		assertThat(orderedCandidates(run)).isEqualTo(40);
		assertThat(this.jdbc.queryForObject("""
				select count(distinct person_id) = count(*) from pay_order where idempotency_key like ?
				""", Boolean.class, "selection:" + run.id() + ":%")).isTrue();
		assertThat(this.jdbc.queryForObject("""
				select count(*) from om_selection_candidate c where c.run_id = ? and c.outcome = 'SELECTED'
				  and not exists (select 1 from pay_order o where o.person_id = c.person_id
				                    and o.idempotency_key = 'selection:' || c.run_id || ':' || c.person_id)
				""", Long.class, run.id())).as("selected persons without an order").isZero();
		assertThat(this.jdbc.queryForObject("select batches_ordered from om_selection_run where id = ?", Integer.class,
				run.id()))
			.isEqualTo(6);

		// a batch sent once more (a retried job whose first attempt did commit) orders
		// nothing new
		List<PaymentOrderRequest> replay = this.jdbc.query(
				"select person_id from om_selection_candidate where run_id = ? and outcome = 'SELECTED' limit 7",
				(rs, i) -> new PaymentOrderRequest(
						SelectionRunService.idempotencyKey(run.id(), rs.getObject(1, UUID.class)), this.programCode,
						rs.getObject(1, UUID.class), AMOUNT, false, SIGUNGU, run.runNo()),
				run.id());
		Integer replayed = this.tx.execute(status -> this.payments.orderAll(replay));
		assertThat(replayed).isZero();
		assertThat(ordersOf(run)).isEqualTo(40);
	}

	@Test
	void shouldNeverLetTheStarterApproveTheirOwnRun() {
		createProgram(this.programCode, null);
		SelectionRun run = as(SUPERVISOR, () -> this.runs.start(this.programCode, this.today));
		awaitStatus(run, SelectionRun.Status.AWAITING_APPROVAL);

		assertThatThrownBy(() -> as(SUPERVISOR, () -> {
			this.runs.approve(run.id());
			return null;
		})).isInstanceOf(UserFacingException.class).hasMessage("selection.error.fourEyes");
		// nor through the engine (task list, Tasklist): claimed or completed by the
		// starter
		Task task = this.taskService.createTaskQuery().processInstanceId(run.processInstanceId()).singleResult();
		assertThat(task.getTaskDefinitionKey()).isEqualTo(SelectionVariables.TASK_APPROVE);
		assertThatThrownBy(() -> this.taskService.setAssignee(task.getId(), SUPERVISOR))
			.hasRootCauseInstanceOf(UserFacingException.class)
			.hasRootCauseMessage("selection.error.fourEyes");
		assertThat(as(SUPERVISOR, () -> this.runs.run(run.id())).orElseThrow().status())
			.isEqualTo(SelectionRun.Status.AWAITING_APPROVAL);
		assertThat(ordersOf(run)).isZero();
		assertThat(as(SUPERVISOR, () -> this.runs.openTask(run.id()))).contains(task.getId());

		// a caseworker may not start a run, nor anyone of another 시·군·구
		assertThatThrownBy(() -> as("cw.gangnam", () -> this.runs.start(this.programCode, this.today)))
			.isInstanceOf(UserFacingException.class)
			.hasMessage("selection.error.notYourProgram");
		assertThatThrownBy(() -> as("cw.jongno", () -> this.runs.start(this.programCode, this.today)))
			.isInstanceOf(UserFacingException.class)
			.hasMessage("selection.error.notYourProgram");
		assertThat(as("cw.jongno", () -> this.runs.run(run.id()))).isEmpty();

		// another person cancels it, as its process allows
		this.taskService.setAssignee(task.getId(), "sv.other");
		this.taskService.complete(task.getId(),
				Map.of(SelectionVariables.APPROVED, false, SelectionVariables.REJECTION_REASON, "test run"));
		awaitStatus(run, SelectionRun.Status.CANCELLED);
	}

	@Test
	void shouldLetASupervisorReduceARunOverBudgetKeepingTheOldestOrCancelIt() {
		// the budget pays 25 of the 40
		createProgram(this.programCode, 25 * AMOUNT);
		SelectionRun run = as(OFFICIAL, () -> this.runs.start(this.programCode, this.today));
		awaitStatus(run, SelectionRun.Status.AWAITING_BUDGET_DECISION);
		assertThat(as(OFFICIAL, () -> this.runs.progress(run.id())).selected()).isEqualTo(40);

		as(SUPERVISOR, () -> {
			this.runs.decideOverBudget(run.id(), SelectionRuns.BudgetDecision.REDUCE);
			return null;
		});
		awaitStatus(run, SelectionRun.Status.AWAITING_APPROVAL);
		SelectionProgress reduced = as(OFFICIAL, () -> this.runs.progress(run.id()));
		assertThat(reduced.selected()).isEqualTo(25);
		assertThat(reduced.outcomes().get(SelectionOutcome.EXCLUDED_BUDGET)).isEqualTo(15);
		assertThat(reduced.amountWon()).isEqualTo(25 * AMOUNT);
		assertThat(this.jdbc.queryForObject("""
				select (select max(p.birth_date) from om_selection_candidate c join reg_person p on p.id = c.person_id
				        where c.run_id = ? and c.outcome = 'SELECTED')
				    <= (select min(p.birth_date) from om_selection_candidate c join reg_person p on p.id = c.person_id
				        where c.run_id = ? and c.outcome = 'EXCLUDED_BUDGET')
				""", Boolean.class, run.id(), run.id())).as("the oldest are kept").isTrue();
		as(SUPERVISOR, () -> {
			this.runs.approve(run.id());
			return null;
		});
		awaitStatus(run, SelectionRun.Status.COMPLETED);
		assertThat(ordersOf(run)).isEqualTo(25);

		// the budget is spent: a run for next month is over budget again; cancelling it
		// pays nobody
		SelectionRun next = as(OFFICIAL, () -> this.runs.start(this.programCode, this.today.plusMonths(1)));
		awaitStatus(next, SelectionRun.Status.AWAITING_BUDGET_DECISION);
		as(SUPERVISOR, () -> {
			this.runs.decideOverBudget(next.id(), SelectionRuns.BudgetDecision.CANCEL);
			return null;
		});
		awaitStatus(next, SelectionRun.Status.CANCELLED);
		assertThat(ordersOf(next)).isZero();
	}

	// --------------------------------------------------------------- helpers

	/** The outcome per candidate computed here, apart from the service's SQL. */
	private Map<SelectionOutcome, Long> independentCounts(String program) {
		Map<SelectionOutcome, Long> counts = new EnumMap<>(SelectionOutcome.class);
		for (SelectionOutcome outcome : SelectionOutcome.values()) {
			counts.put(outcome, 0L);
		}
		this.jdbc.query("""
				select case when p.status = 'DECEASED' then 'EXCLUDED_DECEASED'
				            when p.status in ('DEREGISTERED', 'EMIGRATED') then 'EXCLUDED_DEREGISTERED'
				            when exists (select 1 from reg_benefit_record b where b.person_id = p.id
				                           and b.program_code = ? and b.status <> 'RECOVERED'
				                           and b.period_from >= ? and b.period_from < ?) then 'EXCLUDED_PAID'
				            when exists (select 1 from reg_benefit_record b where b.person_id = p.id
				                           and b.program_code = ? and b.status = 'ACTIVE') then 'EXCLUDED_CONFLICT'
				            else 'SELECTED' end outcome, count(*)
				from reg_person p
				where p.admin_dong_code = ? and p.birth_date <= ?
				  and exists (select 1 from reg_qualification q where q.person_id = p.id
				                and q.kind = 'BASIC_LIVELIHOOD' and q.valid_from <= ?
				                and (q.valid_to is null or q.valid_to >= ?))
				group by 1
				""", rs -> {
			counts.put(SelectionOutcome.valueOf(rs.getString(1)), rs.getLong(2));
		}, program, this.today.withDayOfMonth(1), this.today.withDayOfMonth(1).plusMonths(1), CONFLICTING, this.dong,
				this.today.minusYears(65), this.today, this.today);
		return counts;
	}

	/**
	 * A published holiday program of 강남구 for the planted 행정동: 65 and older, basic
	 * livelihood.
	 */
	private void createProgram(String code, Long budget) {
		ProgramVersion.ProgramContent content = new ProgramVersion.ProgramContent(TaskType.HOLIDAY_CONSOLATION, SIGUNGU,
				"테스트 명절위문금", "Test holiday money", "시험용 사업", "A test program", "테스트 조례", false, null, null,
				new Criteria(null, 65, null, null, List.of(this.dong), null, null, null, Set.of("BASIC_LIVELIHOOD"),
						null),
				AMOUNT, "설·추석 전", budget, List.of(ProgramVersion.PaymentMethod.BANK_TRANSFER), 0, List.of("test"),
				List.of("test"));
		ProgramVersion draft = as(OFFICIAL, () -> this.programs.createProgram(code, content));
		as(OFFICIAL, () -> this.programs.submitForApproval(draft.id(), this.today));
		as(SUPERVISOR, () -> this.programs.approve(draft.id()));
	}

	/**
	 * 40 who qualify, 3 deceased, 2 deregistered, 1 emigrated, 3 already paid by the
	 * program this month, 4 with a conflicting benefit, and 5 who do not qualify (too
	 * young, no qualification, qualification ended).
	 */
	private void plant() {
		int base = ThreadLocalRandom.current().nextInt(80_000);
		List<RegistryBulkLoad.PersonRecord> persons = new ArrayList<>();
		LocalDate month = this.today.withDayOfMonth(1);
		for (int i = 0; i < 58; i++) {
			LocalDate born = LocalDate.of(1940, 1, 1).plusDays(97L * i);
			PersonStatus status = i < 40 || i >= 46 ? PersonStatus.ALIVE
					: i < 43 ? PersonStatus.DECEASED : i < 45 ? PersonStatus.DEREGISTERED : PersonStatus.EMIGRATED;
			List<RegistryBulkLoad.QualificationRecord> qualifications = new ArrayList<>();
			List<RegistryBulkLoad.BenefitRecord> benefits = new ArrayList<>();
			if (i < 53) {
				qualifications.add(new RegistryBulkLoad.QualificationRecord(UUID.randomUUID(), "BASIC_LIVELIHOOD",
						LocalDate.of(2020, 1, 1), null, "생계", "test"));
			}
			if (i >= 46 && i < 49) {
				benefits.add(new RegistryBulkLoad.BenefitRecord(UUID.randomUUID(), this.programCode, SIGUNGU, month,
						month, AMOUNT, BenefitStatus.ENDED, "test: paid this month"));
			}
			if (i >= 49 && i < 53) {
				benefits.add(new RegistryBulkLoad.BenefitRecord(UUID.randomUUID(), CONFLICTING, SIGUNGU,
						LocalDate.of(2025, 1, 1), null, 100_000, BenefitStatus.ACTIVE, "test: conflicting"));
			}
			if (i == 53) {
				born = this.today.minusYears(64); // too young
				qualifications.add(new RegistryBulkLoad.QualificationRecord(UUID.randomUUID(), "BASIC_LIVELIHOOD",
						LocalDate.of(2020, 1, 1), null, "생계", "test"));
			}
			if (i == 54) {
				qualifications.add(new RegistryBulkLoad.QualificationRecord(UUID.randomUUID(), "BASIC_LIVELIHOOD",
						LocalDate.of(2020, 1, 1), this.today.minusDays(1), "생계", "test: ended"));
			}
			persons.add(new RegistryBulkLoad.PersonRecord(UUID.randomUUID(),
					rrn(born, i % 2 == 0 ? "F" : "M", base + i), "시험" + i, born, i % 2 == 0 ? "F" : "M", "서울특별시 강남구",
					this.dong, LocalDate.of(2010, 1, 1), status, qualifications, benefits, List.of(), List.of()));
		}
		this.tx.executeWithoutResult(status -> {
			RegistryBulkLoad.Batch batch = this.bulkLoad.newBatch();
			persons.forEach(batch::add);
			this.bulkLoad.write(batch);
		});
	}

	/**
	 * A valid legacy resident number (check digit) for a birth date, a sex and a serial.
	 */
	private static Rrn rrn(LocalDate born, String sex, int serial) {
		int gender = (born.getYear() < 2000 ? 1 : 3) + ("F".equals(sex) ? 1 : 0);
		String front = "%02d%02d%02d".formatted(born.getYear() % 100, born.getMonthValue(), born.getDayOfMonth())
				+ gender + "%05d".formatted(serial % 100_000);
		int[] weights = { 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5 };
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			sum += (front.charAt(i) - '0') * weights[i];
		}
		return Rrn.parse(front.substring(0, 6) + "-" + front.substring(6) + (11 - sum % 11) % 10);
	}

	private long ordersOf(SelectionRun run) {
		return this.jdbc.queryForObject("select count(*) from pay_order where idempotency_key like ?", Long.class,
				"selection:" + run.id() + ":%");
	}

	private long orderedCandidates(SelectionRun run) {
		return this.jdbc.queryForObject(
				"select count(*) from om_selection_candidate where run_id = ? and ordered_at is not null", Long.class,
				run.id());
	}

	private void awaitStatus(SelectionRun run, SelectionRun.Status status) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(200))
			.untilAsserted(() -> assertThat(this.jdbc.queryForObject("select status from om_selection_run where id = ?",
					String.class, run.id()))
				.isEqualTo(status.name()));
	}

}
