package io.bokjiflow.payments.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.bokjiflow.identity.CurrentUser;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.identity.OrgGroups;
import io.bokjiflow.identity.Role;
import io.bokjiflow.payments.PaymentAccounts;
import io.bokjiflow.payments.PaymentAccounts.OpenAccount;
import io.bokjiflow.payments.PaymentAccounts.TransferAccount;
import io.bokjiflow.payments.PaymentDesk;
import io.bokjiflow.payments.PaymentFailed;
import io.bokjiflow.payments.PaymentIssued;
import io.bokjiflow.payments.PaymentOrderRequest;
import io.bokjiflow.payments.PaymentRoute;
import io.bokjiflow.payments.PaymentStatus;
import io.bokjiflow.payments.Payments;
import io.bokjiflow.payments.ResultFileRejectedException;
import io.bokjiflow.payments.ResultFileRejectedException.LineError;
import io.bokjiflow.shared.UserFacingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payment orders, their routing, batches, result imports and recovery orders, on plain
 * SQL: {@link #orderAll} inserts a whole batch in one statement (tens of thousands of
 * orders per selection run), and the rest is a handful of single-row statements.
 */
@Service
@Transactional
class PaymentService implements Payments, PaymentDesk {

	private static final Logger LOG = LoggerFactory.getLogger(PaymentService.class);

	/** Who reads accounts for routing: the module itself, not a person. */
	static final String SYSTEM = "system:payments";

	private static final String ORDER_COLUMNS = """
			id, order_no, program_code, person_id, amount_won, route, status, reference, result_code,
			result_message, ordered_at, paid_on, sigungu_code, seizure_protected_allowed, account_id,
			failed_account_ids, batch_id, idempotency_key""";

	private final JdbcTemplate jdbc;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final PaymentAccounts accounts;

	private final Identity identity;

	private final ProtectedAccountLaws laws;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PaymentService(JdbcTemplate jdbc, RuntimeService runtime, TaskService tasks, PaymentAccounts accounts,
			Identity identity, ProtectedAccountLaws laws, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.runtime = runtime;
		this.tasks = tasks;
		this.accounts = accounts;
		this.identity = identity;
		this.laws = laws;
		this.events = events;
		this.clock = clock;
	}

	// ---- ordering

	@Override
	public UUID order(PaymentOrderRequest request) {
		Optional<UUID> existing = idOfKey(request.idempotencyKey());
		if (existing.isPresent()) {
			return existing.get();
		}
		List<Inserted> inserted = insertAndStart(List.of(request), "payment routing " + request.idempotencyKey());
		// An empty result: a concurrent caller inserted the same key first (the unique
		// key made this insert wait for its commit), so its order is the one.
		return inserted.isEmpty() ? idOfKey(request.idempotencyKey()).orElseThrow() : inserted.get(0).id();
	}

	@Override
	public int orderAll(List<PaymentOrderRequest> requests) {
		if (requests.isEmpty()) {
			return 0;
		}
		Map<String, PaymentOrderRequest> byKey = new LinkedHashMap<>();
		requests.forEach(r -> byKey.putIfAbsent(r.idempotencyKey(), r));
		Set<String> known = Set
			.copyOf(this.jdbc.queryForList("select idempotency_key from pay_order where idempotency_key = any(?)",
					String.class, array("text", byKey.keySet().toArray(String[]::new))));
		List<PaymentOrderRequest> fresh = byKey.values()
			.stream()
			.filter(r -> !known.contains(r.idempotencyKey()))
			.toList();
		if (fresh.isEmpty()) {
			return 0;
		}
		return insertAndStart(fresh, "payment routing of " + fresh.size() + " orders").size();
	}

	private record Inserted(UUID id, String orderNo) {
	}

