package io.bokjiflow.integrity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.bokjiflow.identity.CurrentUser;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.identity.Role;
import io.bokjiflow.integrity.ImpactAction;
import io.bokjiflow.integrity.ImpactReview;
import io.bokjiflow.integrity.ImpactReviews;
import io.bokjiflow.payments.PaidOrder;
import io.bokjiflow.payments.Payments;
import io.bokjiflow.registry.LifeEventKind;
import io.bokjiflow.registry.Registry;
import io.bokjiflow.shared.UserFacingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads impact reviews and records the caseworker's decisions; applying them is the
 * process's service task ({@link ApplyImpactDecisionsDelegate}), which calls
 * {@link #apply(UUID, String)} in the same transaction as the task's completion.
 */
@Service
@Transactional
class ImpactReviewService implements ImpactReviews {

	private static final int REASON_MAX = 500;

	private final JdbcTemplate jdbc;

	private final TaskService tasks;

	private final Identity identity;

	private final Registry registry;

	private final Payments payments;

	private final Clock clock;

	ImpactReviewService(JdbcTemplate jdbc, TaskService tasks, Identity identity, Registry registry, Payments payments,
			Clock clock) {
		this.jdbc = jdbc;
		this.tasks = tasks;
		this.identity = identity;
		this.registry = registry;
		this.payments = payments;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ImpactReview> ofChange(String changeId) {
		return load("change_id = ?", changeId);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ImpactReview> ofTask(String taskId) {
		Task task = this.tasks.createTaskQuery().taskId(taskId).singleResult();
		if (task == null || task.getProcessInstanceId() == null) {
			return Optional.empty();
		}
		return load("process_instance_id = ?", task.getProcessInstanceId()).filter(this::visibleToCurrentUser);
	}

	/**
	 * Who may read a review through its task: caseworkers and supervisors of the person's
	 * 시·군·구 (or of the one they moved from), and administrators; for anybody else the
	 * task is no impact review.
	 */
	private boolean visibleToCurrentUser(ImpactReview review) {
		CurrentUser user = this.identity.currentUser();
		if (user.has(Role.ADMINISTRATOR)) {
			return true;
		}
		return (user.has(Role.CASEWORKER) || user.has(Role.SUPERVISOR)) && user.sigunguCode() != null
				&& (user.sigunguCode().equals(review.sigunguCode())
						|| user.sigunguCode().equals(review.previousSigunguCode()));
	}

	@Override
	public void decide(String taskId, List<Decision> decisions) {
		CurrentUser user = this.identity.currentUser();
		ImpactReview review = ofTask(taskId)
			.orElseThrow(() -> new UserFacingException("integrity.impact.error.noTask"));
		if (!(user.has(Role.CASEWORKER) || user.has(Role.SUPERVISOR)) || user.sigunguCode() == null
				|| !(user.sigunguCode().equals(review.sigunguCode())
						|| user.sigunguCode().equals(review.previousSigunguCode()))) {
			throw new AccessDeniedException("Impact reviews are decided by caseworkers of the person's 시·군·구");
		}
		Task task = this.tasks.createTaskQuery().taskId(taskId).singleResult();
		if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
			throw new UserFacingException("integrity.impact.error.heldByOther", task.getAssignee());
		}
		Map<Integer, Decision> bySeq = new HashMap<>();
		decisions.forEach(d -> bySeq.put(d.seq(), d));
		for (ImpactReview.Proposal p : review.proposals()) {
			Decision d = bySeq.get(p.seq());
			if (d == null) {
				throw new UserFacingException("integrity.impact.error.missing", p.seq());
			}
			String reason = d.reason() == null ? "" : d.reason().strip();
			if (!d.apply() && reason.isEmpty()) {
				throw new UserFacingException("integrity.impact.error.reason", p.seq());
			}
			if (reason.length() > REASON_MAX) {
				throw new UserFacingException("integrity.impact.error.reasonLength", p.seq());
			}
		}
		Timestamp now = Timestamp.from(this.clock.instant());
		for (ImpactReview.Proposal p : review.proposals()) {
			Decision d = bySeq.get(p.seq());
			String reason = d.reason() == null || d.reason().isBlank() ? null : d.reason().strip();
			this.jdbc.update("""
					update int_impact_proposal set decision = ?, decision_reason = ?, decided_by = ?, decided_at = ?
					where review_id = ? and seq = ?""", d.apply() ? "APPLY" : "NOT_APPLY", reason, user.username(), now,
					review.id(), p.seq());
		}
		if (task.getAssignee() == null) {
			this.tasks.setAssignee(taskId, user.username());
		}
		// The process's service task applies the decisions (same thread and transaction).
		this.tasks.complete(taskId, Map.of("appliedCount", (int) decisions.stream().filter(Decision::apply).count()));
	}

	/**
	 * Applies the decided proposals of a review: suspensions in the registry, recoveries
	 * through the payments module (the current user's 시·군·구's orders paid from the
	 * effective day on), recalculations are left to the program's case; then closes it.
	 */
	void apply(UUID reviewId, String reviewNo) {
		ImpactReview review = load("id = ?", reviewId).orElseThrow();
		String sigungu = this.identity.currentUser().sigunguCode();
		for (ImpactReview.Proposal p : review.proposals()) {
			// Completed elsewhere (Camunda Tasklist, REST) without deciding: refuse, the
			// completion rolls back.
			if (p.decision() == null) {
				throw new UserFacingException("integrity.impact.error.missing", p.seq());
			}
		}
		for (ImpactReview.Proposal p : review.proposals()) {
			if (!"APPLY".equals(p.decision())) {
				continue;
			}
			if (p.action() == ImpactAction.SUSPEND) {
				this.registry.suspendBenefit(p.benefitRecordId(), p.effectiveFrom(), "영향 검토 " + reviewNo);
			}
			else if (p.action() == ImpactAction.RECOVER) {
				long ordered = recover(p, sigungu, reviewNo, review.changeKind());
				this.jdbc.update("update int_impact_proposal set recovered_won = ? where review_id = ? and seq = ?",
						ordered, reviewId, p.seq());
			}
		}
		this.jdbc.update("""
				update int_impact_review set status = 'DONE', completed_at = ?, completed_by = ? where id = ?""",
				Timestamp.from(this.clock.instant()), this.identity.currentUser().username(), reviewId);
	}

	private long recover(ImpactReview.Proposal p, String sigungu, String reviewNo, LifeEventKind kind) {
		long remaining = p.amountWon();
		long ordered = 0;
		String reason = "영향 검토 " + reviewNo + ": " + (kind == LifeEventKind.DEATH ? "사망" : "국외이주") + " 후 지급분 환수 ("
				+ p.months() + "개월)";
		for (PaidOrder order : this.payments.paidOrders(p.beneficiaryId(), p.programCode(), p.effectiveFrom())) {
			if (remaining == 0) {
				break;
			}
			if (!order.sigunguCode().equals(sigungu) || order.recoverableWon() <= 0) {
				continue;
			}
			long amount = Math.min(remaining, order.recoverableWon());
			this.payments.recover(order.orderId(), amount, reason);
			remaining -= amount;
			ordered += amount;
		}
		return ordered;
	}

	private Optional<ImpactReview> load(String where, Object arg) {
		List<ImpactReview> found = this.jdbc.query("""
				select id, review_no, change_id, person_id, change_kind, occurred_on, sigungu_code,
				    previous_sigungu_code, status, created_at from int_impact_review where""" + " " + where,
				(rs, i) -> new ImpactReview(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
						rs.getObject(4, UUID.class), LifeEventKind.valueOf(rs.getString(5)),
						rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8), rs.getString(9),
						rs.getTimestamp(10).toInstant(), proposals(rs.getObject(1, UUID.class))),
				arg);
		return found.stream().findFirst();
	}

	private List<ImpactReview.Proposal> proposals(UUID reviewId) {
		return this.jdbc.query("""
				select seq, benefit_record_id, beneficiary_id, household_member, program_code, action, rule,
				    monthly_amount_won, months, amount_won, effective_from, deadline, legal_basis, decision,
				    decision_reason, recovered_won
				from int_impact_proposal where review_id = ? order by seq""",
				(rs, i) -> new ImpactReview.Proposal(rs.getInt(1), rs.getObject(2, UUID.class),
						rs.getObject(3, UUID.class), rs.getBoolean(4), rs.getString(5),
						ImpactAction.valueOf(rs.getString(6)), rs.getString(7), rs.getLong(8),
						rs.getObject(9, Integer.class), rs.getObject(10, Long.class), rs.getObject(11, LocalDate.class),
						rs.getObject(12, LocalDate.class), rs.getString(13), rs.getString(14), rs.getString(15),
						rs.getObject(16, Long.class)),
				reviewId);
	}

}
