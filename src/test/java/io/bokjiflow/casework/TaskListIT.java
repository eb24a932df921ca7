package io.bokjiflow.casework;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.bokjiflow.identity.Absence;
import io.bokjiflow.identity.Absences;
import io.bokjiflow.shared.ClockConfiguration;
import io.bokjiflow.shared.UserFacingException;
import io.bokjiflow.testing.IntegrationTest;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The task list over its projection: it shows exactly what the engine holds, filters and
 * sorts by business data, and carries bulk claim, reassignment, delegation, absence cover
 * and saved filters — each refused where the rules say so.
 */
class TaskListIT extends IntegrationTest {

	@Autowired
	private Casework casework;

	@Autowired
	private CaseTasks tasks;

	@Autowired
	private Absences absences;

	@Autowired
	private TaskService taskService;

	@Autowired
	private JdbcTemplate jdbc;

	private List<ApplicationSummary> apps;

	private List<String> taskIds;

	@BeforeEach
	void threeReviewTasksInGangnam() {
		this.apps = List.of(submit("강하늘"), submit("윤보라"), submit("임시완"));
		this.taskIds = this.apps.stream().map(a -> awaitTask(a.applicationNo()).getId()).toList();
	}

	private ApplicationSummary submit(String name) {
		return as("cw.gangnam", () -> this.casework.submit(new NewApplication("TRAVEL_VOUCHER", newApplicantRrn(), name,
				null, "1168065000", true, false, UUID.randomUUID().toString())));
	}

	@AfterEach
	void completeWhatIsLeft() {
		approveOpenTasks(this.apps.stream().map(ApplicationSummary::applicationNo).toList());
		as("cw.gangnam", () -> {
			this.absences.mine().forEach(a -> this.absences.cancel(a.id()));
			this.tasks.savedFilters()
				.stream()
				.filter(f -> f.owner().equals("cw.gangnam"))
				.forEach(f -> this.tasks.deleteFilter(f.id()));
			return null;
		});
		signOut();
	}

	@Test
	void shouldListExactlyTheTasksTheEngineOffersTheGroup() {
		List<String> engine = this.taskService.createTaskQuery()
			.taskCandidateGroup("caseworkers-11680")
			.taskUnassigned()
			.active()
			.list()
			.stream()
			.map(Task::getId)
			.toList();
		List<String> listed = as("cw.gangnam2", () -> this.tasks.tasks(TaskScope.GROUP, 0, 10_000)).stream()
			.map(TaskRow::taskId)
			.toList();
		assertThat(listed).containsAll(this.taskIds).containsExactlyInAnyOrderElementsOf(engine);
		assertThat(as("cw.jongno", () -> this.tasks.tasks(TaskScope.ALL, 0, 10_000)))
			.noneMatch(r -> this.taskIds.contains(r.taskId()));

		TaskRow row = as("cw.gangnam2", () -> this.tasks.tasks(exactly(this.apps.get(0)), 0, 10)).get(0);
		assertThat(row.programCode()).isEqualTo("TRAVEL_VOUCHER");
		assertThat(row.applicantMasked()).isEqualTo("강*늘");
		assertThat(row.adminDongCode()).isEqualTo("1168065000");
		assertThat(row.flags()).contains("NEW_APPLICANT");
		assertThat(row.status()).isEqualTo(ApplicationStatus.IN_REVIEW);
		assertThat(row.appliedAt()).isNotNull();
		assertThat(row.dueOn()).isAfter(LocalDate.now(ClockConfiguration.ZONE));
	}

	@Test
	void shouldFollowDueDateChangesMadeThroughTheEngine() {
		String taskId = this.taskIds.get(0);
		LocalDate later = LocalDate.now(ClockConfiguration.ZONE).plusDays(40);
		this.taskService.setDueDate(taskId, Date.from(later.atStartOfDay(ClockConfiguration.ZONE).toInstant()));
		assertThat(as("cw.gangnam", () -> this.tasks.tasks(exactly(this.apps.get(0)), 0, 10))).singleElement()
			.satisfies(r -> assertThat(r.dueOn()).isEqualTo(later));
	}