	/**
	 * Routes the requests with one account query, inserts them in one statement (keys
	 * that exist by now are skipped) and starts one payment process per new order.
	 */
	private List<Inserted> insertAndStart(List<PaymentOrderRequest> requests, String purpose) {
		Map<UUID, List<OpenAccount>> open = this.accounts
			.openAccounts(requests.stream().map(PaymentOrderRequest::personId).distinct().toList(), SYSTEM, purpose);
		int n = requests.size();
		UUID[] ids = new UUID[n];
		String[] keys = new String[n];
		String[] programs = new String[n];
		UUID[] persons = new UUID[n];
		Long[] amounts = new Long[n];
		Boolean[] allowed = new Boolean[n];
		String[] sigungus = new String[n];
		String[] references = new String[n];
		String[] routes = new String[n];
		UUID[] accountIds = new UUID[n];
		for (int i = 0; i < n; i++) {
			PaymentOrderRequest r = requests.get(i);
			PaymentRouting.Decision decision = PaymentRouting.decide(r.seizureProtectedAllowed(),
					open.getOrDefault(r.personId(), List.of()), List.of());
			ids[i] = UUID.randomUUID();
			keys[i] = r.idempotencyKey();
			programs[i] = r.programCode();
			persons[i] = r.personId();
			amounts[i] = r.amountWon();
			allowed[i] = r.seizureProtectedAllowed();
			sigungus[i] = r.sigunguCode();
			references[i] = r.reference();
			routes[i] = decision.route().name();
			accountIds[i] = decision.accountId();
		}
		Timestamp now = Timestamp.from(this.clock.instant());
		List<Inserted> inserted = this.jdbc.query(con -> {
			PreparedStatement ps = con.prepareStatement(
					"""
							insert into pay_order (id, order_no, idempotency_key, program_code, person_id, amount_won,
							    seizure_protected_allowed, sigungu_code, reference, route, account_id, status, ordered_at,
							    updated_at)
							select v.id, 'PAY-' || lpad(nextval('pay_order_no_seq')::text, 10, '0'), v.key, v.program,
							    v.person, v.amount, v.allowed, v.sigungu, v.ref, v.route, v.account, 'ORDERED', ?, ?
							from unnest(?::uuid[], ?::text[], ?::text[], ?::uuid[], ?::bigint[], ?::boolean[], ?::text[],
							    ?::text[], ?::text[], ?::uuid[])
							    with ordinality as v(id, key, program, person, amount, allowed, sigungu, ref, route, account, pos)
							order by v.pos
							on conflict (idempotency_key) do nothing
							returning id, order_no""");
			int p = 1;
			ps.setTimestamp(p++, now);
			ps.setTimestamp(p++, now);
			ps.setArray(p++, con.createArrayOf("uuid", ids));
			ps.setArray(p++, con.createArrayOf("text", keys));
			ps.setArray(p++, con.createArrayOf("text", programs));
			ps.setArray(p++, con.createArrayOf("uuid", persons));
			ps.setArray(p++, con.createArrayOf("bigint", amounts));
			ps.setArray(p++, con.createArrayOf("boolean", allowed));
			ps.setArray(p++, con.createArrayOf("text", sigungus));
			ps.setArray(p++, con.createArrayOf("text", references));
			ps.setArray(p++, con.createArrayOf("text", routes));
			ps.setArray(p++, con.createArrayOf("uuid", accountIds));
			return ps;
		}, (rs, i) -> new Inserted(rs.getObject(1, UUID.class), rs.getString(2)));
		if (inserted.isEmpty()) {
			return inserted;
		}
		UUID[] started = new UUID[inserted.size()];
		String[] instances = new String[inserted.size()];
		for (int i = 0; i < inserted.size(); i++) {
			Inserted order = inserted.get(i);
			ProcessInstance pi = this.runtime.createProcessInstanceByKey(PaymentProcess.KEY)
				.businessKey(order.orderNo())
				.setVariable(PaymentProcess.ORDER_ID, order.id().toString())
				.execute();
			started[i] = order.id();
			instances[i] = pi.getId();
		}
		this.jdbc.update("""
				update pay_order o set process_instance_id = v.pid
				from unnest(?::uuid[], ?::text[]) as v(id, pid) where o.id = v.id""", array("uuid", started),
				array("text", instances));
		return inserted;
	}

