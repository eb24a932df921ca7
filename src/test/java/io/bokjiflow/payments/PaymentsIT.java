package io.bokjiflow.payments;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import io.bokjiflow.casework.CaseTasks;
import io.bokjiflow.identity.OrgGroups;
import io.bokjiflow.registry.BankAccountKind;
import io.bokjiflow.registry.PersonStatus;
import io.bokjiflow.registry.RegistryBulkLoad;
import io.bokjiflow.registry.RegistryBulkLoad.BankAccountRecord;
import io.bokjiflow.registry.RegistryBulkLoad.PersonRecord;
import io.bokjiflow.registry.Rrn;
import io.bokjiflow.shared.UserFacingException;
import io.bokjiflow.testing.IntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Payments on the running application: idempotent orders (also under a race), selection
 * batches that skip known keys, routing from the registry's accounts, the bank transfer
 * file, result imports (paid, failed, twice, malformed), the failure task and its retry
 * to cash, the benefit history, recovery orders and who may download a file.
 */
class PaymentsIT extends IntegrationTest {

	private static final String SIGUNGU = "11680";

	private static final AtomicInteger keys = new AtomicInteger();

	/** The clear number of each test person's (last) account. */
	private final Map<UUID, String> numbers = new java.util.concurrent.ConcurrentHashMap<>();

	@Autowired
	private Payments payments;

	@Autowired
	private PaymentDesk desk;

	@Autowired
	private RegistryBulkLoad bulkLoad;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private HistoryService history;

	@Autowired
	private TaskService taskService;

	@Autowired
	private CaseTasks caseTasks;

	@Autowired
	private ApplicationEventPublisher events;

	@Test
	void shouldOrderOncePerKeyAlsoWhenTwoCallersRace() throws Exception {
		UUID person = person(BankAccountKind.NORMAL);
		PaymentOrderRequest request = request("race", person, 30_000, false);
		CyclicBarrier together = new CyclicBarrier(2);
		Callable<UUID> order = () -> {
			together.await();
			return this.payments.order(request);
		};
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<UUID> ids = new ArrayList<>();
		try {
			for (Future<UUID> f : List.of(pool.submit(order), pool.submit(order))) {
				ids.add(f.get());
			}
		}
		finally {
			pool.shutdown();
		}

		assertThat(ids.get(0)).isEqualTo(ids.get(1));
		assertThat(this.payments.order(request)).as("ordering again later").isEqualTo(ids.get(0));
		assertThat(count("select count(*) from pay_order where idempotency_key = ?", request.idempotencyKey())).isOne();
		String orderNo = orderNo(ids.get(0));
		assertThat(this.runtime.createProcessInstanceQuery().processInstanceBusinessKey(orderNo).list())
			.as("one payment process, waiting for the result")
			.singleElement()
			.satisfies(pi -> assertThat(this.runtime.getActiveActivityIds(pi.getId()))
				.containsExactly("receive_payment_result"));
		assertThat(this.jdbc.queryForObject("select process_instance_id from pay_order where id = ?", String.class,
				ids.get(0)))
			.isNotNull();
	}

	@Test
	void shouldRouteByTheLegalBasisAndTheAccountsInTheRegistry() {
		UUID both = person(BankAccountKind.SEIZURE_PROTECTED, BankAccountKind.NORMAL);
		UUID protectedOnly = person(BankAccountKind.SEIZURE_PROTECTED);
		UUID none = person();

		assertThat(route(this.payments.order(request("r1", both, 10_000, true))))
			.isEqualTo("SEIZURE_PROTECTED_ACCOUNT");
		assertThat(route(this.payments.order(request("r2", both, 10_000, false)))).isEqualTo("NORMAL_ACCOUNT");
		assertThat(route(this.payments.order(request("r3", protectedOnly, 10_000, false))))
			.as("an ordinance-based payment must not go into a protected account")
			.isEqualTo("CASH_AT_CENTRE");
		assertThat(route(this.payments.order(request("r4", none, 10_000, true)))).isEqualTo("CASH_AT_CENTRE");
		assertThat(count(
				"select count(*) from reg_access_audit where person_id = ? and accessed_by = 'system:payments'", both))
			.as("every account read for routing is audited")
			.isEqualTo(2);
	}

