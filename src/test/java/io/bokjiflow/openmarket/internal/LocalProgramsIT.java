package io.bokjiflow.openmarket.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.bokjiflow.catalog.LocalProgramSource;
import io.bokjiflow.catalog.Program;
import io.bokjiflow.catalog.ProgramCatalog;
import io.bokjiflow.identity.Role;
import io.bokjiflow.identity.internal.TestCaseworkers;
import io.bokjiflow.openmarket.Criteria;
import io.bokjiflow.openmarket.LocalPrograms;
import io.bokjiflow.openmarket.ProgramVersion;
import io.bokjiflow.openmarket.ProgramVersion.PaymentMethod;
import io.bokjiflow.openmarket.ProgramVersion.ProgramContent;
import io.bokjiflow.openmarket.ProgramVersion.Status;
import io.bokjiflow.openmarket.TaskType;
import io.bokjiflow.shared.UserFacingException;
import io.bokjiflow.testing.IntegrationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A local program's life: drafted by a local official, saved with optimistic revisions,
 * submitted, refused to the submitter and to another 시·군·구's supervisor, published by the
 * right supervisor with its form deployed to Camunda, changed in a new version that takes
 * over on its own effective date, and shown in the catalogue without a restart.
 */
class LocalProgramsIT extends IntegrationTest {

	/** A 강남구 user who is both local official and supervisor (to test four eyes). */
	private static final String BOTH = "om.both.gangnam";

	private static final String SUPERVISOR_JONGNO = "om.sv.jongno";

	private static final String OFFICIAL_JONGNO = "om.official.jongno";

	@Autowired
	private LocalPrograms programs;

	@Autowired
	private ProgramCatalog catalog;

	@Autowired
	private RepositoryService repository;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private Clock clock;

	@BeforeEach
	void users() {
		TestCaseworkers.provisionUser(this.context, BOTH, "오양면", "11680", PASSWORD,
				EnumSet.of(Role.LOCAL_OFFICIAL, Role.SUPERVISOR));
		TestCaseworkers.provisionUser(this.context, SUPERVISOR_JONGNO, "종감독", "11110", PASSWORD,
				EnumSet.of(Role.SUPERVISOR));
		TestCaseworkers.provisionUser(this.context, OFFICIAL_JONGNO, "종담당", "11110", PASSWORD,
				EnumSet.of(Role.LOCAL_OFFICIAL));
	}

	static String form(String label) {
		return """
				{"id":"whatever","type":"default","components":[
				  {"type":"number","key":"childrenCount","label":"%s","validate":{"required":true,"min":0}},
				  {"type":"select","key":"paymentAccount","label":"계좌","values":[{"label":"일반","value":"NORMAL"}]},
				  {"type":"filepicker","key":"proofDocuments","label":"증빙서류"}
				]}""".formatted(label);
	}

	static ProgramContent content(long amount, String formLabel) {
		return new ProgramContent(TaskType.REGULAR_CASH_ELIGIBILITY, "11680", "시험 장수수당", "Test longevity allowance",
				"만 90세 이상 월 지급", "Monthly for 90+", "시험 조례", false, null, form(formLabel),
				new Criteria(null, 90, null, 12, List.of("11680"), null, null, null, null, null), amount, "매월 20일",
				1_000_000L, List.of(PaymentMethod.BANK_TRANSFER), 14, List.of(), List.of("test data"));
	}

	private static String newCode() {
		return "L11680-T" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
	}

