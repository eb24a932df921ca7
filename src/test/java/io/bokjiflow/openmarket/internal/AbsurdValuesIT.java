package io.bokjiflow.openmarket.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import io.bokjiflow.casework.CaseDashboard;
import io.bokjiflow.identity.Absences;
import io.bokjiflow.openmarket.LocalPrograms;
import io.bokjiflow.openmarket.ProgramVersion;
import io.bokjiflow.openmarket.ProgramVersion.ProgramContent;
import io.bokjiflow.openmarket.ProgramVersion.Status;
import io.bokjiflow.shared.ApiProblems;
import io.bokjiflow.shared.UserFacingException;
import io.bokjiflow.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 10 item 5: negative and absurd numbers and impossible dates, each refused with a
 * localised message (Korean and English) and nothing changed: local program amounts and
 * budgets, a program's effective date in the past, SLA days, an absence ending before it
 * starts or spanning years.
 */
class AbsurdValuesIT extends IntegrationTest {

	@Autowired
	private LocalPrograms programs;

	@Autowired
	private CaseDashboard dashboard;

	@Autowired
	private Absences absences;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Clock clock;

	@Test
	void shouldRefuseNegativeAndAbsurdProgramAmountsAndKeepNothing() {
		record Case(ProgramContent content, String key) {
		}
		List<Case> cases = List.of(new Case(LocalProgramsIT.content(-1, "a"), "om.program.error.amount"),
				new Case(LocalProgramsIT.content(0, "a"), "om.program.error.amount"),
				new Case(LocalProgramsIT.content(Long.MAX_VALUE, "a"), "om.program.error.amountTooLarge"),
				new Case(LocalProgramsIT.content(ProgramContentRules.MAX_AMOUNT_WON + 1, "a"),
						"om.program.error.amountTooLarge"),
				new Case(withBudget(-1L), "om.program.error.budget"),
				new Case(withBudget(Long.MAX_VALUE), "om.program.error.budgetTooLarge"));
		for (Case c : cases) {
			String code = newCode();
			refused(() -> as("official.gangnam", () -> this.programs.createProgram(code, c.content())), c.key());
			assertThat(this.jdbc.sql("select count(*) from om_program_version where program_code = ?")
				.param(code)
				.query(Long.class)
				.single()).as(c.key()).isZero();
		}
		// At the bound it is accepted.
		assertThat(as("official.gangnam",
				() -> this.programs.createProgram(newCode(),
						LocalProgramsIT.content(ProgramContentRules.MAX_AMOUNT_WON, "a")))
			.status()).isEqualTo(Status.DRAFT);
	}

	@Test
	void shouldRefuseAnEffectiveDateInThePastAndStayADraft() {
		ProgramVersion v1 = as("official.gangnam",
				() -> this.programs.createProgram(newCode(), LocalProgramsIT.content(30_000, "a")));
		LocalDate today = LocalDate.now(this.clock);
		for (LocalDate past : List.of(today.minusDays(1), today.minusYears(30), LocalDate.of(1, 1, 1))) {
			refused(() -> as("official.gangnam", () -> this.programs.submitForApproval(v1.id(), past)),
					"om.program.error.effectiveDate");
		}
		refused(() -> as("official.gangnam", () -> this.programs.submitForApproval(v1.id(), null)),
				"om.program.error.effectiveDate");
		assertThat(this.programs.version(v1.id()).orElseThrow().status()).isEqualTo(Status.DRAFT);
	}

	@Test
	void shouldRefuseNegativeOrAbsurdSlaDaysAndKeepTheRule() {
		List<CaseDashboard.SlaRule> before = as("sv.gangnam", () -> this.dashboard.slaRules());
		int[][] bad = { { -5, 10 }, { 0, 10 }, { 10, 5 }, { 10, 10 }, { 5, Integer.MAX_VALUE },
				{ Integer.MIN_VALUE, 10 }, { 5, 366 } };
		for (int[] days : bad) {
			refused(() -> as("sv.gangnam", () -> {
				this.dashboard.setSlaRule("TRAVEL_VOUCHER", days[0], days[1]);
				return null;
			}), "dashboard.sla.error.days");
		}
		refused(() -> as("sv.gangnam", () -> {
			this.dashboard.setSlaRule(" ", 5, 10);
			return null;
		}), "dashboard.sla.error.program");
		assertThat(as("sv.gangnam", () -> this.dashboard.slaRules())).isEqualTo(before);
	}

	@Test
	void shouldRefuseAnAbsenceEndingBeforeItStartsOrInThePast() {
		LocalDate today = LocalDate.now(this.clock);
		int before = as("cw.gangnam2", () -> this.absences.mine()).size();
		LocalDate[][] bad = { { today.plusDays(5), today.plusDays(1) }, { today.minusDays(10), today.minusDays(3) },
				{ today, today.plusYears(5) }, { null, today }, { today, null } };
		for (LocalDate[] period : bad) {
			refused(() -> as("cw.gangnam2", () -> this.absences.markAbsent(period[0], period[1], null, "시험")),
					"absence.error.period");
		}
		assertThat(as("cw.gangnam2", () -> this.absences.mine())).hasSize(before);
	}

	/** Refused with a key that has a Korean and an English message. */
	private static void refused(Supplier<?> action, String key) {
		assertThatThrownBy(action::get).isInstanceOfSatisfying(UserFacingException.class, ex -> {
			assertThat(ex.messageKey()).isEqualTo(key);
			String ko = ApiProblems.message(key, java.util.Locale.KOREAN, ex.args());
			String en = ApiProblems.message(key, java.util.Locale.ENGLISH, ex.args());
			assertThat(ko).isNotEqualTo(key).matches("(?s).*[가-힣].*");
			assertThat(en).isNotEqualTo(key).isNotEqualTo(ko);
		});
	}

	private static ProgramContent withBudget(Long budget) {
		ProgramContent c = LocalProgramsIT.content(30_000, "a");
		return new ProgramContent(c.taskType(), c.sigunguCode(), c.nameKo(), c.nameEn(), c.summaryKo(), c.summaryEn(),
				c.legalBasis(), c.seizureProtectedAllowed(), c.nationalProgramCode(), c.applicationFormJson(),
				c.criteria(), c.amountWon(), c.schedule(), budget, c.paymentMethods(), c.decisionDeadlineDays(),
				c.sources(), c.assumptions());
	}

	private static String newCode() {
		return "L11680-B" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
	}

}
