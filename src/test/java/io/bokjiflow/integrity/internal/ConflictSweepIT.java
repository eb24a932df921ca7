package io.bokjiflow.integrity.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import io.bokjiflow.casework.CaseTasks;
import io.bokjiflow.casework.TaskRow;
import io.bokjiflow.casework.TaskScope;
import io.bokjiflow.integrity.DuplicateBenefitRules.Effect;
import io.bokjiflow.integrity.DuplicateBenefitSweep;
import io.bokjiflow.integrity.DuplicateBenefitSweep.ConflictPair;
import io.bokjiflow.integrity.DuplicateBenefitSweep.Finding;
import io.bokjiflow.integrity.DuplicateBenefitSweep.Outcome;
import io.bokjiflow.integrity.DuplicateBenefitSweep.ProposedAction;
import io.bokjiflow.integrity.DuplicateBenefitSweep.Review;
import io.bokjiflow.integrity.DuplicateBenefitSweep.Status;
import io.bokjiflow.integrity.DuplicateBenefitSweep.SweepResult;
import io.bokjiflow.registry.BenefitStatus;
import io.bokjiflow.registry.PersonStatus;
import io.bokjiflow.registry.RegistryBulkLoad;
import io.bokjiflow.registry.Relationship;
import io.bokjiflow.registry.Rrn;
import io.bokjiflow.shared.UserFacingException;
import io.bokjiflow.testing.IntegrationTest;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The nightly sweep over a generated household and a stranger in a private 행정동 code with
 * planted conflicts — person-level BLOCK (paid for three months: recover), WARN,
 * household-level BLOCK (just begun: stop) and OFFSET_AMOUNT, and OFFSET_AMOUNT of a
 * person without a household row — and planted non-conflicts: a person-level pair split
 * between two household members, an ENDED record, a record that ended yesterday, a pair
 * no rule names. The whole-database pass is checked on the planted records only (other
 * tests share the database); the storing sweep runs on the private scope.
 */
class ConflictSweepIT extends IntegrationTest {

	@Autowired
	private DuplicateBenefitSweep sweep;

	@Autowired
	private RegistryBulkLoad bulkLoad;

	@Autowired
	private TransactionTemplate tx;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TaskService taskService;

	@Autowired
	private CaseTasks caseTasks;

	@Autowired
	private Clock clock;

	private String dong;

	private final Set<UUID> planted = new java.util.HashSet<>();

	private UUID p1Education;

	private UUID p1Tuition;

	private UUID p1Culture;

	private UUID p1Travel;

	private UUID p2Livelihood;

	private UUID p3Emergency;

	private UUID p3Defector;

	private UUID p4Housing;

	private UUID p4YouthRent;

