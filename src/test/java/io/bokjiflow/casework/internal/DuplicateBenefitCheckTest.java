package io.bokjiflow.casework.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.bokjiflow.casework.DuplicateConflict;
import io.bokjiflow.integrity.DuplicateBenefitRules;
import io.bokjiflow.integrity.DuplicateBenefitRules.Conflict;
import io.bokjiflow.integrity.DuplicateBenefitRules.Effect;
import io.bokjiflow.integrity.DuplicateBenefitRules.Rule;
import io.bokjiflow.testing.TestCatalog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The decision-time check's reading of the integrity module's conflicts: names from the
 * catalogue or the rule, an offset counted once per rule, the short text the process
 * keeps and what an offset takes off an amount.
 */
class DuplicateBenefitCheckTest {

	private static final LocalDate TODAY = LocalDate.of(2025, 3, 3);

	private final DuplicateBenefitRules rules = mock(DuplicateBenefitRules.class);

	private final DuplicateBenefitCheck check = new DuplicateBenefitCheck(this.rules, TestCatalog.get());

	private final UUID person = UUID.randomUUID();

	@Test
	void shouldFindNothingWhereNothingConflicts() {
		when(this.rules.conflicts(this.person, "TRAVEL_VOUCHER", TODAY)).thenReturn(List.of());

		DuplicateBenefitCheck.Result result = this.check.check(this.person, "TRAVEL_VOUCHER", TODAY);

		assertThat(result.any()).isFalse();
		assertThat(result.blocking()).isFalse();
		assertThat(result.summary()).isEmpty();
		assertThat(result.offsetOf(100_000)).isZero();
	}

	@Test
	void shouldCountAnOffsetOncePerRuleHoweverManyMembersItMatches() {
		Rule share = new Rule(30, "ENERGY_VOUCHER", null, "BRIQUETTE_COUPON", null, Effect.OFFSET_SHARE, null, 50, true,
				"test reference 30", null, "assumption");
		Rule amount = new Rule(19, "DEFECTOR_SETTLEMENT_GRANT", "북한이탈주민 정착지원금", "BRIQUETTE_COUPON", null,
				Effect.OFFSET_AMOUNT, 30_000L, null, true, "test reference 19", null, "assumption");
		when(this.rules.conflicts(this.person, "BRIQUETTE_COUPON", TODAY))
			.thenReturn(List.of(conflict(amount, "DEFECTOR_SETTLEMENT_GRANT", false),
					conflict(share, "ENERGY_VOUCHER", true), conflict(share, "ENERGY_VOUCHER", true)));

		DuplicateBenefitCheck.Result result = this.check.check(this.person, "BRIQUETTE_COUPON", TODAY);

		assertThat(result.any()).isTrue();
		assertThat(result.blocking()).isFalse();
		assertThat(result.offsetWon()).isEqualTo(30_000L);
		assertThat(result.offsetPercent()).as("rule 30 once, not twice").isEqualTo(50);
		// 547,000 less 30,000 and half of 547,000
		assertThat(result.offsetOf(547_000)).isEqualTo(30_000 + 273_500);
		assertThat(result.offsetOf(40_000)).as("never more than the amount").isEqualTo(40_000);
		assertThat(result.summary()).isEqualTo(
				"19:OFFSET_AMOUNT:DEFECTOR_SETTLEMENT_GRANT:own;30:OFFSET_SHARE:ENERGY_VOUCHER:household;30:OFFSET_SHARE:ENERGY_VOUCHER:household");
		DuplicateConflict named = result.conflicts().get(0);
		assertThat(named.programNameKo()).as("not in the catalogue: the rule's name").isEqualTo("북한이탈주민 정착지원금");
		assertThat(named.offsetWon()).isEqualTo(30_000L);
		assertThat(named.householdMember()).isFalse();
		assertThat(result.conflicts().get(1).householdMember()).isTrue();
		assertThat(result.conflicts().get(1).reference()).isEqualTo("test reference 30");
	}

	@Test
	void shouldNameACatalogueProgramAndTellABlock() {
		Rule block = new Rule(1, "EDUCATION_BENEFIT", null, "VETERAN_TUITION", null, Effect.BLOCK, null, null, false,
				"test reference 1", "source", null);
		when(this.rules.conflicts(this.person, "EDUCATION_BENEFIT", TODAY))
			.thenReturn(List.of(conflict(block, "VETERAN_TUITION", false)));

		DuplicateBenefitCheck.Result result = this.check.check(this.person, "EDUCATION_BENEFIT", TODAY);

		assertThat(result.blocking()).isTrue();
		DuplicateConflict c = result.conflicts().get(0);
		assertThat(c.programNameKo()).isEqualTo(TestCatalog.get().program("VETERAN_TUITION").orElseThrow().nameKo());
		assertThat(c.programNameEn()).isNotBlank();
		assertThat(c.effect()).isEqualTo("BLOCK");
		assertThat(c.agencyCode()).isEqualTo("MPVA");
		assertThat(c.periodFrom()).isEqualTo(LocalDate.of(2024, 3, 1));
	}

	private static Conflict conflict(Rule rule, String programCode, boolean household) {
		return new Conflict(rule, UUID.randomUUID(), UUID.randomUUID(), household, programCode, "MPVA",
				LocalDate.of(2024, 3, 1), null, 100_000);
	}

}