	@Test
	void shouldFilterAndSortByBusinessData() {
		TaskFilter mine = filter(TaskScope.GROUP, null, null, null, false);
		assertThat(ids(mine.sortedBy(TaskSort.APPLICATION_NO, true))).containsSubsequence(this.taskIds.get(2),
				this.taskIds.get(1), this.taskIds.get(0));
		assertThat(ids(mine.sortedBy(TaskSort.APPLICATION_NO, false))).containsSubsequence(this.taskIds.get(0),
				this.taskIds.get(1), this.taskIds.get(2));
		assertThat(ids(filter(TaskScope.GROUP, Set.of("TRAVEL_VOUCHER"), Set.of("NEW_APPLICANT"), "1168065000", false)))
			.containsAll(this.taskIds);
		assertThat(ids(filter(TaskScope.GROUP, Set.of("BASIC_LIVELIHOOD"), null, null, false)))
			.doesNotContainAnyElementsOf(this.taskIds);
		assertThat(ids(filter(TaskScope.GROUP, null, Set.of("ADDRESS_MISMATCH"), null, false)))
			.doesNotContainAnyElementsOf(this.taskIds);
		assertThat(ids(filter(TaskScope.GROUP, null, null, "1168064000", false)))
			.doesNotContainAnyElementsOf(this.taskIds);
		assertThat(ids(filter(TaskScope.GROUP, null, null, null, true))).doesNotContainAnyElementsOf(this.taskIds);
		assertThat(as("cw.gangnam", () -> this.tasks.count(exactly(this.apps.get(1))))).isOne();
	}

	@Test
	void shouldFollowChangesOfTheCaseItself() {
		String no = this.apps.get(0).applicationNo();
		assertThat(ids(filter(TaskScope.GROUP, null, Set.of("ADDRESS_MISMATCH"), null, false)))
			.doesNotContain(this.taskIds.get(0));
		// What the investigation or an integrity check does to a case's flags (issue 6).
		this.jdbc.update("update cw_application set flags = 'NEW_APPLICANT,ADDRESS_MISMATCH' where application_no = ?",
				no);
		assertThat(ids(filter(TaskScope.GROUP, null, Set.of("ADDRESS_MISMATCH"), null, false)))
			.containsExactly(this.taskIds.get(0));
		assertThat(as("cw.gangnam", () -> this.tasks.tasks(exactly(this.apps.get(0)), 0, 10)).get(0).flags())
			.containsExactly("NEW_APPLICANT", "ADDRESS_MISMATCH");
		this.jdbc.update("update cw_application set flags = 'NEW_APPLICANT' where application_no = ?", no);
		assertThat(ids(filter(TaskScope.GROUP, null, Set.of("ADDRESS_MISMATCH"), null, false)))
			.doesNotContain(this.taskIds.get(0));
	}

	@Test
	void shouldTreatFilterValuesAsDataNeverAsSql() {
		for (String evil : List.of("x' or '1'='1", "%", "_", "'; drop table cw_task; --", "\\")) {
			TaskFilter f = new TaskFilter(TaskScope.GROUP, Set.of(evil), evil, evil, null, null, null, false, null,
					null, evil, Set.of(evil), false, Set.of(evil), null, false);
			assertThat(as("cw.gangnam", () -> this.tasks.tasks(f, 0, 50))).as(evil).isEmpty();
			assertThat(as("cw.gangnam", () -> this.tasks.count(f))).as(evil).isZero();
		}
		assertThat(as("cw.gangnam", () -> this.tasks.count(TaskScope.GROUP))).isGreaterThanOrEqualTo(3);
	}