	@Test
	void shouldSkipKeysAlreadyOrderedInASelectionBatch() {
		List<PaymentOrderRequest> requests = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			requests.add(request("sel", person(BankAccountKind.NORMAL), 20_000 + i, false));
		}
		assertThat(this.payments.orderAll(requests.subList(0, 3))).isEqualTo(3);

		List<PaymentOrderRequest> resumed = new ArrayList<>(requests);
		resumed.add(requests.get(4)); // twice in the same batch
		assertThat(this.payments.orderAll(resumed)).as("a resumed batch orders only the missing").isEqualTo(2);
		assertThat(this.payments.orderAll(resumed)).isZero();

		for (PaymentOrderRequest r : requests) {
			Map<String, Object> row = this.jdbc.queryForMap(
					"select amount_won, route, status, order_no from pay_order where idempotency_key = ?",
					r.idempotencyKey());
			assertThat(row).containsEntry("amount_won", r.amountWon())
				.containsEntry("route", "NORMAL_ACCOUNT")
				.containsEntry("status", "ORDERED");
			assertThat(this.runtime.createProcessInstanceQuery()
				.processInstanceBusinessKey((String) row.get("order_no"))
				.count()).isOne();
		}
	}

	@Test
	void shouldSendABatchAndApplyTheBanksResultsOnceAndResolveAFailureWithCash() {
		UUID anna = person(BankAccountKind.NORMAL);
		UUID bora = person(BankAccountKind.NORMAL);
		UUID chul = person(BankAccountKind.NORMAL);
		UUID paidId = this.payments.order(request("batch", anna, 100_000, false));
		UUID failingId = this.payments.order(request("batch", bora, 70_000, false));
		UUID laterId = this.payments.order(request("batch", chul, 50_000, false));
		String paid = orderNo(paidId);
		String failing = orderNo(failingId);
		String later = orderNo(laterId);

		PaymentDesk.BatchView batch = as("cw.gangnam", () -> this.desk.createBatch(SIGUNGU));
		assertThat(batch.batchNo()).startsWith("BAT-11680-");
		assertThat(status(paidId)).isEqualTo("IN_BATCH");
		assertThat(as("cw.gangnam", () -> this.desk.orders(PaymentStatus.IN_BATCH, 1000)))
			.extracting(PaymentDesk.OrderView::orderNo)
			.contains(paid, failing, later);

		// The file: a header, then one line per order with the clear account number.
		String file = new String(as("cw.gangnam", () -> this.desk.batchFile(batch.id())).content(),
				StandardCharsets.UTF_8);
		String[] lines = file.split("\r\n");
		assertThat(lines[0])
			.isEqualTo("payer_agency_code,bank_code,account_number,account_kind,holder_name,amount_won,order_no,memo");
		assertThat(lines).hasSize(batch.orderCount() + 1);
		assertThat(file).contains("11680,004," + this.numbers.get(anna) + ",NORMAL," + name(anna) + ",100000," + paid
				+ ",\"복지급여 TEST_PROGRAM\"");
		assertThat(count("select count(*) from reg_access_audit where person_id = ? and purpose = ?", anna,
				"bank file " + batch.batchNo()))
			.as("the clear number was read for the file, audited")
			.isOne();

		// A malformed file changes nothing and says where.
		ResultFileRejectedException rejected = catchThrowableOfType(ResultFileRejectedException.class, () -> as(
				"cw.gangnam",
				() -> this.desk.importResults(csv(later + ",0000,정상", "PAY-1,0000,정상", "PAY-0000000000,0000,정상"))));
		assertThat(rejected.errors()).extracting(e -> e.line() + " " + e.messageKey())
			.containsExactly("3 payments.import.error.orderNo", "4 payments.import.error.unknownOrder");
		assertThat(status(laterId)).isEqualTo("IN_BATCH");

		// Paid and failed.
		byte[] results = csv(paid + ",0000,정상 처리", failing + ",E101,계좌 해지");
		assertThat(as("cw.gangnam", () -> this.desk.importResults(results)))
			.isEqualTo(new PaymentDesk.ImportSummary(2, 1, 1, 0));
		assertThat(status(paidId)).isEqualTo("PAID");
		assertThat(status(failingId)).isEqualTo("FAILED");
		assertThat(status(laterId)).isEqualTo("IN_BATCH");
		assertThat(this.history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(paid)
			.singleResult()
			.getEndActivityId()).isEqualTo("end_paid");
		assertThat(benefitRecords(paidId)).as("the payment is in the benefit history").isOne();
		assertThat(this.jdbc.queryForMap(
				"select program_code, agency_code, period_from, period_to, amount_won, status from reg_benefit_record where source = ?",
				"지급 " + paidId))
			.containsEntry("program_code", "TEST_PROGRAM")
			.containsEntry("agency_code", SIGUNGU)
			.containsEntry("amount_won", 100_000L)
			.containsEntry("status", "ENDED");

		// The same file again changes nothing.
		assertThat(as("cw.gangnam", () -> this.desk.importResults(results)))
			.isEqualTo(new PaymentDesk.ImportSummary(2, 0, 0, 2));
		assertThat(benefitRecords(paidId)).isOne();
		// A repeated event writes no second record either.
		this.events.publishEvent(new PaymentIssued(paidId, paid, "TEST_PROGRAM", anna, SIGUNGU, 100_000,
				LocalDate.now(), PaymentRoute.NORMAL_ACCOUNT, "test:" + paidId));
		assertThat(benefitRecords(paidId)).isOne();

		// The failure is a task for the caseworkers of the paying 시·군·구.
		Task task = this.taskService.createTaskQuery().processInstanceBusinessKey(failing).singleResult();
		assertThat(task.getTaskDefinitionKey()).isEqualTo("user_resolve_failure");
		assertThat(this.taskService.getIdentityLinksForTask(task.getId()))
			.anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo(OrgGroups.caseworkers(SIGUNGU)));
		assertThat(this.taskService.createTaskQuery()
			.processInstanceBusinessKey(failing)
			.taskCandidateGroup(OrgGroups.caseworkers("11110"))
			.count()).as("not for another 시·군·구").isZero();
		as("cw.gangnam", () -> {
			this.caseTasks.claim(task.getId());
			this.caseTasks.complete(task.getId(), Map.of("resolution", "CASH"));
			return null;
		});
		assertThat(this.jdbc.queryForMap("select status, route, account_id from pay_order where id = ?", failingId))
			.containsEntry("status", "ORDERED")
			.containsEntry("route", "CASH_AT_CENTRE")
			.containsEntry("account_id", null);
		assertThatThrownBy(() -> as("cw.jongno", () -> {
			this.desk.recordCashPickup(failingId);
			return null;
		})).isInstanceOf(UserFacingException.class);
		as("cw.gangnam", () -> {
			this.desk.recordCashPickup(failingId);
			return null;
		});
		assertThat(status(failingId)).isEqualTo("PAID");
		assertThat(this.runtime.createProcessInstanceQuery().processInstanceBusinessKey(failing).count()).isZero();
		assertThat(benefitRecords(failingId)).isOne();
		assertThat(this.taskService.createTaskQuery().processInstanceBusinessKey(failing).count()).as("no stray task")
			.isZero();
	}

	@Test
	void shouldResolveFailuresFromThePaymentsDeskToAnotherAccountOrByCancelling() {
		UUID twoAccounts = person(BankAccountKind.NORMAL, BankAccountKind.NORMAL);
		UUID oneAccount = person(BankAccountKind.NORMAL);
		UUID retried = this.payments.order(request("resolve", twoAccounts, 80_000, false));
		UUID cancelled = this.payments.order(request("resolve", oneAccount, 90_000, false));
		UUID refusedAccount = this.jdbc.queryForObject("select account_id from pay_order where id = ?", UUID.class,
				retried);
		as("cw.gangnam", () -> this.desk.createBatch(SIGUNGU));
		as("cw.gangnam", () -> this.desk
			.importResults(csv(orderNo(retried) + ",E101,계좌 해지", orderNo(cancelled) + ",E102,예금주 불일치")));

		Task task = this.taskService.createTaskQuery().processInstanceBusinessKey(orderNo(retried)).singleResult();
		assertThat(catchThrowableOfType(UserFacingException.class, () -> as("cw.gangnam", () -> {
			this.caseTasks.claim(task.getId());
			return this.caseTasks.open(task.getId());
		})).messageKey()).as("the task list says where to work it").isEqualTo("task.error.notACase");

		as("cw.gangnam", () -> {
			this.desk.resolveFailure(retried, "RETRY_ACCOUNT", null);
			return null;
		});
		Map<String, Object> row = this.jdbc.queryForMap("select status, route, account_id from pay_order where id = ?",
				retried);
		assertThat(row).containsEntry("status", "ORDERED").containsEntry("route", "NORMAL_ACCOUNT");
		assertThat(row.get("account_id")).as("the other account").isNotNull().isNotEqualTo(refusedAccount);
		assertThat(this.runtime.getActiveActivityIds(this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(orderNo(retried))
			.singleResult()
			.getId())).containsExactly("receive_payment_result");

		assertThat(error(() -> this.desk.resolveFailure(cancelled, "CANCEL", "짧음")))
			.isEqualTo("payments.error.cancelReason");
		assertThatThrownBy(() -> as("cw.jongno", () -> {
			this.desk.resolveFailure(cancelled, "CASH", null);
			return null;
		})).isInstanceOf(UserFacingException.class).hasMessage("payments.error.noOrder");
		as("sv.gangnam", () -> {
			this.desk.resolveFailure(cancelled, "CANCEL", "수급자 사망으로 지급 취소");
			return null;
		});
		assertThat(this.jdbc.queryForMap("select status, cancel_reason from pay_order where id = ?", cancelled))
			.containsEntry("status", "CANCELLED")
			.containsEntry("cancel_reason", "수급자 사망으로 지급 취소");
		assertThat(this.history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(orderNo(cancelled))
			.singleResult()
			.getEndActivityId()).isEqualTo("end_cancelled");
		assertThat(error(() -> this.desk.resolveFailure(cancelled, "CASH", null)))
			.isEqualTo("payments.error.notFailed");
		assertThat(this.taskService.createTaskQuery().processInstanceBusinessKey(orderNo(retried)).count()
				+ this.taskService.createTaskQuery().processInstanceBusinessKey(orderNo(cancelled)).count())
			.as("no stray task")
			.isZero();
	}

	@Test
	void shouldOrderRecoveriesOnlyUpToThePaidAmountWithAReason() {
		UUID person = person();
		UUID cash = this.payments.order(request("recovery", person, 100_000, false));
		assertThat(error(() -> this.payments.recover(cash, 10_000, "과지급"))).as("not paid yet")
			.isEqualTo("payments.recovery.error.notPaid");
		as("cw.gangnam", () -> {
			this.desk.recordCashPickup(cash);
			return null;
		});

		assertThat(error(() -> this.payments.recover(cash, 0, "과지급"))).isEqualTo("payments.recovery.error.amount");
		assertThat(error(() -> this.payments.recover(cash, 10_000, " "))).isEqualTo("payments.recovery.error.reason");
		UUID first = as("cw.gangnam", () -> this.payments.recover(cash, 60_000, "소득 변동 미신고로 과지급"));
		assertThat(error(() -> this.payments.recover(cash, 50_000, "중복 지급")))
			.isEqualTo("payments.recovery.error.tooMuch");
		as("cw.gangnam", () -> {
			this.desk.settleRecovery(first, PaymentDesk.RecoveryStatus.WAIVED);
			return null;
		});
		UUID second = as("cw.gangnam", () -> this.payments.recover(cash, 100_000, "중복 지급"));
		assertThatThrownBy(() -> as("cw.jongno", () -> this.payments.recover(cash, 1, "다른 구")))
			.isInstanceOf(UserFacingException.class)
			.hasMessage("payments.error.noOrder");

		assertThat(as("sv.gangnam", () -> this.desk.recoveries())).filteredOn(r -> r.orderId().equals(cash))
			.extracting(PaymentDesk.RecoveryView::id, PaymentDesk.RecoveryView::amountWon,
					PaymentDesk.RecoveryView::status)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple(first, 60_000L, PaymentDesk.RecoveryStatus.WAIVED),
					org.assertj.core.groups.Tuple.tuple(second, 100_000L, PaymentDesk.RecoveryStatus.OPEN));
		assertThat(as("cw.jongno", () -> this.desk.recoveries())).noneMatch(r -> r.orderId().equals(cash));
	}

	@Test
	void shouldServeTheBatchFileOnlyToItsSigungu() throws Exception {
		this.payments.order(request("rest", person(BankAccountKind.NORMAL), 10_000, false));
		PaymentDesk.BatchView batch = as("sv.gangnam", () -> this.desk.createBatch(SIGUNGU));
		String path = "/api/payments/batches/" + batch.id() + "/file";

		HttpResponse<String> ok = call("GET", path, basic("sv.gangnam"), null);
		assertThat(ok.statusCode()).isEqualTo(200);
		assertThat(ok.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying(v -> assertThat(v).contains(batch.batchNo() + ".csv"));
		assertThat(ok.body()).startsWith("payer_agency_code,");
		assertThat(call("GET", path, basic("cw.jongno"), null).statusCode()).isEqualTo(404);
		assertThat(call("GET", path, basic("designer"), null).statusCode()).isEqualTo(403);
		assertThat(call("GET", path, null, null).statusCode()).isEqualTo(401);
		assertThatThrownBy(() -> as("cw.jongno", () -> this.desk.createBatch(SIGUNGU)))
			.isInstanceOf(AccessDeniedException.class);
	}

	// ---- helpers

	private PaymentOrderRequest request(String test, UUID person, long amount, boolean protectedAllowed) {
		return new PaymentOrderRequest("test:" + test + ":" + UUID.randomUUID() + ":" + keys.incrementAndGet(),
				"TEST_PROGRAM", person, amount, protectedAllowed, SIGUNGU, "PaymentsIT " + test);
	}

	/** A new person of 강남구 with open accounts of these kinds (numbers made up). */
	private UUID person(BankAccountKind... kinds) {
		Rrn rrn = Rrn.parse(newApplicantRrn());
		UUID id = UUID.randomUUID();
		List<BankAccountRecord> accounts = new ArrayList<>();
		for (BankAccountKind kind : kinds) {
			String number = "%03d-%02d-%06d".formatted(keys.incrementAndGet() % 1000, kinds.length,
					Math.abs(id.hashCode()) % 1_000_000);
			this.numbers.put(id, number);
			accounts.add(new BankAccountRecord(UUID.randomUUID(), "004", "KB국민은행", number, kind,
					LocalDate.of(2020, 1, 1), null));
		}
		PersonRecord person = new PersonRecord(id, rrn, "지급" + (char) ('가' + keys.get() % 100), rrn.birthDate(), "F",
				"서울 강남구", "1168064000", LocalDate.of(2015, 1, 1), PersonStatus.ALIVE, List.of(), List.of(), accounts,
				List.of());
		this.transactions.executeWithoutResult(status -> {
			RegistryBulkLoad.Batch batch = this.bulkLoad.newBatch();
			batch.add(person);
			this.bulkLoad.write(batch);
		});
		return person.id();
	}

	private String name(UUID person) {
		return this.jdbc.queryForObject("select name from reg_person where id = ?", String.class, person);
	}

	private static byte[] csv(String... lines) {
		return ("order_no,result_code,message\n" + String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
	}

	private String orderNo(UUID orderId) {
		return this.jdbc.queryForObject("select order_no from pay_order where id = ?", String.class, orderId);
	}

	private String status(UUID orderId) {
		return this.jdbc.queryForObject("select status from pay_order where id = ?", String.class, orderId);
	}

	private String route(UUID orderId) {
		return this.jdbc.queryForObject("select route from pay_order where id = ?", String.class, orderId);
	}

	private long benefitRecords(UUID orderId) {
		return count("select count(*) from reg_benefit_record where source = ?", "지급 " + orderId);
	}

	private long count(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Long.class, args);
	}

	private String error(Runnable action) {
		return catchThrowableOfType(UserFacingException.class, () -> as("cw.gangnam", () -> {
			action.run();
			return null;
		})).messageKey();
	}

}