	@BeforeEach
	void plant() {
		LocalDate today = LocalDate.now(this.clock);
		this.dong = "11680" + "7" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
		UUID p1 = UUID.randomUUID();
		UUID p2 = UUID.randomUUID();
		UUID p3 = UUID.randomUUID();
		UUID p4 = UUID.randomUUID();
		this.p1Education = UUID.randomUUID();
		this.p1Tuition = UUID.randomUUID();
		this.p1Culture = UUID.randomUUID();
		this.p1Travel = UUID.randomUUID();
		this.p2Livelihood = UUID.randomUUID();
		this.p3Emergency = UUID.randomUUID();
		this.p3Defector = UUID.randomUUID();
		this.p4Housing = UUID.randomUUID();
		this.p4YouthRent = UUID.randomUUID();
		List<RegistryBulkLoad.BenefitRecord> p1Benefits = List.of(
				// pair 1 (BLOCK, person): the tuition began three months ago → recover
				benefit(this.p1Education, "EDUCATION_BENEFIT", "11680", today.minusMonths(6), 100_000),
				benefit(this.p1Tuition, "VETERAN_TUITION", "11110", today.minusMonths(3), 200_000),
				// pair 31 (WARN, person)
				benefit(this.p1Culture, "CULTURE_VOUCHER", "11680", today.minusMonths(2), 110_000),
				benefit(this.p1Travel, "TRAVEL_VOUCHER", "11680", today.minusMonths(1), 150_000),
				// no rule pairs housing benefit with education benefit
				benefit(UUID.randomUUID(), "HOUSING_BENEFIT", "11680", today.minusMonths(4), 300_000),
				// pair 17 with p3's emergency livelihood, but ENDED
				new RegistryBulkLoad.BenefitRecord(UUID.randomUUID(), "DISASTER_RELIEF", "11680", today.minusMonths(4),
						null, 50_000, BenefitStatus.ENDED, "test: ConflictSweepIT"),
				// pair 24 with emergency medical below, but ended yesterday
				new RegistryBulkLoad.BenefitRecord(UUID.randomUUID(), "MEDICAL_AID", "11680", today.minusMonths(4),
						today.minusDays(1), 10_000, BenefitStatus.ACTIVE, "test: ConflictSweepIT"),
				benefit(UUID.randomUUID(), "EMERGENCY_MEDICAL", "11680", today.minusDays(3), 20_000));
		List<RegistryBulkLoad.BenefitRecord> p2Benefits = List.of(
				// pair 1 is person-level: p2's tuition and p1's education benefit are no
				// conflict
				benefit(UUID.randomUUID(), "VETERAN_TUITION", "11680", today.minusMonths(2), 200_000),
				// a national agency: reviewed by the person's 시·군·구
				benefit(this.p2Livelihood, "LIVELIHOOD_BENEFIT", "1352000", today.minusMonths(6), 700_000));
		List<RegistryBulkLoad.BenefitRecord> p3Benefits = List.of(
				// pair 16 (BLOCK, household) with p2's livelihood; began 5 days ago →
				// stop
				benefit(this.p3Emergency, "EMERGENCY_LIVELIHOOD", "11680", today.minusDays(5), 50_000),
				// pair 19 (OFFSET_AMOUNT 300,000, household) with p2's livelihood
				benefit(this.p3Defector, "DEFECTOR_SETTLEMENT_GRANT", "11680", today.minusMonths(2), 500_000));
		List<RegistryBulkLoad.BenefitRecord> p4Benefits = List.of(
				// pair 28 (OFFSET_AMOUNT 200,000, household) without a household row; the
				// offset is capped at the later record's 150,000
				benefit(this.p4Housing, "HOUSING_BENEFIT", "11680", today.minusMonths(5), 250_000),
				benefit(this.p4YouthRent, "YOUTH_RENT_SUPPORT", "11680", today.minusMonths(1), 150_000),
				// pair 16 with p3's emergency livelihood: p4 is not in that household
				benefit(UUID.randomUUID(), "LIVELIHOOD_BENEFIT", "11680", today.minusMonths(6), 600_000));
		int base = ThreadLocalRandom.current().nextInt(90_000);
		List<RegistryBulkLoad.PersonRecord> persons = new ArrayList<>();
		persons.add(person(p1, LocalDate.of(1975, 3, 4), base, p1Benefits));
		persons.add(person(p2, LocalDate.of(1977, 5, 6), base + 1, p2Benefits));
		persons.add(person(p3, LocalDate.of(2003, 7, 8), base + 2, p3Benefits));
		persons.add(person(p4, LocalDate.of(1990, 9, 10), base + 3, p4Benefits));
		persons.forEach(p -> p.benefits().forEach(b -> this.planted.add(b.id())));
		this.tx.executeWithoutResult(status -> {
			RegistryBulkLoad.Batch batch = this.bulkLoad.newBatch();
			persons.forEach(batch::add);
			batch.add(new RegistryBulkLoad.HouseholdRecord(UUID.randomUUID(), p1, this.dong, "서울특별시 강남구",
					List.of(new RegistryBulkLoad.MemberRecord(p1, Relationship.HEAD),
							new RegistryBulkLoad.MemberRecord(p2, Relationship.SPOUSE),
							new RegistryBulkLoad.MemberRecord(p3, Relationship.CHILD))));
			this.bulkLoad.write(batch);
		});
	}