	private Optional<UUID> idOfKey(String key) {
		return this.jdbc.queryForList("select id from pay_order where idempotency_key = ?", UUID.class, key)
			.stream()
			.findFirst();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean seizureProtectedAllowed(String legalBasis) {
		return this.laws.allows(legalBasis);
	}

	// ---- steps of the payment process

	/**
	 * Makes sure an order is routed (orders are routed when they are inserted; this
	 * routes one that somehow is not, e.g. inserted by hand).
	 */
	void route(UUID orderId) {
		Order order = order(orderId);
		if (order.route() != null) {
			return;
		}
		PaymentRouting.Decision decision = PaymentRouting.decide(order.seizureProtectedAllowed(), openAccounts(order),
				List.of());
		this.jdbc.update("update pay_order set route = ?, account_id = ?, updated_at = ? where id = ?",
				decision.route().name(), decision.accountId(), now(), orderId);
	}

	/** Publishes {@link PaymentIssued} for a paid order (the registry records it). */
	void recordPaid(UUID orderId) {
		Order order = order(orderId);
		if (order.status() != PaymentStatus.PAID) {
			throw new IllegalStateException("Order " + order.orderNo() + " is " + order.status() + ", not PAID");
		}
		this.events.publishEvent(new PaymentIssued(order.id(), order.orderNo(), order.programCode(), order.personId(),
				order.sigunguCode(), order.amountWon(), order.paidOn(), order.route(), order.idempotencyKey()));
	}

	/**
	 * A caseworker's retry of a failed order: to another open account of the person (the
	 * refused ones left out; cash when none is left), or to cash.
	 */
	void retry(UUID orderId, boolean cash) {
		Order order = order(orderId);
		if (order.status() != PaymentStatus.FAILED) {
			throw new IllegalStateException("Order " + order.orderNo() + " is " + order.status() + ", not FAILED");
		}
		List<UUID> refused = new ArrayList<>(order.failedAccountIds());
		if (order.accountId() != null) {
			refused.add(order.accountId());
		}
		PaymentRouting.Decision decision = cash ? new PaymentRouting.Decision(PaymentRoute.CASH_AT_CENTRE, null)
				: PaymentRouting.decide(order.seizureProtectedAllowed(), openAccounts(order), refused);
		this.jdbc.update(con -> {
			PreparedStatement ps = con.prepareStatement("""
					update pay_order set status = 'ORDERED', route = ?, account_id = ?, failed_account_ids = ?,
					    batch_id = null, updated_at = ? where id = ?""");
			ps.setString(1, decision.route().name());
			ps.setObject(2, decision.accountId());
			ps.setArray(3, con.createArrayOf("uuid", refused.toArray(UUID[]::new)));
			ps.setTimestamp(4, now());
			ps.setObject(5, orderId);
			return ps;
		});
	}

	/** A caseworker's cancellation of a failed order. */
	void cancel(UUID orderId, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new UserFacingException("payments.error.cancelReason");
		}
		int changed = this.jdbc.update(
				"update pay_order set status = 'CANCELLED', cancel_reason = ?, updated_at = ? where id = ? and status = 'FAILED'",
				reason.strip(), now(), orderId);
		if (changed == 0) {
			throw new IllegalStateException("Order " + orderId + " is not FAILED");
		}
	}

	private List<OpenAccount> openAccounts(Order order) {
		return this.accounts.openAccounts(List.of(order.personId()), SYSTEM, "payment routing " + order.orderNo())
			.getOrDefault(order.personId(), List.of());
	}

	// ---- the desk