	@Test
	void shouldPublishWithFourEyesAndPickTheVersionByDate() {
		LocalDate today = LocalDate.now(this.clock);
		String code = newCode();
		ProgramVersion v1 = as("official.gangnam", () -> this.programs.createProgram(code, content(30_000, "자녀 수")));
		assertThat(v1.status()).isEqualTo(Status.DRAFT);
		assertThat(v1.version()).isEqualTo(1);
		assertThat(v1.content().applicationFormJson()).contains("\"om-application-" + code + "\"");

		ProgramVersion saved = as("official.gangnam",
				() -> this.programs.saveDraft(v1.id(), v1.revision(), content(40_000, "자녀 수")));
		assertThat(saved.revision()).isGreaterThan(v1.revision());
		// A second editor who started from the first revision is refused, nothing merged.
		assertThatThrownBy(() -> as(BOTH, () -> this.programs.saveDraft(v1.id(), v1.revision(), content(99_000, "x"))))
			.isInstanceOf(UserFacingException.class)
			.hasMessage("om.program.error.stale");
		assertThat(this.programs.version(v1.id()).orElseThrow().content().amountWon()).isEqualTo(40_000);

		assertThatThrownBy(() -> as(BOTH, () -> this.programs.submitForApproval(v1.id(), today.minusDays(1))))
			.isInstanceOf(UserFacingException.class)
			.hasMessage("om.program.error.effectiveDate");
		ProgramVersion pending = as(BOTH, () -> this.programs.submitForApproval(v1.id(), today));
		assertThat(pending.status()).isEqualTo(Status.PENDING_APPROVAL);
		assertThat(pending.submittedBy()).isEqualTo(BOTH);

		assertThatThrownBy(() -> as(BOTH, () -> this.programs.approve(v1.id()))).isInstanceOf(UserFacingException.class)
			.hasMessage("om.program.error.fourEyes");
		assertThatThrownBy(() -> as(SUPERVISOR_JONGNO, () -> this.programs.approve(v1.id())))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as("official.gangnam", () -> this.programs.approve(v1.id())))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.programs.effective(code, today)).isEmpty();
		assertThat(this.catalog.program(code)).isEmpty();

		ProgramVersion published = as("sv.gangnam", () -> this.programs.approve(v1.id()));
		assertThat(published.status()).isEqualTo(Status.PUBLISHED);
		assertThat(published.decidedBy()).isEqualTo("sv.gangnam");
		assertThat(published.effectiveFrom()).isEqualTo(today);
		LocalPrograms.ApplicationForm form1 = this.programs.applicationForm(v1.id()).orElseThrow();
		assertThat(form1.formId()).isEqualTo("om-application-" + code);
		assertThat(form1.camundaVersion()).isEqualTo(1);
		assertThat(deployedForm(form1)).contains("자녀 수");

		// The catalogue shows it at once, mapped from the version in force.
		Program listed = this.catalog.program(code).orElseThrow();
		assertThat(listed.ministry()).isEqualTo(LocalProgramSource.MINISTRY);
		assertThat(listed.processKey()).isEqualTo(TaskType.REGULAR_CASH_ELIGIBILITY.processKey());
		assertThat(listed.paymentWon()).isEqualTo(40_000L);
		assertThat(listed.regions()).containsExactly("11");
		assertThat(listed.applicationPrefix()).matches("OM\\d+");
		assertThat(this.catalog.applicablePrograms()).contains(listed);

		// A change: a new version effective in ten days; today the first one still
		// applies.
		ProgramVersion v2 = as("official.gangnam", () -> this.programs.draftChange(code));
		assertThat(v2.version()).isEqualTo(2);
		assertThat(v2.content().amountWon()).isEqualTo(40_000);
		assertThat(as("official.gangnam", () -> this.programs.draftChange(code)).id()).as("the open draft")
			.isEqualTo(v2.id());
		as("official.gangnam", () -> this.programs.saveDraft(v2.id(), v2.revision(), content(50_000, "자녀 수 (v2)")));
		as("official.gangnam", () -> this.programs.submitForApproval(v2.id(), today.plusDays(10)));
		as(BOTH, () -> this.programs.approve(v2.id()));
		LocalPrograms.ApplicationForm form2 = this.programs.applicationForm(v2.id()).orElseThrow();
		assertThat(form2.formId()).isEqualTo(form1.formId());
		assertThat(form2.camundaVersion()).isEqualTo(form1.camundaVersion() + 1);
		assertThat(deployedForm(form2)).contains("자녀 수 (v2)");
		assertThat(deployedForm(form1)).doesNotContain("(v2)");

		assertThat(this.programs.effective(code, today.minusDays(1))).isEmpty();
		assertThat(this.programs.effective(code, today)).map(ProgramVersion::id).contains(v1.id());
		assertThat(this.programs.effective(code, today.plusDays(9))).map(ProgramVersion::id).contains(v1.id());
		assertThat(this.programs.effective(code, today.plusDays(10))).map(ProgramVersion::id).contains(v2.id());
		assertThat(this.programs.versions(code)).extracting(ProgramVersion::version).containsExactly(2, 1);
		assertThat(this.catalog.program(code).orElseThrow().paymentWon()).isEqualTo(40_000L);
		assertThat(this.programs.programs("11680")).extracting(ProgramVersion::id).contains(v2.id());
		assertThat(this.programs.programs("11110")).extracting(ProgramVersion::programCode).doesNotContain(code);

		// A sent-back change is edited again, with its reason.
		ProgramVersion v3 = as("official.gangnam", () -> this.programs.draftChange(code));
		as("official.gangnam", () -> this.programs.submitForApproval(v3.id(), today.plusDays(20)));
		assertThatThrownBy(() -> as("sv.gangnam", () -> this.programs.reject(v3.id(), "no")))
			.isInstanceOf(UserFacingException.class)
			.hasMessage("om.program.error.reason");
		ProgramVersion rejected = as("sv.gangnam", () -> this.programs.reject(v3.id(), "예산 근거를 보완하세요"));
		assertThat(rejected.status()).isEqualTo(Status.REJECTED);
		ProgramVersion reopened = as("official.gangnam", () -> this.programs.draftChange(code));
		assertThat(reopened.id()).isEqualTo(v3.id());
		assertThat(reopened.status()).isEqualTo(Status.DRAFT);
		assertThat(reopened.rejectionReason()).isEqualTo("예산 근거를 보완하세요");
	}

	@Test
	void shouldNeverChangeAPublishedVersion() {
		String code = newCode();
		ProgramVersion v1 = as("official.gangnam", () -> this.programs.createProgram(code, content(30_000, "자녀 수")));
		as("official.gangnam", () -> this.programs.submitForApproval(v1.id(), LocalDate.now(this.clock)));
		ProgramVersion published = as("sv.gangnam", () -> this.programs.approve(v1.id()));

		assertThatThrownBy(() -> as("official.gangnam",
				() -> this.programs.saveDraft(v1.id(), published.revision(), content(1, "x"))))
			.isInstanceOf(UserFacingException.class)
			.hasMessage("om.program.error.notDraft");
		assertThatThrownBy(() -> as("sv.gangnam", () -> this.programs.approve(v1.id())))
			.isInstanceOf(UserFacingException.class)
			.hasMessage("om.program.error.notPending");
		// Not even SQL can change or delete it.
		assertThatThrownBy(() -> this.jdbc
			.sql("update om_program_version set content = jsonb_set(content, '{amountWon}', '1') where id = ?")
			.param(v1.id())
			.update()).hasMessageContaining("a published version cannot be changed");
		assertThatThrownBy(() -> this.jdbc.sql("delete from om_program_version where id = ?").param(v1.id()).update())
			.hasMessageContaining("a published version cannot be deleted");
		assertThat(this.programs.version(v1.id()).orElseThrow().content().amountWon()).isEqualTo(30_000);
	}

	@Test
	void shouldKeepLocalOfficialsToTheirOwnDistrict() {
		String code = newCode();
		assertThatThrownBy(() -> as(OFFICIAL_JONGNO, () -> this.programs.createProgram(code, content(30_000, "a"))))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as("sv.gangnam", () -> this.programs.createProgram(code, content(30_000, "a"))))
			.as("a supervisor is not a local official")
			.isInstanceOf(AccessDeniedException.class);
		ProgramVersion v1 = as("official.gangnam", () -> this.programs.createProgram(code, content(30_000, "a")));
		assertThatThrownBy(
				() -> as(OFFICIAL_JONGNO, () -> this.programs.saveDraft(v1.id(), v1.revision(), content(1, "b"))))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(OFFICIAL_JONGNO, () -> this.programs.draftChange(code)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(
				() -> as(OFFICIAL_JONGNO, () -> this.programs.submitForApproval(v1.id(), LocalDate.now(this.clock))))
			.isInstanceOf(AccessDeniedException.class);
		// A code of another 시·군·구 is refused, as is a second program with the same code.
		assertThatThrownBy(() -> as("official.gangnam",
				() -> this.programs.createProgram("L11110-" + code.substring(7), content(30_000, "a"))))
			.isInstanceOf(UserFacingException.class)
			.hasMessage("om.program.error.code");
		assertThatThrownBy(() -> as("official.gangnam", () -> this.programs.createProgram(code, content(30_000, "a"))))
			.isInstanceOf(UserFacingException.class)
			.hasMessage("om.program.error.exists");
		assertThat(this.programs.version(v1.id()).orElseThrow().content().amountWon()).isEqualTo(30_000);
	}

	@Test
	void shouldRefuseContentThatBreaksTheRules() {
		String code = newCode();
		ProgramContent ok = content(30_000, "a");
		assertRefused(code, withAmount(ok, 0), "om.program.error.amount");
		assertRefused(code, withForm(ok, null), "om.program.error.formMissing");
		assertRefused(code, withForm(ok, "{\"type\":\"default\",\"components\":[{\"type\":\"unknown\"}]}"),
				"om.program.error.form");
		assertRefused(code, withCriteria(ok, new Criteria(null, 90, 60, null, List.of(), null, null, null, null, null)),
				"openmarket.criteria.error.range.age");
		assertRefused(code, withCriteria(ok, new Criteria(null, null, null, null, List.of(), null, null, null,
				java.util.Set.of("NOT_A_KIND"), null)), "openmarket.criteria.error.qualification");
		ProgramContent topUp = new ProgramContent(TaskType.NATIONAL_TOP_UP, "11680", "a", "a", "a", "a", "a", false,
				"NO_SUCH_PROGRAM", form("a"), Criteria.NONE, 10_000, "매월", null, List.of(PaymentMethod.BANK_TRANSFER),
				14, List.of(), List.of());
		assertRefused(code, topUp, "om.program.error.nationalProgram");
		ProgramContent holiday = new ProgramContent(TaskType.HOLIDAY_CONSOLATION, "11680", "a", "a", "a", "a", "a",
				false, null, form("a"), Criteria.NONE, 10_000, "설", null, List.of(PaymentMethod.BANK_TRANSFER), 0,
				List.of(), List.of());
		assertRefused(code, holiday, "om.program.error.formNotAllowed");
		assertThat(this.programs.versions(code)).isEmpty();
	}

	@Test
	void shouldPreviewWhoQualifiesGainsAndLosesAgainstTheVersionInForce() {
		LocalDate today = LocalDate.now(this.clock);
		String code = newCode();
		Criteria women65 = new Criteria("F", 65, null, null, List.of(), null, null, null, null, null);
		Criteria all70 = new Criteria(null, 70, null, null, List.of(), null, null, null, null, null);
		ProgramVersion v1 = as("official.gangnam",
				() -> this.programs.createProgram(code, withCriteria(content(30_000, "a"), women65)));
		assertThat(this.programs.preview(v1.id(), today).current()).as("nothing in force yet").isZero();
		as("official.gangnam", () -> this.programs.submitForApproval(v1.id(), today));
		as("sv.gangnam", () -> this.programs.approve(v1.id()));
		ProgramVersion v2 = as("official.gangnam", () -> this.programs.draftChange(code));
		as("official.gangnam",
				() -> this.programs.saveDraft(v2.id(), v2.revision(), withCriteria(content(30_000, "a"), all70)));

		LocalPrograms.Preview preview = this.programs.preview(v2.id(), today);

		// Counted independently, straight from the registry's persons.
		long women65Count = alive("sex = 'F' and birth_date <= ?", today.minusYears(65));
		long all70Count = alive("birth_date <= ?", today.minusYears(70));
		long men70Count = alive("sex = 'M' and birth_date <= ?", today.minusYears(70));
		long women65to69 = alive("sex = 'F' and birth_date <= ? and birth_date > ?", today.minusYears(65),
				today.minusYears(70));
		assertThat(all70Count).as("the test population has old people").isPositive();
		assertThat(preview).isEqualTo(new LocalPrograms.Preview(all70Count, women65Count, men70Count, women65to69));
	}

	private long alive(String condition, Object... params) {
		return this.jdbc.sql("select count(*) from reg_person where status = 'ALIVE' and " + condition)
			.params(params)
			.query(Long.class)
			.single();
	}

	private void assertRefused(String code, ProgramContent content, String key) {
		assertThatThrownBy(() -> as("official.gangnam", () -> this.programs.createProgram(code, content)))
			.isInstanceOf(UserFacingException.class)
			.hasMessage(key);
	}

	private static ProgramContent withAmount(ProgramContent c, long amount) {
		return new ProgramContent(c.taskType(), c.sigunguCode(), c.nameKo(), c.nameEn(), c.summaryKo(), c.summaryEn(),
				c.legalBasis(), c.seizureProtectedAllowed(), c.nationalProgramCode(), c.applicationFormJson(),
				c.criteria(), amount, c.schedule(), c.budgetWon(), c.paymentMethods(), c.decisionDeadlineDays(),
				c.sources(), c.assumptions());
	}

	private static ProgramContent withForm(ProgramContent c, String form) {
		return new ProgramContent(c.taskType(), c.sigunguCode(), c.nameKo(), c.nameEn(), c.summaryKo(), c.summaryEn(),
				c.legalBasis(), c.seizureProtectedAllowed(), c.nationalProgramCode(), form, c.criteria(), c.amountWon(),
				c.schedule(), c.budgetWon(), c.paymentMethods(), c.decisionDeadlineDays(), c.sources(),
				c.assumptions());
	}

	private static ProgramContent withCriteria(ProgramContent c, Criteria criteria) {
		return new ProgramContent(c.taskType(), c.sigunguCode(), c.nameKo(), c.nameEn(), c.summaryKo(), c.summaryEn(),
				c.legalBasis(), c.seizureProtectedAllowed(), c.nationalProgramCode(), c.applicationFormJson(), criteria,
				c.amountWon(), c.schedule(), c.budgetWon(), c.paymentMethods(), c.decisionDeadlineDays(), c.sources(),
				c.assumptions());
	}

	/** The JSON Camunda holds for a form id and version. */
	private String deployedForm(LocalPrograms.ApplicationForm form) {
		String deploymentId = this.jdbc
			.sql("select deployment_id_ from act_re_camformdef where key_ = ? and version_ = ?")
			.params(form.formId(), form.camundaVersion())
			.query(String.class)
			.single();
		try (var in = this.repository.getResourceAsStream(deploymentId, form.formId() + ".form")) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
