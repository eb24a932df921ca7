package io.bokjiflow.casework;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.bokjiflow.casework.SupportProgramCandidates.Candidate;
import io.bokjiflow.casework.SupportProgramCandidates.Expectation;
import io.bokjiflow.casework.SupportProgramCandidates.ProgramCriteria;
import io.bokjiflow.catalog.Investigation;
import io.bokjiflow.catalog.Program;
import io.bokjiflow.catalog.ProgramCatalog;
import io.bokjiflow.identity.internal.TestCaseworkers;
import io.bokjiflow.publicdata.PublicDataSource;
import io.bokjiflow.publicdata.internal.SimulatorKeys;
import io.bokjiflow.registry.Registry;
import io.bokjiflow.registry.Rrn;
import io.bokjiflow.testing.IntegrationTest;
import org.assertj.core.api.SoftAssertions;
import org.awaitility.core.ConditionTimeoutException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every linked support program once end to end, for one generated person its eligibility
 * table approves and one it rejects: submission at the person's community centre, the
 * investigation's jobs fetching public data over HTTP from the SIMULATOR, the table, the
 * decision (by rule, or by caseworkers of the person's 시·군·구 through the task list:
 * consent, review and — for investigated programs — a decision by a second caseworker),
 * the approved steps and the notice.
 *
 * <p>
 * The persons are chosen by SQL from their facts ({@link SupportProgramCandidates}). The
 * generated population has only a handful of residents in the demo caseworkers' districts
 * (강남구, 종로구), and the other integration tests need those; so the test creates two
 * caseworkers in each 시·군·구 its persons live in, as the demo set-up creates its users.
 * All applications are submitted first and worked together, so the whole class takes
 * about as long as the slowest case.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupportProgramsIT extends IntegrationTest {

	private static final Logger log = LoggerFactory.getLogger(SupportProgramsIT.class);

	/** How long all runs together may take to be decided. */
	private static final Duration SETTLE = Duration.ofMinutes(3);

	private static final String CONSENT = "user_obtain_consent";

	private static final String REVIEW = "user_review_application";

	private static final String DECIDE = "user_decide_application";

	/**
	 * Sources the investigation asks once per living member of the registry household
	 * (README: household investigation).
	 */
	private static final Set<PublicDataSource> HOUSEHOLD_SOURCES = EnumSet.of(PublicDataSource.NATIONAL_TAX,
			PublicDataSource.NATIONAL_PENSION, PublicDataSource.LOCAL_TAX, PublicDataSource.LAND_VEHICLE,
			PublicDataSource.FINANCIAL);

	@Autowired
	private ProgramCatalog catalog;

	@Autowired
	private Casework casework;

	@Autowired
	private CaseTasks tasks;

	@Autowired
	private Registry registry;

	@Autowired
	private SimulatorKeys simulatorKeys;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private HistoryService history;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private ManagementService management;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private Clock clock;

	/** Program code → its eligible and its ineligible run. */
	private final Map<String, List<Run>> runs = new LinkedHashMap<>();

	/** 시·군·구 → its reviewer and its decider. */
	private final Map<String, Caseworkers> caseworkers = new TreeMap<>();

	private LocalDate today;

	@BeforeAll
	void runEveryProgramForAnEligibleAndAnIneligiblePerson() {
		long started = System.nanoTime();
		this.today = LocalDate.now(this.clock);
		long[] median = medianIncomes(this.today);
		for (Program program : linkedPrograms()) {
			ProgramCriteria criteria = SupportProgramCandidates.CRITERIA.get(program.code());
			if (criteria == null) {
				continue;
			}
			this.runs.put(program.code(),
					Stream.of(criteria.eligible(), criteria.ineligible())
						.map(side -> new Run(program, side,
								SupportProgramCandidates.find(this.jdbc, this.today, median, program.code(), side)
									.orElse(null)))
						.toList());
		}
		provisionCaseworkers();
		allRuns().forEach(this::submit);
		try {
			await().atMost(SETTLE).pollInterval(Duration.ofMillis(500)).pollInSameThread().until(() -> {
				workTheTaskLists();
				return settle();
			});
		}
		catch (ConditionTimeoutException ex) {
			// Each run still open fails its own test, saying where it waits.
			log.warn("Not every support-program run was decided within {}", SETTLE);
		}
		log.info("SupportProgramsIT: {} runs of {} programs in {} 시·군·구 submitted and worked in {} s",
				allRuns().filter(r -> r.app != null).count(), this.runs.size(), this.caseworkers.size(),
				Duration.ofNanos(System.nanoTime() - started).toSeconds());
	}

	@Test
	void shouldHaveCandidateCriteriaForEachOfThe27LinkedPrograms() {
		assertThat(linkedPrograms()).hasSize(27);
		assertThat(SupportProgramCandidates.CRITERIA.keySet())
			.containsExactlyInAnyOrderElementsOf(linkedPrograms().stream().map(Program::code).toList());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("programs")
	void shouldApproveTheEligibleAndRejectTheIneligiblePerson(String programCode, TestReporter reporter) {
		List<Run> pair = this.runs.get(programCode);
		assertThat(pair).as("criteria of %s in SupportProgramCandidates", programCode).isNotNull();
		pair.stream()
			.filter(run -> run.app != null)
			.forEach(run -> reporter.publishEntry(run.side(),
					"person %s of %s: %s %s, tasks %s".formatted(run.candidate.personId(),
							run.candidate.adminDongCode(), run.app.applicationNo(),
							run.endActivityId == null ? "open" : "ended", run.tasks)));
		SoftAssertions.assertSoftly(softly -> pair.forEach(run -> verify(run, softly)));
	}

	Stream<Arguments> programs() {
		return linkedPrograms().stream()
			.map(p -> Arguments.of(Named.of(p.code() + " (" + p.nameKo() + ", " + p.investigation() + ")", p.code())));
	}

	private List<Program> linkedPrograms() {
		return this.catalog.programs().stream().filter(Program::linked).toList();
	}

	private Stream<Run> allRuns() {
		return this.runs.values().stream().flatMap(List::stream);
	}

	// ---- set-up: caseworkers, submissions, the task lists ----

	private static long[] medianIncomes(LocalDate on) {
		try (InputStream in = new ClassPathResource(IncomeStandards.RESOURCE).getInputStream()) {
			IncomeStandards.Version version = IncomeStandards.load(in).on(on);
			return IntStream.rangeClosed(1, 8).mapToLong(version::median).toArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Two caseworkers (reviewer and decider) at the community centre of the first person
	 * of each 시·군·구.
	 */
	private void provisionCaseworkers() {
		allRuns().filter(r -> r.candidate != null).forEach(r -> {
			String sigungu = r.candidate.sigunguCode();
			this.caseworkers.computeIfAbsent(sigungu, s -> {
				Caseworkers pair = new Caseworkers("it.cw." + s + ".1", "it.cw." + s + ".2");
				TestCaseworkers.provision(this.context, pair.reviewer(), "시험 담당자 1", r.candidate.adminDongCode(),
						PASSWORD);
				TestCaseworkers.provision(this.context, pair.decider(), "시험 담당자 2", r.candidate.adminDongCode(),
						PASSWORD);
				return pair;
			});
		});
	}

	/**
	 * Registers the application at the person's community centre. The eligible person
	 * hands in the financial-data consent with the form; the ineligible one of a program
	 * that asks financial data does not, so the caseworker records it in the consent
	 * task.
	 */
	private void submit(Run run) {
		if (run.candidate == null) {
			return;
		}
		Caseworkers staff = this.caseworkers.get(run.candidate.sigunguCode());
		boolean consentWithForm = run.expected.eligible() || !run.asksFinancialData();
		try {
			Rrn rrn = this.registry.revealRrn(run.candidate.personId(), "SupportProgramsIT",
					"application " + run.program.code());
			if (!Arrays.equals(this.simulatorKeys.personKey(rrn), run.candidate.agencyKey())) {
				run.failure = "the facts were read from another person's agency records";
				return;
			}
			run.app = as(staff.reviewer(),
					() -> this.casework
						.submit(new NewApplication(run.program.code(), rrn.reveal(), run.candidate.name(), null,
								run.candidate.adminDongCode(), true, consentWithForm, UUID.randomUUID().toString())));
			log.info("{} {}: person {} of {} → {}", run.program.code(), run.side(), run.candidate.personId(),
					run.candidate.adminDongCode(), run.app.applicationNo());
		}
		catch (RuntimeException ex) {
			run.failure = "submission failed: " + stackTrace(ex);
		}
	}

	/**
	 * What the caseworkers of each 시·군·구 do: open their group's task list, claim each
	 * task of these runs and complete its form — consent and review by the first,
	 * decision by the second.
	 */
	private void workTheTaskLists() {
		Map<String, Run> byNumber = allRuns().filter(r -> r.app != null && !r.settled)
			.collect(Collectors.toMap(r -> r.app.applicationNo(), Function.identity()));
		if (byNumber.isEmpty()) {
			return;
		}
		this.caseworkers.forEach((sigungu, staff) -> {
			List<TaskRow> open = as(staff.reviewer(), () -> this.tasks.tasks(TaskScope.GROUP, 0, 500));
			for (TaskRow row : open) {
				Run run = byNumber.get(row.applicationNo());
				if (run == null || run.failure != null) {
					continue;
				}
				String user = DECIDE.equals(row.taskDefinitionKey()) ? staff.decider() : staff.reviewer();
				work(run, row, user);
			}
		});
	}

	private void work(Run run, TaskRow row, String user) {
		try {
			as(user, () -> {
				this.tasks.claim(row.taskId());
				TaskDetails details = this.tasks.open(row.taskId());
				this.tasks.complete(row.taskId(), formValues(row.taskDefinitionKey(), run.expected.eligible()));
				run.tasks.add(row.taskDefinitionKey() + " (" + details.form().id() + ") by " + user);
				return null;
			});
		}
		catch (RuntimeException ex) {
			run.failure = "completing " + row.taskDefinitionKey() + " as " + user + " failed: " + stackTrace(ex);
		}
	}

	private Map<String, Object> formValues(String taskKey, boolean approve) {
		return switch (taskKey) {
			case CONSENT -> Map.of("financialConsentReceived", true, "consentReceivedOn", this.today.toString(),
					"consentNote", "서명된 금융정보 제공 동의서 접수");
			case REVIEW ->
				approve ? Map.of("evidenceChecked", true, "reviewOutcome", "APPROVE") : Map.of("evidenceChecked", true,
						"reviewOutcome", "REJECT", "reviewReason", "공적자료로 확인한 결과 지원 요건을 충족하지 않습니다.");
			case DECIDE -> Map.of("decisionOutcome", approve ? "APPROVE" : "REJECT", "decisionReason",
					approve ? "공적자료와 소득·재산 조사 결과 지원 요건을 충족합니다." : "소득·재산 조사 결과 지원 요건을 충족하지 않습니다.");
			default -> throw new IllegalStateException("Unexpected task " + taskKey);
		};
	}

	/**
	 * Marks the runs whose process ended, or whose job used up its retries (an incident),
	 * as settled; a job that failed but will be retried is noted for the report.
	 * @return whether every run is settled
	 */
	private boolean settle() {
		Map<String, Run> byInstance = allRuns().filter(r -> r.app != null && !r.settled && r.failure == null)
			.collect(Collectors.toMap(r -> r.app.processInstanceId(), Function.identity()));
		if (!byInstance.isEmpty()) {
			for (HistoricProcessInstance hpi : this.history.createHistoricProcessInstanceQuery()
				.processInstanceIds(byInstance.keySet())
				.finished()
				.list()) {
				Run run = byInstance.get(hpi.getId());
				run.settled = true;
				run.endActivityId = hpi.getEndActivityId();
			}
		}
		for (Job job : this.management.createJobQuery().withException().list()) {
			ProcessInstance instance = this.runtime.createProcessInstanceQuery()
				.processInstanceId(job.getProcessInstanceId())
				.singleResult();
			allRuns()
				.filter(r -> r.app != null && !r.settled && instance != null
						&& r.app.applicationNo().equals(instance.getBusinessKey()))
				.forEach(r -> {
					String trouble = "job of " + job.getProcessDefinitionKey() + " failed (" + job.getRetries()
							+ " retries left): " + this.management.getJobExceptionStacktrace(job.getId());
					if (job.getRetries() == 0) {
						r.failure = trouble;
					}
					else if (r.jobTrouble == null) {
						// Retried in a minute (R3/PT1M): a timeout under load may pass.
						log.warn("{} {}: {}", r.program.code(), r.side(), job.getExceptionMessage());
					}
					r.jobTrouble = trouble;
				});
		}
		allRuns().filter(r -> r.app == null || r.failure != null).forEach(r -> r.settled = true);
		return allRuns().allMatch(r -> r.settled);
	}

	// ---- what each run must show ----

	private void verify(Run run, SoftAssertions softly) {
		Expectation expected = run.expected;
		String who = run.program.code() + " " + run.side();
		if (run.candidate == null) {
			softly.fail("%s: no generated person fits %s", who, expected.where());
			return;
		}
		if (run.failure != null) {
			softly.fail("%s (person %s): %s", who, run.candidate.personId(), run.failure);
			return;
		}
		if (!run.settled) {
			softly.fail("%s (%s): not decided within %s, waiting at %s%s", who, run.app.applicationNo(), SETTLE,
					whereItWaits(run), run.jobTrouble == null ? "" : "; " + run.jobTrouble);
			return;
		}
		softly.assertThat(run.endActivityId).as("%s: end event", who).isEqualTo("end_decided");
		Caseworkers staff = this.caseworkers.get(run.candidate.sigunguCode());
		CaseFile file = as(staff.reviewer(), () -> this.casework.caseFile(run.app.id())).orElseThrow();
		boolean investigated = run.program.investigation() == Investigation.INCOME_ASSET;
		boolean byCaseworker = expected.eligible() && (investigated || expected.review());

		if (investigated && expected.eligible()) {
			// The calculation left its figure in the registry for income criteria.
			softly
				.assertThat(this.jdbc.queryForObject(
						"select count(*) from reg_income_assessment where person_id = ? and source = ?", Long.class,
						run.candidate.personId(), "사례 " + run.app.applicationNo() + " 소득인정액 산정"))
				.as("%s: income assessment in the registry", who)
				.isEqualTo(1L);
		}
		softly.assertThat(file.application().status())
			.as("%s: status", who)
			.isEqualTo(expected.eligible() ? ApplicationStatus.APPROVED : ApplicationStatus.REJECTED);
		softly.assertThat(file.eligible()).as("%s: eligible", who).contains(expected.eligible());
		softly.assertThat(file.flags()).as("%s: flags", who).isEmpty();
		softly.assertThat(file.explanation()).as("%s: explanation", who).hasValueSatisfying(e -> {
			softly.assertThat(e.rule()).as("%s: rule (facts %s)", who, e.facts()).isEqualTo(expected.rule());
			softly.assertThat(e.decisionKey())
				.as("%s: table", who)
				.isEqualTo(run.program.processKey() + "-eligibility");
			softly.assertThat(e.description()).as("%s: rule description", who).isNotBlank();
			softly.assertThat(e.review()).as("%s: review", who).isEqualTo(expected.review());
			softly.assertThat(e.rank()).as("%s: rank", who).isEqualTo(expected.rank());
			softly.assertThat(e.sharePercent()).as("%s: share", who).isEqualTo(expected.sharePercent());
		});
		softly.assertThat(file.decision()).as("%s: decision", who).hasValueSatisfying(d -> {
			softly.assertThat(d.ruleReason()).as("%s: decision's rule", who).isEqualTo(expected.rule());
			if (!byCaseworker) {
				softly.assertThat(d.decidedBy()).as("%s: decided by", who).isEqualTo("system");
				softly.assertThat(d.reasonCode()).as("%s: reason", who).isEqualTo("RULE_" + expected.rule());
			}
			else if (investigated) {
				softly.assertThat(d.decidedBy()).as("%s: decided by", who).isEqualTo(staff.decider());
				softly.assertThat(d.reasonCode()).as("%s: reason", who).isEqualTo("DECISION_APPROVE");
			}
			else {
				softly.assertThat(d.decidedBy()).as("%s: decided by", who).isEqualTo(staff.reviewer());
				softly.assertThat(d.reasonCode()).as("%s: reason", who).isEqualTo("REVIEW_APPROVE");
			}
		});

		List<String> expectedTasks = new ArrayList<>();
		if (!expected.eligible() && run.asksFinancialData()) {
			expectedTasks.add(CONSENT + " (case-consent) by " + staff.reviewer());
		}
		if (byCaseworker) {
			expectedTasks.add(REVIEW + " (case-review) by " + staff.reviewer());
			if (investigated) {
				expectedTasks.add(DECIDE + " (case-decision) by " + staff.decider());
			}
		}
		softly.assertThat(run.tasks).as("%s: tasks worked", who).containsExactlyElementsOf(expectedTasks);

		Map<String, Long> expectedEvidence = new TreeMap<>();
		run.program.publicData()
			.forEach(source -> expectedEvidence.put(source.name(),
					HOUSEHOLD_SOURCES.contains(source) ? (long) run.candidate.householdSubjects() : 1L));
		softly.assertThat(new TreeMap<>(
				file.evidence().stream().collect(Collectors.groupingBy(EvidenceView::dataset, Collectors.counting()))))
			.as("%s: evidence rows per dataset", who)
			.isEqualTo(expectedEvidence);
		softly.assertThat(file.evidence()).as("%s: evidence provenance", who).allSatisfy(ev -> {
			assertThat(ev.source()).contains("SIMULATOR");
			assertThat(ev.legalBasis()).isNotBlank();
			assertThat(ev.payloadSha256()).matches("[0-9a-f]{64}");
		});

		softly.assertThat(count("select count(*) from cw_notice where application_id = ?", run.app.id()))
			.as("%s: notices", who)
			.isOne();
		boolean paid = expected.eligible() && run.program.paymentWon() != null;
		softly
			.assertThat(this.jdbc.queryForList("select amount_won from pay_order where idempotency_key = ?", Long.class,
					"application:" + run.app.applicationNo()))
			.as("%s: payment orders", who)
			.isEqualTo(paid ? List.of(run.program.paymentWon()) : List.of());
		if (expected.eligible()) {
			Map<String, Object> approved = this.jdbc.queryForMap(
					"select priority_rank, government_share_percent from cw_application where id = ?", run.app.id());
			softly.assertThat(approved.get("priority_rank"))
				.as("%s: waiting-list rank", who)
				.isEqualTo(expected.rank());
			softly.assertThat(approved.get("government_share_percent"))
				.as("%s: government share", who)
				.isEqualTo(expected.sharePercent());
		}
	}

	private long count(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Long.class, args);
	}

	private String whereItWaits(Run run) {
		return this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(run.app.applicationNo())
			.list()
			.stream()
			.map(pi -> pi.getProcessDefinitionId().split(":")[0] + this.runtime.getActiveActivityIds(pi.getId()))
			.toList()
			.toString();
	}

	private static String stackTrace(Throwable ex) {
		StringWriter out = new StringWriter();
		ex.printStackTrace(new PrintWriter(out));
		return out.toString();
	}

	/** The reviewer and the decider of a 시·군·구 (four eyes). */
	private record Caseworkers(String reviewer, String decider) {
	}

	/** One program run for one person. */
	private static final class Run {

		final Program program;

		final Expectation expected;

		final Candidate candidate;

		ApplicationSummary app;

		boolean settled;

		String endActivityId;

		String failure;

		String jobTrouble;

		final List<String> tasks = new ArrayList<>();

		Run(Program program, Expectation expected, Candidate candidate) {
			this.program = program;
			this.expected = expected;
			this.candidate = candidate;
		}

		String side() {
			return (this.expected.eligible() ? "eligible" : "ineligible") + " person (" + this.expected.rule() + ")";
		}

		boolean asksFinancialData() {
			return this.program.publicData().contains(PublicDataSource.FINANCIAL);
		}

	}

}