	/** The planted conflicts as (rule, record a, record b). */
	private Set<List<Object>> expected() {
		return Set.of(pair(1, this.p1Education, this.p1Tuition), pair(31, this.p1Culture, this.p1Travel),
				pair(16, this.p2Livelihood, this.p3Emergency), pair(19, this.p2Livelihood, this.p3Defector),
				pair(28, this.p4Housing, this.p4YouthRent));
	}

	private static List<Object> pair(int rule, UUID x, UUID y) {
		// PostgreSQL orders uuids by their bytes, as their lower-case text sorts (Java's
		// UUID.compareTo compares signed longs)
		return x.toString().compareTo(y.toString()) < 0 ? List.of(rule, x, y) : List.of(rule, y, x);
	}

	private static Set<List<Object>> asPairs(List<ConflictPair> pairs) {
		return pairs.stream()
			.map(p -> List.<Object>of(p.ruleNumber(), p.recordA(), p.recordB()))
			.collect(Collectors.toSet());
	}

	@Test
	void shouldFindExactlyThePlantedConflictsInTheWholeDatabaseAndInTheScope() {
		List<ConflictPair> everywhere = this.sweep.pairs(null);
		List<ConflictPair> ours = everywhere.stream()
			.filter(p -> this.planted.contains(p.recordA()) || this.planted.contains(p.recordB()))
			.toList();
		assertThat(asPairs(ours)).isEqualTo(expected());
		assertThat(ours).as("each pair once").hasSize(5);
		assertThat(ours).allSatisfy(p -> assertThat(p.recordA().toString()).isLessThan(p.recordB().toString()));
		assertThat(asPairs(this.sweep.pairs(this.dong))).isEqualTo(expected());
	}