	@Test
	void shouldBulkClaimWhatIsFreeAndSayWhyNotForTheRest() {
		as("cw.gangnam2", () -> {
			this.tasks.claim(this.taskIds.get(1));
			return null;
		});
		BulkResult result = as("cw.gangnam", () -> this.tasks.claimAll(this.taskIds));
		assertThat(result.done()).containsExactly(this.taskIds.get(0), this.taskIds.get(2));
		assertThat(result.refused()).containsOnlyKeys(this.taskIds.get(1));
		assertThat(result.refused().get(this.taskIds.get(1)).messageKey()).isEqualTo("task.error.claimedBy");
		assertThat(ids(TaskFilter.of(TaskScope.MINE), "cw.gangnam")).contains(this.taskIds.get(0), this.taskIds.get(2));
		assertThat(this.taskService.createTaskQuery().taskId(this.taskIds.get(1)).singleResult().getAssignee())
			.isEqualTo("cw.gangnam2");
	}

	@Test
	void shouldLetTheSupervisorReassignButNotAColleagueWhoDoesNotHoldTheTask() {
		BulkResult notHis = as("cw.gangnam", () -> this.tasks.reassign(this.taskIds, "cw.gangnam2"));
		assertThat(notHis.done()).isEmpty();
		assertThat(notHis.refused().values()).extracting(BulkResult.Refusal::messageKey)
			.containsOnly("task.error.mayNotReassign");

		assertThat(ids(TaskFilter.of(TaskScope.TEAM), "sv.gangnam")).containsAll(this.taskIds);
		BulkResult toJongno = as("sv.gangnam", () -> this.tasks.reassign(this.taskIds, "cw.jongno"));
		assertThat(toJongno.refused().values()).extracting(BulkResult.Refusal::messageKey)
			.containsOnly("task.error.notCandidateColleague");

		BulkResult done = as("sv.gangnam", () -> this.tasks.reassign(this.taskIds, "cw.gangnam2"));
		assertThat(done.done()).containsExactlyElementsOf(this.taskIds);
		assertThat(ids(TaskFilter.of(TaskScope.MINE), "cw.gangnam2")).containsAll(this.taskIds);
	}

	@Test
	void shouldReturnADelegatedTaskToItsOwner() {
		String taskId = this.taskIds.get(0);
		as("cw.gangnam", () -> {
			this.tasks.claim(taskId);
			this.tasks.delegate(taskId, "cw.gangnam2");
			return null;
		});
		TaskRow delegated = as("cw.gangnam2", () -> this.tasks.tasks(TaskScope.MINE, 0, 500)).stream()
			.filter(r -> r.taskId().equals(taskId))
			.findFirst()
			.orElseThrow();
		assertThat(delegated.delegated()).isTrue();
		assertThat(delegated.owner()).isEqualTo("cw.gangnam");
		assertThatThrownBy(() -> as("cw.gangnam2", () -> {
			this.tasks.unclaim(taskId);
			return null;
		})).isInstanceOfSatisfying(UserFacingException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("task.error.delegatedResolve"));

		as("cw.gangnam2", () -> {
			this.tasks.complete(taskId, Map.of("reviewOutcome", "APPROVE", "evidenceChecked", true));
			return null;
		});
		Task back = this.taskService.createTaskQuery().taskId(taskId).singleResult();
		assertThat(back).as("resolving does not complete the task").isNotNull();
		assertThat(back.getAssignee()).isEqualTo("cw.gangnam");
		assertThat(back.getDelegationState()).isEqualTo(DelegationState.RESOLVED);
		assertThat(ids(TaskFilter.of(TaskScope.MINE), "cw.gangnam")).contains(taskId);
	}

