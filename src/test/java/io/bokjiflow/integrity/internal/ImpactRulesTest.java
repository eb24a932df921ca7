package io.bokjiflow.integrity.internal;

import java.time.LocalDate;
import java.util.UUID;

import io.bokjiflow.integrity.ImpactAction;
import io.bokjiflow.registry.LifeEventKind;
import io.bokjiflow.registry.LifeEventRecorded;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The impact rules file and what it decides: every rule has a legal basis and says what
 * it assumes; which rules a change matches; the months paid after an event at the
 * boundaries of the payment day and of the benefit's period.
 */
class ImpactRulesTest {

	private final ImpactRules rules = new ImpactRules();

	private static final UUID PERSON = UUID.randomUUID();

	@Test
	void shouldGiveEveryRuleALegalBasisADeadlineAndItsAssumption() {
		assertThat(this.rules.rules()).hasSizeGreaterThanOrEqualTo(7).allSatisfy(r -> {
			assertThat(r.legalBasis()).contains("제").contains("조");
			assertThat(r.assumption()).isNotBlank();
			assertThat(r.deadlineDays()).isPositive();
			assertThat(r.nameKo()).isNotBlank();
			assertThat(r.nameEn()).isNotBlank();
		});
		assertThat(this.rules.rules()).extracting(ImpactRules.Rule::id).doesNotHaveDuplicates();
		assertThat(this.rules.rules()).extracting(ImpactRules.Rule::action)
			.contains(ImpactAction.SUSPEND, ImpactAction.RECALCULATE, ImpactAction.RECOVER);
	}

	@Test
	void shouldMatchTheRulesOfEachKindOfChange() {
		LocalDate on = LocalDate.of(2026, 5, 10);
		assertThat(ids(event(LifeEventKind.DEATH, on, null, null, null, null))).containsExactly("LEFT_REGISTER_SUSPEND",
				"LEFT_REGISTER_RECOVER", "HOUSEHOLD_SIZE_RECALCULATE");
		// deregistration: suspended, nothing recovered (the person may still live here)
		assertThat(ids(event(LifeEventKind.DEREGISTRATION, on, null, null, null, null)))
			.containsExactly("LEFT_REGISTER_SUSPEND", "HOUSEHOLD_SIZE_RECALCULATE");
		assertThat(ids(event(LifeEventKind.MOVE, on, "1168064000", "1165051000", null, null)))
			.containsExactly("MOVE_LOCAL_PROGRAM_RECALCULATE");
		// a move within the 시·군·구 changes nothing
		assertThat(ids(event(LifeEventKind.MOVE, on, "1168064000", "1168058000", null, null))).isEmpty();
		assertThat(ids(event(LifeEventKind.QUALIFICATION_CHANGE, on, null, null, "BASIC_LIVELIHOOD", false)))
			.containsExactly("BASIC_LIVELIHOOD_END_SUSPEND", "BASIC_LIVELIHOOD_END_RECALCULATE");
		assertThat(ids(event(LifeEventKind.QUALIFICATION_CHANGE, on, null, null, "BASIC_LIVELIHOOD", true)))
			.containsExactly("BASIC_LIVELIHOOD_BEGIN_RECALCULATE");
		assertThat(ids(event(LifeEventKind.QUALIFICATION_CHANGE, on, null, null, "VETERAN", false))).isEmpty();
	}

	@Test
	void shouldCoverProgramsByCodeAllOrLocal() {
		ImpactRules.Rule move = rule("MOVE_LOCAL_PROGRAM_RECALCULATE");
		assertThat(move.covers("L11680-LONGEVITY")).isTrue();
		assertThat(move.covers("HOUSING_BENEFIT")).isTrue();
		assertThat(move.covers("BASIC_PENSION")).isFalse();
		assertThat(move.covers("LIVELIHOOD_BENEFIT")).isFalse();
		assertThat(rule("LEFT_REGISTER_SUSPEND").covers("ANYTHING")).isTrue();
		assertThat(move.effectiveFrom(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2027, 1, 1));
	}

	@Test
	void shouldCountTheMonthsPaidAfterTheMonthOfTheEvent() {
		LocalDate died = LocalDate.of(2026, 5, 31);
		LocalDate from = LocalDate.of(2020, 1, 1);
		// the month of death stays paid; June's payment day is the 20th
		assertThat(this.rules.monthsPaidAfter(died, LocalDate.of(2026, 6, 19), from, null)).isZero();
		assertThat(this.rules.monthsPaidAfter(died, LocalDate.of(2026, 6, 20), from, null)).isEqualTo(1);
		assertThat(this.rules.monthsPaidAfter(died, LocalDate.of(2026, 9, 1), from, null)).isEqualTo(3);
		// across the year's end
		assertThat(this.rules.monthsPaidAfter(LocalDate.of(2026, 11, 2), LocalDate.of(2027, 2, 20), from, null))
			.isEqualTo(3);
		// a benefit that ended in July was paid for June and July only
		assertThat(this.rules.monthsPaidAfter(died, LocalDate.of(2026, 9, 1), from, LocalDate.of(2026, 7, 31)))
			.isEqualTo(2);
		// a benefit that began in August: August only
		assertThat(this.rules.monthsPaidAfter(died, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 8, 1), null))
			.isEqualTo(1);
		// processed in the month of death
		assertThat(this.rules.monthsPaidAfter(died, died, from, null)).isZero();
	}

	private java.util.List<String> ids(LifeEventRecorded event) {
		return this.rules.matching(event).stream().map(ImpactRules.Rule::id).toList();
	}

	private ImpactRules.Rule rule(String id) {
		return this.rules.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
	}

	private static LifeEventRecorded event(LifeEventKind kind, LocalDate on, String from, String to,
			String qualification, Boolean held) {
		return new LifeEventRecorded("RC-TEST", PERSON, kind, on, from, to, qualification, held);
	}

}