	@Override
	@Transactional(readOnly = true)
	public List<OrderView> orders(PaymentStatus status, int limit) {
		CurrentUser user = deskUser();
		return this.jdbc.query("select " + ORDER_COLUMNS
				+ " from pay_order where sigungu_code = ? and status = ? order by ordered_at desc, order_no desc limit ?",
				ORDER, user.sigunguCode(), status.name(), Math.max(1, Math.min(limit, 1000)))
			.stream()
			.map(Order::view)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<OrderView> order(String orderNo) {
		CurrentUser user = deskUser();
		return this.jdbc
			.query("select " + ORDER_COLUMNS + " from pay_order where order_no = ? and sigungu_code = ?", ORDER,
					orderNo == null ? "" : orderNo.strip(), user.sigunguCode())
			.stream()
			.findFirst()
			.map(Order::view);
	}

	@Override
	public BatchView createBatch(String sigunguCode) {
		CurrentUser user = deskUser();
		if (!user.sigunguCode().equals(sigunguCode)) {
			throw new AccessDeniedException("Batches of another 시·군·구");
		}
		UUID batchId = UUID.randomUUID();
		Instant now = this.clock.instant();
		Map<String, Object> picked = this.jdbc.queryForMap("""
				with picked as (
				    update pay_order set status = 'IN_BATCH', batch_id = ?, updated_at = ?
				    where sigungu_code = ? and status = 'ORDERED'
				      and route in ('SEIZURE_PROTECTED_ACCOUNT', 'NORMAL_ACCOUNT')
				    returning amount_won)
				select count(*) as orders, coalesce(sum(amount_won), 0) as total from picked""", batchId,
				Timestamp.from(now), sigunguCode);
		int count = ((Number) picked.get("orders")).intValue();
		long total = ((Number) picked.get("total")).longValue();
		if (count == 0) {
			throw new UserFacingException("payments.error.nothingToBatch");
		}
		String batchNo = "BAT-%s-%06d".formatted(sigunguCode,
				this.jdbc.queryForObject("select nextval('pay_batch_no_seq')", Long.class));
		this.jdbc.update("""
				insert into pay_batch (id, batch_no, sigungu_code, order_count, total_won, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?)""", batchId, batchNo, sigunguCode, count, total, user.username(),
				Timestamp.from(now));
		LOG.info("Batch {} of {} orders ({} won) created by {}", batchNo, count, total, user.username());
		return new BatchView(batchId, batchNo, sigunguCode, count, total, user.username(), now);
	}

	@Override
	@Transactional(readOnly = true)
	public List<BatchView> batches() {
		CurrentUser user = deskUser();
		return this.jdbc.query(
				"select id, batch_no, sigungu_code, order_count, total_won, created_by, created_at from pay_batch where sigungu_code = ? order by created_at desc, batch_no desc limit 100",
				BATCH, user.sigunguCode());
	}

	@Override
	public BankFile batchFile(UUID batchId) {
		CurrentUser user = deskUser();
		BatchView batch = this.jdbc.query(
				"select id, batch_no, sigungu_code, order_count, total_won, created_by, created_at from pay_batch where id = ?",
				BATCH, batchId)
			.stream()
			.findFirst()
			.filter(b -> b.sigunguCode().equals(user.sigunguCode()))
			.orElseThrow(() -> new UserFacingException("payments.error.noBatch"));
		List<Order> orders = this.jdbc
			.query("select " + ORDER_COLUMNS + " from pay_order where batch_id = ? order by order_no", ORDER, batchId);
		Map<UUID, TransferAccount> numbers = this.accounts.revealForTransfer(
				orders.stream().map(Order::accountId).toList(), user.username(), "bank file " + batch.batchNo());
		List<BankFiles.TransferLine> lines = new ArrayList<>();
		for (Order o : orders) {
			TransferAccount account = numbers.get(o.accountId());
			if (account == null) {
				throw new IllegalStateException("Account of order " + o.orderNo() + " is gone from the registry");
			}
			lines.add(new BankFiles.TransferLine(batch.sigunguCode(), account.bankCode(), account.number(),
					o.route() == PaymentRoute.SEIZURE_PROTECTED_ACCOUNT ? "SEIZURE_PROTECTED" : "NORMAL",
					account.holderName(), o.amountWon(), o.orderNo(), memo(o)));
		}
		return new BankFile(batch.batchNo() + ".csv", BankFiles.writeTransfers(lines));
	}

	/**
	 * What the recipient's statement shows: the payer and the program, no person data.
	 */
	private static String memo(Order order) {
		String memo = "복지급여 " + order.programCode();
		return memo.length() <= 40 ? memo : memo.substring(0, 40);
	}

	@Override
	public ImportSummary importResults(byte[] content) {
		CurrentUser user = deskUser();
		BankFiles.Parsed parsed = BankFiles.parseResults(content);
		List<BankFiles.ResultLine> lines = parsed.lines();
		Map<String, Order> orders = this.jdbc
			.query("select " + ORDER_COLUMNS + " from pay_order where order_no = any(?) for update", ORDER,
					array("text", lines.stream().map(BankFiles.ResultLine::orderNo).toArray(String[]::new)))
			.stream()
			.collect(Collectors.toMap(Order::orderNo, o -> o));
		List<LineError> errors = new ArrayList<>(parsed.errors());
		for (BankFiles.ResultLine line : lines) {
			Order order = orders.get(line.orderNo());
			if (order == null || !order.sigunguCode().equals(user.sigunguCode())) {
				errors.add(new LineError(line.line(), "payments.import.error.unknownOrder", line.orderNo()));
			}
		}
		if (!errors.isEmpty()) {
			errors.sort(java.util.Comparator.comparingInt(LineError::line));
			throw new ResultFileRejectedException(errors);
		}
		int paid = 0;
		int failed = 0;
		LocalDate today = LocalDate.now(this.clock);
		for (BankFiles.ResultLine line : lines) {
			Order order = orders.get(line.orderNo());
			if (order.status() != PaymentStatus.IN_BATCH) {
				continue; // applied before (or retried since): a second import changes
							// nothing
			}
			if (line.paid()) {
				this.jdbc.update("""
						update pay_order set status = 'PAID', result_code = ?, result_message = ?, paid_on = ?,
						    updated_at = ? where id = ?""", line.resultCode(), line.message(), today, now(),
						order.id());
				correlate(order, "PAID", Map.of());
				paid++;
			}
			else {
				this.jdbc.update("""
						update pay_order set status = 'FAILED', result_code = ?, result_message = ?, updated_at = ?
						where id = ?""", line.resultCode(), line.message(), now(), order.id());
				correlate(order, "FAILED",
						Map.of(PaymentProcess.CASEWORKER_GROUP, OrgGroups.caseworkers(order.sigunguCode()),
								PaymentProcess.FAILURE_REASON, line.resultCode() + " " + line.message()));
				this.events
					.publishEvent(new PaymentFailed(order.id(), order.orderNo(), order.programCode(), order.personId(),
							order.sigunguCode(), line.resultCode(), line.message(), order.idempotencyKey()));
				failed++;
			}
		}
		ImportSummary summary = new ImportSummary(lines.size(), paid, failed, lines.size() - paid - failed);
		this.jdbc.update("""
				insert into pay_result_import (id, sigungu_code, file_sha256, lines, paid, failed, unchanged,
				    imported_by, imported_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", UUID.randomUUID(),
				user.sigunguCode(), sha256(content), summary.lines(), summary.paid(), summary.failed(),
				summary.unchanged(), user.username(), now());
		LOG.info("Bank result file imported by {}: {}", user.username(), summary);
		return summary;
	}

	@Override
	public void recordCashPickup(UUID orderId) {
		CurrentUser user = deskUser();
		Order order = order(orderId);
		if (!order.sigunguCode().equals(user.sigunguCode())) {
			throw new UserFacingException("payments.error.noOrder");
		}
		if (order.route() != PaymentRoute.CASH_AT_CENTRE || order.status() != PaymentStatus.ORDERED) {
			throw new UserFacingException("payments.error.notCash");
		}
		this.jdbc.update("""
				update pay_order set status = 'PAID', result_code = 'CASH', result_message = ?, paid_on = ?,
				    updated_at = ? where id = ? and status = 'ORDERED'""", "picked up, recorded by " + user.username(),
				LocalDate.now(this.clock), now(), orderId);
		correlate(order, "PAID", Map.of());
	}

	@Override
	public void resolveFailure(UUID orderId, String resolution, String cancelReason) {
		CurrentUser user = deskUser();
		Order order = order(orderId);
		if (!order.sigunguCode().equals(user.sigunguCode())) {
			throw new UserFacingException("payments.error.noOrder");
		}
		if (!Set.of("RETRY_ACCOUNT", "CASH", "CANCEL").contains(resolution)) {
			throw new IllegalArgumentException("Unknown resolution " + resolution);
		}
		String reason = cancelReason == null ? "" : cancelReason.strip();
		if ("CANCEL".equals(resolution) && (reason.length() < 5 || reason.length() > 500)) {
			throw new UserFacingException("payments.error.cancelReason");
		}
		Task task = this.tasks.createTaskQuery()
			.processInstanceBusinessKey(order.orderNo())
			.taskDefinitionKey("user_resolve_failure")
			.singleResult();
		if (order.status() != PaymentStatus.FAILED || task == null) {
			throw new UserFacingException("payments.error.notFailed");
		}
		Map<String, Object> values = new java.util.HashMap<>();
		values.put(PaymentProcess.RESOLUTION, resolution);
		if ("CANCEL".equals(resolution)) {
			values.put(PaymentProcess.CANCEL_REASON, reason);
		}
		values.put(PaymentProcess.RESOLVED_BY, user.username());
		this.tasks.setAssignee(task.getId(), user.username());
		this.tasks.complete(task.getId(), values);
	}

	private void correlate(Order order, String result, Map<String, Object> more) {
		var correlation = this.runtime.createMessageCorrelation(PaymentProcess.RESULT_MESSAGE)
			.processInstanceBusinessKey(order.orderNo())
			.setVariable(PaymentProcess.RESULT, result);
		more.forEach(correlation::setVariable);
		correlation.correlate();
	}

	// ---- recovery

	@Override
	public UUID recover(UUID orderId, long amountWon, String reason) {
		CurrentUser user = deskUser();
		List<Order> found = this.jdbc.query("select " + ORDER_COLUMNS + " from pay_order where id = ? for update",
				ORDER, orderId);
		Order order = found.stream()
			.findFirst()
			.filter(o -> o.sigunguCode().equals(user.sigunguCode()))
			.orElseThrow(() -> new UserFacingException("payments.error.noOrder"));
		if (order.status() != PaymentStatus.PAID) {
			throw new UserFacingException("payments.recovery.error.notPaid");
		}
		if (reason == null || reason.isBlank()) {
			throw new UserFacingException("payments.recovery.error.reason");
		}
		if (reason.strip().length() > 500) {
			throw new UserFacingException("payments.recovery.error.reasonLength");
		}
		if (amountWon <= 0) {
			throw new UserFacingException("payments.recovery.error.amount");
		}
		long already = this.jdbc.queryForObject(
				"select coalesce(sum(amount_won), 0) from pay_recovery_order where order_id = ? and status <> 'WAIVED'",
				Long.class, orderId);
		if (already + amountWon > order.amountWon()) {
			throw new UserFacingException("payments.recovery.error.tooMuch", order.amountWon() - already);
		}
		UUID id = UUID.randomUUID();
		this.jdbc.update("""
				insert into pay_recovery_order (id, order_id, sigungu_code, amount_won, reason, status, created_by,
				    created_at) values (?, ?, ?, ?, ?, 'OPEN', ?, ?)""", id, orderId, order.sigunguCode(), amountWon,
				reason.strip(), user.username(), now());
		return id;
	}

	@Override
	@Transactional(readOnly = true)
	public List<io.bokjiflow.payments.PaidOrder> paidOrders(UUID personId, String programCode,
			java.time.LocalDate paidFrom) {
		return this.jdbc.query("""
				select o.id, o.order_no, o.sigungu_code, o.paid_on, o.amount_won,
				    o.amount_won - coalesce((select sum(r.amount_won) from pay_recovery_order r
				        where r.order_id = o.id and r.status <> 'WAIVED'), 0)
				from pay_order o
				where o.person_id = ? and o.program_code = ? and o.status = 'PAID' and o.paid_on >= ?
				order by o.paid_on, o.order_no""",
				(rs, i) -> new io.bokjiflow.payments.PaidOrder(rs.getObject(1, UUID.class), rs.getString(2),
						rs.getString(3), rs.getObject(4, java.time.LocalDate.class), rs.getLong(5), rs.getLong(6)),
				personId, programCode, paidFrom);
	}

	@Override
	@Transactional(readOnly = true)
	public List<RecoveryView> recoveries() {
		CurrentUser user = deskUser();
		return this.jdbc.query("""
				select r.id, r.order_id, o.order_no, o.program_code, r.amount_won, r.reason, r.status, r.created_by,
				    r.created_at
				from pay_recovery_order r join pay_order o on o.id = r.order_id
				where r.sigungu_code = ? order by r.created_at desc limit 500""",
				(rs, i) -> new RecoveryView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
						rs.getString(4), rs.getLong(5), rs.getString(6), RecoveryStatus.valueOf(rs.getString(7)),
						rs.getString(8), rs.getTimestamp(9).toInstant()),
				user.sigunguCode());
	}

	@Override
	public void settleRecovery(UUID recoveryId, RecoveryStatus outcome) {
		CurrentUser user = deskUser();
		if (outcome == RecoveryStatus.OPEN) {
			throw new IllegalArgumentException("A recovery is settled as COLLECTED or WAIVED");
		}
		int changed = this.jdbc.update("""
				update pay_recovery_order set status = ?, settled_at = ?
				where id = ? and sigungu_code = ? and status = 'OPEN'""", outcome.name(), now(), recoveryId,
				user.sigunguCode());
		if (changed == 0) {
			throw new UserFacingException("payments.recovery.error.notOpen");
		}
	}

	// ---- helpers

	/** The signed-in caseworker or supervisor of a 시·군·구; nobody else works the desk. */
	private CurrentUser deskUser() {
		CurrentUser user = this.identity.currentUser();
		if (user.sigunguCode() == null || !(user.has(Role.CASEWORKER) || user.has(Role.SUPERVISOR))) {
			throw new AccessDeniedException("Payments are worked by caseworkers and supervisors of a 시·군·구");
		}
		return user;
	}

	Order order(UUID orderId) {
		return this.jdbc.query("select " + ORDER_COLUMNS + " from pay_order where id = ?", ORDER, orderId)
			.stream()
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No payment order " + orderId));
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

	private Array array(String type, Object[] values) {
		return this.jdbc.execute((Connection con) -> con.createArrayOf(type, values));
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A row of pay_order. */
	record Order(UUID id, String orderNo, String programCode, UUID personId, long amountWon, PaymentRoute route,
			PaymentStatus status, String reference, String resultCode, String resultMessage, Instant orderedAt,
			LocalDate paidOn, String sigunguCode, boolean seizureProtectedAllowed, UUID accountId,
			List<UUID> failedAccountIds, UUID batchId, String idempotencyKey) {

		OrderView view() {
			return new OrderView(this.id, this.orderNo, this.programCode, this.personId, this.amountWon, this.route,
					this.status, this.reference, this.resultCode, this.resultMessage, this.orderedAt, this.paidOn);
		}

	}

	private static final RowMapper<Order> ORDER = (rs, i) -> {
		String route = rs.getString(6);
		java.sql.Date paid = rs.getDate(12);
		UUID[] failed = (UUID[]) rs.getArray(16).getArray();
		return new Order(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getObject(4, UUID.class),
				rs.getLong(5), route == null ? null : PaymentRoute.valueOf(route),
				PaymentStatus.valueOf(rs.getString(7)), rs.getString(8), rs.getString(9), rs.getString(10),
				rs.getTimestamp(11).toInstant(), paid == null ? null : paid.toLocalDate(), rs.getString(13),
				rs.getBoolean(14), rs.getObject(15, UUID.class), List.of(failed), rs.getObject(17, UUID.class),
				rs.getString(18));
	};

	private static final RowMapper<BatchView> BATCH = (rs, i) -> new BatchView(rs.getObject(1, UUID.class),
			rs.getString(2), rs.getString(3), rs.getInt(4), rs.getLong(5), rs.getString(6),
			rs.getTimestamp(7).toInstant());

}