	@Test
	void shouldShowAnAbsentColleaguesTasksToTheCoverAndLetThemTakeOver() {
		String taskId = this.taskIds.get(0);
		LocalDate today = LocalDate.now(ClockConfiguration.ZONE);
		Absence absence = as("cw.gangnam", () -> {
			this.tasks.claim(taskId);
			return this.absences.markAbsent(today, today.plusDays(2), "cw.gangnam2", "연가");
		});
		assertThat(ids(TaskFilter.of(TaskScope.COVER), "cw.gangnam2")).contains(taskId)
			.doesNotContain(this.taskIds.get(1), this.taskIds.get(2));
		assertThat(ids(TaskFilter.of(TaskScope.COVER), "sv.gangnam")).contains(taskId);
		assertThat(ids(TaskFilter.of(TaskScope.COVER), "cw.jongno")).isEmpty();
		assertThatThrownBy(() -> as("cw.jongno", () -> {
			this.tasks.claim(taskId);
			return null;
		})).isInstanceOfSatisfying(UserFacingException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("task.error.notFound"));

		as("cw.gangnam2", () -> {
			this.tasks.claim(taskId);
			return null;
		});
		assertThat(this.taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee())
			.isEqualTo("cw.gangnam2");
		assertThat(absence.covers(today.plusDays(1))).isTrue();
		assertThatThrownBy(() -> as("cw.gangnam",
				() -> this.absences.markAbsent(today.plusDays(1), today.plusDays(3), null, null)))
			.isInstanceOfSatisfying(UserFacingException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("absence.error.overlap"));
		assertThatThrownBy(() -> as("cw.gangnam",
				() -> this.absences.markAbsent(today.plusDays(5), today.plusDays(6), "cw.jongno", null)))
			.isInstanceOfSatisfying(UserFacingException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("absence.error.cover"));
	}

	@Test
	void shouldKeepPersonalFiltersPersonalAndShareSharedOnesWithinTheOrganisation() {
		TaskFilter overdue = filter(TaskScope.GROUP, Set.of("TRAVEL_VOUCHER"), null, null, true);
		SavedTaskFilter personal = as("cw.gangnam", () -> this.tasks.saveFilter("내 지연 업무", false, overdue));
		SavedTaskFilter shared = as("cw.gangnam", () -> this.tasks.saveFilter("강남 여행바우처", true,
				filter(TaskScope.GROUP, Set.of("TRAVEL_VOUCHER"), null, null, false)));

		assertThat(as("cw.gangnam", () -> this.tasks.savedFilters())).extracting(SavedTaskFilter::name)
			.contains("내 지연 업무", "강남 여행바우처");
		assertThat(as("cw.gangnam", () -> this.tasks.savedFilters())).filteredOn(f -> f.id().equals(personal.id()))
			.singleElement()
			.satisfies(f -> assertThat(f.filter()).isEqualTo(overdue));
		// cw.gangnam2 works in another 동 of the same organisation tree but another
		// organisation code: shared filters are shared within the owner's organisation.
		assertThat(as("sv.gangnam", () -> this.tasks.savedFilters())).extracting(SavedTaskFilter::id)
			.doesNotContain(personal.id());
		assertThat(as("cw.jongno", () -> this.tasks.savedFilters())).extracting(SavedTaskFilter::id)
			.doesNotContain(personal.id(), shared.id());
		assertThatThrownBy(() -> as("cw.gangnam2", () -> {
			this.tasks.deleteFilter(shared.id());
			return null;
		})).isInstanceOfSatisfying(UserFacingException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("tasks.filter.error.notYours"));
		assertThatThrownBy(() -> as("cw.gangnam", () -> this.tasks.saveFilter(" ", false, overdue)))
			.isInstanceOf(UserFacingException.class);
	}

	private static TaskFilter exactly(ApplicationSummary app) {
		return new TaskFilter(TaskScope.TEAM, null, null, app.applicationNo(), null, null, null, false, null, null,
				null, null, false, null, null, false);
	}

	private static TaskFilter filter(TaskScope scope, Set<String> programs, Set<String> flags, String dong,
			boolean overdue) {
		return new TaskFilter(scope, programs, dong, null, null, null, null, overdue, null, null, null, flags, false,
				null, null, false);
	}

	private List<String> ids(TaskFilter filter) {
		return ids(filter, "cw.gangnam");
	}

	private List<String> ids(TaskFilter filter, String user) {
		return as(user, () -> this.tasks.tasks(filter, 0, 10_000)).stream().map(TaskRow::taskId).toList();
	}

}