	@Test
	void shouldStoreEachFindingOnceWithItsProposedActionAndStartOneReviewForBothDistricts() {
		SweepResult first = this.sweep.sweep(this.dong);
		assertThat(first.pairsFound()).isEqualTo(5);
		assertThat(first.created()).isEqualTo(5);
		Map<Integer, Finding> byRule = this.sweep.findings(this.dong)
			.stream()
			.collect(Collectors.toMap(Finding::ruleNumber, f -> f));
		assertThat(byRule).containsOnlyKeys(1, 16, 19, 28, 31);

		Finding block = byRule.get(1);
		assertThat(block.effect()).isEqualTo(Effect.BLOCK);
		assertThat(block.proposedAction()).isEqualTo(ProposedAction.RECOVER);
		assertThat(block.actionRecord()).as("the later-granted one").isEqualTo(this.p1Tuition);
		assertThat(block.recoverMonths()).isEqualTo(3);
		assertThat(block.recoverAmountWon()).isEqualTo(600_000L);
		assertThat(List.of(block.sigunguA(), block.sigunguB())).containsExactlyInAnyOrder("11680", "11110");
		Finding stop = byRule.get(16);
		assertThat(stop.proposedAction()).isEqualTo(ProposedAction.STOP);
		assertThat(stop.actionRecord()).isEqualTo(this.p3Emergency);
		assertThat(stop.household()).isTrue();
		assertThat(List.of(stop.sigunguA(), stop.sigunguB())).as("a national agency: the person's 시·군·구")
			.containsExactly("11680", "11680");
		assertThat(byRule.get(19).proposedAction()).isEqualTo(ProposedAction.OFFSET);
		assertThat(byRule.get(19).offsetAmountWon()).isEqualTo(300_000L);
		assertThat(byRule.get(19).actionRecord()).isEqualTo(this.p3Defector);
		assertThat(byRule.get(28).offsetAmountWon()).as("capped at the later record's amount").isEqualTo(150_000L);
		assertThat(byRule.get(31).proposedAction()).isEqualTo(ProposedAction.REVIEW);
		assertThat(byRule.get(31).actionRecord()).isNull();
		assertThat(byRule.values()).allSatisfy(f -> assertThat(f.status()).isEqualTo(Status.OPEN));

		// one review per finding; the pair-1 review goes to both 시·군·구
		Task review = reviewTask(block);
		assertThat(this.taskService.getIdentityLinksForTask(review.getId())).extracting(IdentityLink::getGroupId)
			.containsExactlyInAnyOrder("caseworkers-11680", "caseworkers-11110");
		assertThat(this.jdbc.queryForObject("select application_no from cw_task where task_id = ?", String.class,
				review.getId()))
			.as("the task list's projection shows the finding number")
			.isEqualTo(block.findingNo());
		List<String> jongnoGroupTasks = as("cw.jongno",
				() -> this.caseTasks.tasks(TaskScope.GROUP, 0, 10_000).stream().map(TaskRow::taskId).toList());
		assertThat(jongnoGroupTasks).contains(review.getId());
		for (Finding f : byRule.values()) {
			assertThat(this.taskService.createTaskQuery()
				.processInstanceBusinessKey(f.findingNo())
				.processDefinitionKey(DuplicateBenefitSweep.REVIEW_PROCESS_KEY)
				.count()).isEqualTo(1);
		}

		// a second sweep creates nothing
		SweepResult second = this.sweep.sweep(this.dong);
		assertThat(second.pairsFound()).isEqualTo(5);
		assertThat(second.created()).isZero();
		assertThat(this.sweep.findings(this.dong)).hasSize(5);
		assertThat(this.taskService.createTaskQuery()
			.processDefinitionKey(DuplicateBenefitSweep.REVIEW_PROCESS_KEY)
			.processInstanceBusinessKeyIn(byRule.values().stream().map(Finding::findingNo).toArray(String[]::new))
			.count()).isEqualTo(5);
	}

