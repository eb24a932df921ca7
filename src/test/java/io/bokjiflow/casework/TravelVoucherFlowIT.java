package io.bokjiflow.casework;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.bokjiflow.publicdata.internal.SimulatorFaults;
import io.bokjiflow.registry.Registry;
import io.bokjiflow.shared.UserFacingException;
import io.bokjiflow.testing.IntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The travel voucher end to end on the running application: submission, the qualification
 * fetched from the public-data SIMULATOR over HTTP, the review task for the applicant's
 * 시·군·구, claim, completion, and the decision, notice and history in PostgreSQL.
 */
class TravelVoucherFlowIT extends IntegrationTest {

	private static final Duration WAIT = Duration.ofSeconds(30);

	@Autowired
	private Casework casework;

	@Autowired
	private CaseTasks tasks;

	@Autowired
	private TaskService taskService;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private HistoryService history;

	@Autowired
	private ManagementService management;

	@Autowired
	private SimulatorFaults faults;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Registry registry;

	@AfterEach
	void cleanUp() {
		this.faults.clear();
		signOut();
	}

	@Test
	void shouldCarryAnEligibleApplicationFromSubmissionToRecordedApproval() {
		ApplicationSummary app = as("cw.gangnam", () -> this.casework.submit(new NewApplication("TRAVEL_VOUCHER",
				"580315-2123457", "김영희", "서울 강남구 테헤란로 1", "1168064000", true, false, UUID.randomUUID().toString())));
		assertThat(app.applicationNo()).matches("TV-\\d{4}-\\d{6}");
		assertThat(app.applicantMasked()).isEqualTo("김*희");

		Task task = awaitReviewTask(app);
		assertThat(this.taskService.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
			.containsExactly("caseworkers-11680");
		assertThat(task.getDueDate()).isNotNull();

		TaskRow row = as("cw.gangnam", () -> this.tasks.tasks(TaskScope.GROUP, 0, 200)).stream()
			.filter(r -> r.taskId().equals(task.getId()))
			.findFirst()
			.orElseThrow();
		assertThat(row.applicationNo()).isEqualTo(app.applicationNo());
		assertThat(row.applicantMasked()).isEqualTo("김*희");
		assertThat(row.adminDongCode()).isEqualTo("1168064000");

		as("cw.gangnam", () -> {
			this.tasks.claim(task.getId());
			TaskDetails details = this.tasks.open(task.getId());
			assertThat(details.form().id()).isEqualTo("case-review");
			assertThat(details.caseFile().eligible()).contains(true);
			assertThat(details.caseFile().eligibilityRule()).contains("BASIC_LIVELIHOOD");
			assertThat(details.caseFile().evidence()).singleElement().satisfies(ev -> {
				assertThat(ev.source()).contains("SIMULATOR");
				assertThat(ev.legalBasis()).isNotBlank();
				assertThat(ev.qualifications()).extracting(q -> q.kind().name()).contains("BASIC_LIVELIHOOD");
			});
			assertThatThrownBy(() -> this.tasks.complete(task.getId(), Map.of())).isInstanceOfSatisfying(
					FormValidationException.class,
					ex -> assertThat(ex.fieldErrors()).containsEntry("reviewOutcome", "form.error.required"));
			this.tasks.complete(task.getId(),
					Map.of("reviewOutcome", "APPROVE", "reviewNote", "확인 완료", "evidenceChecked", true));
			return null;
		});

		CaseFile file = as("cw.gangnam", () -> this.casework.caseFile(app.id())).orElseThrow();
		assertThat(file.application().status()).isEqualTo(ApplicationStatus.APPROVED);
		assertThat(file.decision()).hasValueSatisfying(d -> {
			assertThat(d.outcome()).isEqualTo(ApplicationStatus.APPROVED);
			assertThat(d.decidedBy()).isEqualTo("cw.gangnam");
			assertThat(d.ruleReason()).isEqualTo("BASIC_LIVELIHOOD");
		});
		assertThat(this.jdbc.queryForObject("select count(*) from cw_notice where application_id = ?", Long.class,
				app.id()))
			.isOne();
		HistoricProcessInstance hpi = this.history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(app.applicationNo())
			.processDefinitionKey("travel-voucher")
			.singleResult();
		assertThat(hpi.getEndTime()).isNotNull();
		assertThat(hpi.getEndActivityId()).isEqualTo("end_decided");
		// The approved voucher is ordered through payments once: the catalogue's amount,
		// no seizure-protected account (관광진흥법 is not among the laws that allow one), the
		// applicant's normal account if the registry has one, else cash at the centre;
		// its
		// payment process waits for the bank.
		Map<String, Object> order = this.jdbc.queryForMap("""
				select amount_won, seizure_protected_allowed, sigungu_code, reference, route, status, order_no
				from pay_order where idempotency_key = ?""", "application:" + app.applicationNo());
		assertThat(order).containsEntry("amount_won", 100_000L)
			.containsEntry("seizure_protected_allowed", false)
			.containsEntry("sigungu_code", "11680")
			.containsEntry("reference", app.applicationNo())
			.containsEntry("status", "ORDERED");
		boolean hasNormal = this.jdbc.queryForObject(
				"select count(*) from reg_bank_account where person_id = ? and kind = 'NORMAL' and closed_on is null",
				Long.class, app.personId()) > 0;
		assertThat(order.get("route")).isEqualTo(hasNormal ? "NORMAL_ACCOUNT" : "CASH_AT_CENTRE");
		assertThat(this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey((String) order.get("order_no"))
			.processDefinitionKey("payment-order")
			.count()).isOne();
		assertThat(this.runtime.createProcessInstanceQuery().processInstanceBusinessKey(app.applicationNo()).count())
			.as("the case's own processes have ended; the payment runs under the order number")
			.isZero();
		assertThat(this.history.createHistoricTaskInstanceQuery()
			.processInstanceBusinessKey(app.applicationNo())
			.taskAssignee("cw.gangnam")
			.finished()
			.count()).isOne();
		// Every reveal of the clear resident number was audited, and no table holds it in
		// clear.
		assertThat(this.jdbc.queryForObject(
				"select count(*) from reg_access_audit where person_id = ? and purpose like 'application %'",
				Long.class, app.personId()))
			.isPositive();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from reg_person where encode(rrn_cipher, 'escape') like '%580315%'", Long.class))
			.isZero();
	}

	@Test
	void shouldRejectByRuleWithoutATaskWhenThePublicDataShowNoQualificationOfAKnownPerson() {
		// A generated resident the integrated DB knows (in a household, as the population
		// load
		// writes them), with no qualification and no benefit at all (a benefit may form a
		// duplicate-benefit pair and send the case to review).
		UUID personId = this.jdbc.queryForObject("""
				select p.id from reg_person p
				where p.status = 'ALIVE' and p.birth_date < date '2000-01-01' and p.admin_dong_code like '11680%'
				  and not exists (select 1 from reg_qualification q where q.person_id = p.id)
				  and not exists (select 1 from cw_application a where a.person_id = p.id)
				  and not exists (select 1 from reg_benefit_record b where b.person_id = p.id)
				  and exists (select 1 from reg_household_member m where m.person_id = p.id)
				order by p.id limit 1""", UUID.class);
		String rrn = this.registry.revealRrn(personId, "test", "travel voucher IT").reveal();
		ApplicationSummary app = as("cw.gangnam", () -> this.casework
			.submit(new NewApplication("TRAVEL_VOUCHER", rrn, "주민", null, "1168065000", true, false, null)));

		await().atMost(WAIT).until(() -> finished(app));
		assertThat(
				this.history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(app.applicationNo()).count())
			.isZero();
		CaseFile file = as("cw.gangnam", () -> this.casework.caseFile(app.id())).orElseThrow();
		assertThat(file.application().status()).isEqualTo(ApplicationStatus.REJECTED);
		assertThat(file.flags()).isEmpty();
		assertThat(file.explanation()).hasValueSatisfying(e -> {
			assertThat(e.rule()).isEqualTo("NO_QUALIFICATION");
			assertThat(e.description()).isNotBlank();
			assertThat(e.facts()).containsEntry("basicLivelihood", false).containsEntry("nearPoor", false);
		});
		assertThat(file.decision()).hasValueSatisfying(d -> {
			assertThat(d.decidedBy()).isEqualTo("system");
			assertThat(d.reasonCode()).isEqualTo("RULE_NO_QUALIFICATION");
		});
	}

	@Test
	void shouldAskACaseworkerWhenTheApplicantIsNewToTheIntegratedDatabase() {
		// No public data on a person the DB did not know may mean a record not yet
		// linked.
		ApplicationSummary app = as("cw.gangnam", () -> this.casework.submit(
				new NewApplication("TRAVEL_VOUCHER", "700101-2345673", "이순자", null, "1168065000", true, false, null)));

		Task task = awaitReviewTask(app);
		assertThat(task).isNotNull();
		CaseFile file = as("cw.gangnam", () -> this.casework.caseFile(app.id())).orElseThrow();
		assertThat(file.flags()).containsExactly("NEW_APPLICANT");
		assertThat(file.eligible()).contains(false);
		assertThat(file.application().status()).isEqualTo(ApplicationStatus.IN_REVIEW);
	}

	private boolean finished(ApplicationSummary app) {
		return this.history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(app.applicationNo())
			.processDefinitionKey("travel-voucher")
			.finished()
			.count() == 1;
	}

	@Test
	void shouldCreateOneApplicationWhenTheSameSubmissionArrivesTwice() {
		String key = UUID.randomUUID().toString();
		NewApplication form = new NewApplication("TRAVEL_VOUCHER", "530822-1204152", "오상철", null, "1168058000", true,
				false, key);
		ApplicationSummary first = as("cw.gangnam2", () -> this.casework.submit(form));
		ApplicationSummary second = as("cw.gangnam2", () -> this.casework.submit(form));
		assertThat(second.id()).isEqualTo(first.id());
		assertThat(this.history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(first.applicationNo())
			.processDefinitionKey("travel-voucher")
			.count()).isOne();
		// A new form for the same person and program while the first is open is refused.
		assertThatThrownBy(() -> as("cw.gangnam2",
				() -> this.casework.submit(new NewApplication("TRAVEL_VOUCHER", "530822-1204152", "오상철", null,
						"1168058000", true, false, UUID.randomUUID().toString()))))
			.isInstanceOfSatisfying(UserFacingException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("application.error.duplicate"));
	}

	@Test
	void shouldRefuseAnApplicationWithoutConsentAndKeepNothing() {
		long before = this.jdbc.queryForObject("select count(*) from cw_application", Long.class);
		assertThatThrownBy(() -> as("cw.gangnam",
				() -> this.casework.submit(new NewApplication("TRAVEL_VOUCHER", "441205-2908172", "문옥순", null,
						"1168064000", false, false, UUID.randomUUID().toString()))))
			.isInstanceOfSatisfying(UserFacingException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("application.error.consent"));
		assertThat(this.jdbc.queryForObject("select count(*) from cw_application", Long.class)).isEqualTo(before);
	}

	@Test
	void shouldRaiseAnIncidentWhenThePublicDataSourceIsDownAndCompleteAfterItRecovers() {
		this.faults.inject(SimulatorFaults.Mode.UNAVAILABLE, 0);
		ApplicationSummary app = as("cw.gangnam", () -> this.casework.submit(new NewApplication("TRAVEL_VOUCHER",
				"670130-2135791", "서미란", null, "1168064000", true, false, UUID.randomUUID().toString())));

		// The job executor makes the first attempt; the retry cycle (R3/PT1M) waits a
		// minute
		// between attempts, so the test runs the remaining two itself.
		Job job = await().atMost(WAIT).until(() -> fetchJob(app), j -> j != null && j.getRetries() == 2);
		for (int attempt = 2; attempt <= 3; attempt++) {
			assertThatThrownBy(() -> this.management.executeJob(job.getId())).isNotNull();
		}
		Incident incident = this.runtime.createIncidentQuery()
			.processInstanceId(job.getProcessInstanceId())
			.singleResult();
		assertThat(incident).isNotNull();
		assertThat(incident.getActivityId()).isEqualTo("service_fetch_public_data");
		assertThat(this.taskService.createTaskQuery().processInstanceId(job.getProcessInstanceId()).count()).isZero();
		assertThat(this.jdbc.queryForList("select activity_id from cw_case_incident where application_no = ?",
				String.class, app.applicationNo()))
			.as("the task list's incident projection: the failed step and the call activities above it")
			.contains("service_fetch_public_data");
		assertThat(this.jdbc.queryForList(
				"select recipient from nt_notification where kind = 'INCIDENT' and application_no = ?", String.class,
				app.applicationNo()))
			.as("the district's caseworkers and supervisors hear of the blocked case")
			.contains("cw.gangnam", "sv.gangnam")
			.doesNotContain("cw.jongno");

		// The source recovers; a supervisor retries (what Cockpit's retry does).
		this.faults.clear();
		this.management.setJobRetries(job.getId(), 1);
		this.management.executeJob(job.getId());
		Task task = awaitReviewTask(app);
		assertThat(task).isNotNull();
		assertThat(this.runtime.createIncidentQuery().processInstanceId(job.getProcessInstanceId()).count()).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from cw_case_incident where application_no = ?",
				Long.class, app.applicationNo()))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from cw_evidence where application_id = ?", Long.class,
				app.id()))
			.as("evidence is stored once, however many attempts were made")
			.isOne();
	}

	private Job fetchJob(ApplicationSummary app) {
		return investigationJob(app.applicationNo());
	}

	private Task awaitReviewTask(ApplicationSummary app) {
		return await().atMost(WAIT)
			.until(() -> this.taskService.createTaskQuery()
				.processInstanceBusinessKey(app.applicationNo())
				.taskDefinitionKey("user_review_application")
				.singleResult(), t -> t != null);
	}

}
