package io.bokjiflow.integrity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.bokjiflow.identity.OrgGroups;
import io.bokjiflow.integrity.ImpactAction;
import io.bokjiflow.integrity.ImpactReview;
import io.bokjiflow.registry.LifeEventKind;
import io.bokjiflow.registry.LifeEventRecorded;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Turns a recorded resident-register change into an impact review when it touches ACTIVE
 * benefit records: the proposals of the matching {@link ImpactRules}, stored once per
 * change id, and a review task for the caseworkers of the person's 시·군·구.
 *
 * <p>
 * It listens inside the registry's transaction (not after commit) on purpose: the change
 * and its review commit together, so a review that cannot be created leaves the change
 * unrecorded and the next feed run tries both again — no change is ever recorded without
 * its review. It reads the registry's benefit and household tables read-only, as
 * {@link JdbcDuplicateBenefitRules} does.
 */
@Component
class ImpactReviewPlanner {

	private static final Logger log = LoggerFactory.getLogger(ImpactReviewPlanner.class);

	private static final ZoneId ZONE = ZoneId.of("Asia/Seoul");

	private final ImpactRules rules;

	private final JdbcTemplate jdbc;

	private final RuntimeService runtime;

	private final Clock clock;

	ImpactReviewPlanner(ImpactRules rules, JdbcTemplate jdbc, RuntimeService runtime, Clock clock) {
		this.rules = rules;
		this.jdbc = jdbc;
		this.runtime = runtime;
		this.clock = clock;
	}

	/** An ACTIVE benefit record. */
	record Benefit(UUID id, UUID personId, String programCode, LocalDate periodFrom, LocalDate periodTo,
			long amountWon) {
	}

	@EventListener
	void on(LifeEventRecorded event) {
		plan(event);
	}

	void plan(LifeEventRecorded event) {
		List<ImpactRules.Rule> matching = this.rules.matching(event);
		if (matching.isEmpty()) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		List<Benefit> own = activeBenefits(event.personId(), event.occurredOn());
		List<Benefit> household = matching.stream().anyMatch(r -> r.who() == ImpactRules.Who.HOUSEHOLD)
				? householdBenefits(event.personId(), event.occurredOn()) : List.of();
		List<ImpactReview.Proposal> proposals = new ArrayList<>();
		for (ImpactRules.Rule rule : matching) {
			boolean others = rule.who() == ImpactRules.Who.HOUSEHOLD;
			for (Benefit b : others ? household : own) {
				if (!rule.covers(b.programCode())) {
					continue;
				}
				Integer months = null;
				Long amount = null;
				if (rule.action() == ImpactAction.RECOVER) {
					months = this.rules.monthsPaidAfter(event.occurredOn(), today, b.periodFrom(), b.periodTo());
					if (months == 0) {
						continue;
					}
					amount = b.amountWon() * months;
				}
				proposals.add(new ImpactReview.Proposal(proposals.size() + 1, b.id(), b.personId(), others,
						b.programCode(), rule.action(), rule.id(), b.amountWon(), months, amount,
						rule.effectiveFrom(event.occurredOn()), today.plusDays(rule.deadlineDays()), rule.legalBasis(),
						null, null, null));
			}
		}
		if (proposals.isEmpty()) {
			return;
		}
		String dong = this.jdbc.queryForObject("select admin_dong_code from reg_person where id = ?", String.class,
				event.personId());
		String sigungu = dong.substring(0, 5);
		String previous = event.kind() == LifeEventKind.MOVE && !sigungu.equals(event.previousSigunguCode())
				? event.previousSigunguCode() : null;
		UUID reviewId = UUID.randomUUID();
		long no = this.jdbc.queryForObject("select nextval('int_impact_review_no_seq')", Long.class);
		String reviewNo = ImpactReview.REVIEW_NO_PREFIX + today.getYear() + "-" + String.format("%06d", no);
		int created = this.jdbc.update("""
				insert into int_impact_review (id, change_id, review_no, person_id, change_kind, occurred_on,
				    sigungu_code, previous_sigungu_code, status, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?) on conflict (change_id) do nothing""", reviewId,
				event.changeId(), reviewNo, event.personId(), event.kind().name(), event.occurredOn(), sigungu,
				previous, Timestamp.from(this.clock.instant()));
		if (created == 0) {
			log.debug("Change {} has its impact review already", event.changeId());
			return;
		}
		for (ImpactReview.Proposal p : proposals) {
			this.jdbc.update("""
					insert into int_impact_proposal (review_id, seq, benefit_record_id, beneficiary_id,
					    household_member, program_code, action, rule, monthly_amount_won, months, amount_won,
					    effective_from, deadline, legal_basis)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", reviewId, p.seq(), p.benefitRecordId(),
					p.beneficiaryId(), p.householdMember(), p.programCode(), p.action().name(), p.rule(),
					p.monthlyAmountWon(), p.months(), p.amountWon(), p.effectiveFrom(), p.deadline(), p.legalBasis());
		}
		Set<String> groups = new LinkedHashSet<>();
		groups.add(OrgGroups.caseworkers(sigungu));
		if (previous != null) {
			groups.add(OrgGroups.caseworkers(previous));
		}
		LocalDate due = proposals.stream().map(ImpactReview.Proposal::deadline).min(LocalDate::compareTo).orElseThrow();
		String instance = this.runtime.startProcessInstanceByKey(ImpactReviewProcess.KEY, reviewNo,
				Map.of(ImpactReviewProcess.REVIEW_ID, reviewId.toString(), ImpactReviewProcess.CANDIDATE_GROUPS,
						String.join(",", groups), ImpactReviewProcess.DUE_DATE,
						Date.from(due.atTime(18, 0).atZone(ZONE).toInstant()), ImpactReviewProcess.PROPOSAL_COUNT,
						proposals.size(), ImpactReviewProcess.CHANGE_KIND, event.kind().name()))
			.getId();
		this.jdbc.update("update int_impact_review set process_instance_id = ? where id = ?", instance, reviewId);
		log.info("Impact review {} for change {}: {} proposals", reviewNo, event.changeId(), proposals.size());
	}

	private List<Benefit> activeBenefits(UUID personId, LocalDate on) {
		return this.jdbc.query("""
				select id, person_id, program_code, period_from, period_to, amount_won from reg_benefit_record
				where person_id = ? and status = 'ACTIVE' and (period_to is null or period_to >= ?)
				order by program_code, period_from""", ImpactReviewPlanner::benefit, personId, on);
	}

	private List<Benefit> householdBenefits(UUID personId, LocalDate on) {
		return this.jdbc.query("""
				select b.id, b.person_id, b.program_code, b.period_from, b.period_to, b.amount_won
				from reg_household_member m
				join reg_household_member o on o.household_id = m.household_id and o.person_id <> m.person_id
				join reg_benefit_record b on b.person_id = o.person_id
				where m.person_id = ? and b.status = 'ACTIVE' and (b.period_to is null or b.period_to >= ?)
				order by b.person_id, b.program_code, b.period_from""", ImpactReviewPlanner::benefit, personId, on);
	}

	private static Benefit benefit(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
		return new Benefit(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
				rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getLong(6));
	}

}