	@Test
	void shouldRecordTheReviewOutcomeAndCloseFindingsWhoseRecordsEnded() {
		this.sweep.sweep(this.dong);
		Map<Integer, Finding> byRule = this.sweep.findings(this.dong)
			.stream()
			.collect(Collectors.toMap(Finding::ruleNumber, f -> f));
		Task review = reviewTask(byRule.get(1));

		// what the review view shows
		Review shown = as("cw.jongno", () -> this.sweep.review(review.getId())).orElseThrow();
		assertThat(shown.finding().id()).isEqualTo(byRule.get(1).id());
		assertThat(shown.formJson()).contains("\"id\": \"conflict-review\"");
		assertThat((String) shown.variables().get("proposedText")).contains("600,000");
		assertThat((String) shown.variables().get("ruleText")).startsWith("규칙 1 ");
		// pair 28 is 강남구's only: 종로구 does not see it
		Task gangnamOnly = reviewTask(byRule.get(28));
		assertThat(as("cw.jongno", () -> this.sweep.review(gangnamOnly.getId()))).isEmpty();

		assertThatThrownBy(() -> as("cw.jongno", () -> {
			this.sweep.completeReview(review.getId(), Outcome.FALSE_POSITIVE, "no");
			return null;
		})).isInstanceOf(UserFacingException.class).hasMessage("integrity.error.reviewReason");
		assertThat(this.taskService.createTaskQuery().taskId(review.getId()).singleResult().getAssignee())
			.as("a refused completion changes nothing")
			.isNull();
		as("cw.jongno", () -> {
			this.sweep.completeReview(review.getId(), Outcome.FALSE_POSITIVE, "보훈 수업료는 대학, 교육급여는 동생 몫으로 확인");
			return null;
		});
		Finding reviewed = this.sweep.findings(this.dong)
			.stream()
			.filter(f -> f.ruleNumber() == 1)
			.findFirst()
			.orElseThrow();
		assertThat(reviewed.status()).isEqualTo(Status.REVIEWED);
		assertThat(reviewed.outcome()).isEqualTo(Outcome.FALSE_POSITIVE);
		assertThat(reviewed.outcomeReason()).startsWith("보훈 수업료");
		assertThat(reviewed.reviewedBy()).isEqualTo("cw.jongno");
		assertThat(this.taskService.createTaskQuery().taskId(review.getId()).count()).isZero();

		// accepting needs no reason
		Task warn = reviewTask(byRule.get(31));
		as("cw.gangnam", () -> {
			this.sweep.completeReview(warn.getId(), Outcome.ACCEPTED, null);
			return null;
		});

		// the youth rent support ends: the next sweep closes pair 28 and its open review
		Task offset = reviewTask(byRule.get(28));
		this.jdbc.update("update reg_benefit_record set status = 'ENDED' where id = ?", this.p4YouthRent);
		SweepResult next = this.sweep.sweep(this.dong);
		assertThat(next.created()).isZero();
		assertThat(next.resolved()).isEqualTo(1);
		assertThat(this.sweep.findings(this.dong)).filteredOn(f -> f.ruleNumber() == 28)
			.extracting(Finding::status)
			.containsExactly(Status.RESOLVED);
		assertThat(this.taskService.createTaskQuery().taskId(offset.getId()).count()).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from cw_task where task_id = ?", Integer.class,
				offset.getId()))
			.isZero();
		assertThat(this.sweep.findings(this.dong)).filteredOn(f -> f.ruleNumber() == 31)
			.extracting(Finding::status, Finding::outcome, Finding::reviewedBy)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Status.REVIEWED, Outcome.ACCEPTED, "cw.gangnam"));
	}

	@Test
	void shouldLetOnlyAnAdministratorRunTheSweepOnDemand() {
		assertThatThrownBy(() -> as("cw.gangnam", () -> this.sweep.runNow())).isInstanceOf(UserFacingException.class)
			.hasMessage("integrity.error.administratorOnly");
	}

	private Task reviewTask(Finding finding) {
		return this.taskService.createTaskQuery()
			.processInstanceBusinessKey(finding.findingNo())
			.processDefinitionKey(DuplicateBenefitSweep.REVIEW_PROCESS_KEY)
			.singleResult();
	}

	private static RegistryBulkLoad.BenefitRecord benefit(UUID id, String program, String agency, LocalDate from,
			long amount) {
		return new RegistryBulkLoad.BenefitRecord(id, program, agency, from, null, amount, BenefitStatus.ACTIVE,
				"test: ConflictSweepIT");
	}

	private RegistryBulkLoad.PersonRecord person(UUID id, LocalDate born, int serial,
			List<RegistryBulkLoad.BenefitRecord> benefits) {
		return new RegistryBulkLoad.PersonRecord(id, rrn(born, serial), "점검" + serial, born, "M", "서울특별시 강남구",
				this.dong, LocalDate.of(2010, 1, 1), PersonStatus.ALIVE, List.of(), benefits, List.of(), List.of());
	}

	/**
	 * A valid legacy resident number (check digit) of a man born in the 1900s or 2000s.
	 */
	private static Rrn rrn(LocalDate born, int serial) {
		char sex = born.getYear() >= 2000 ? '3' : '1';
		String front = "%02d%02d%02d".formatted(born.getYear() % 100, born.getMonthValue(), born.getDayOfMonth()) + sex
				+ "%05d".formatted(serial % 100_000);
		int[] weights = { 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5 };
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			sum += (front.charAt(i) - '0') * weights[i];
		}
		return Rrn.parse(front.substring(0, 6) + "-" + front.substring(6) + (11 - sum % 11) % 10);
	}

}
