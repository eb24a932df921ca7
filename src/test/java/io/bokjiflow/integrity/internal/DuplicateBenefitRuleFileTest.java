package io.bokjiflow.integrity.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.bokjiflow.catalog.ProgramCatalog;
import io.bokjiflow.integrity.DuplicateBenefitRules.Effect;
import io.bokjiflow.integrity.DuplicateBenefitRules.Rule;
import io.bokjiflow.testing.TestCatalog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rule file: the 31 pair types of FACTS.md b, each sourced or assumed, with a valid
 * effect, and catalogue codes that exist in the catalogue.
 */
class DuplicateBenefitRuleFileTest {

	private final List<Rule> rules = RuleFile.read();

	@Test
	void shouldHoldExactly31RulesNumberedOneTo31() {
		assertThat(this.rules).hasSize(31);
		assertThat(this.rules.stream().map(Rule::number).collect(Collectors.toSet()))
			.isEqualTo(java.util.stream.IntStream.rangeClosed(1, 31).boxed().collect(Collectors.toSet()));
	}

	@Test
	void shouldSourcePairs1And6And12AndMarkTheRestAsAssumptions() {
		Set<Integer> sourced = Set.of(1, 6, 12);
		for (Rule rule : this.rules) {
			if (sourced.contains(rule.number())) {
				assertThat(rule.source()).as("rule %d", rule.number()).isNotBlank();
				assertThat(rule.assumption()).as("rule %d", rule.number()).isNull();
			}
			else {
				assertThat(rule.assumption()).as("rule %d", rule.number()).isNotBlank();
				assertThat(rule.source()).as("rule %d", rule.number()).isNull();
			}
			assertThat(rule.reference()).as("rule %d", rule.number()).isNotBlank();
		}
		assertThat(this.rules.get(11).source()).contains("S41");
	}

	@Test
	void shouldGiveEveryOffsetItsFigureAndUseEveryEffect() {
		for (Rule rule : this.rules) {
			assertThat(rule.amountWon() != null).as("rule %d amount", rule.number())
				.isEqualTo(rule.effect() == Effect.OFFSET_AMOUNT);
			assertThat(rule.percent() != null).as("rule %d percent", rule.number())
				.isEqualTo(rule.effect() == Effect.OFFSET_SHARE);
		}
		assertThat(this.rules.stream().map(Rule::effect).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder(Effect.values());
		assertThat(this.rules.stream().filter(Rule::household).count()).isPositive();
	}

	@Test
	void shouldUseCatalogueCodesThatExistAndNameTheOthers() {
		ProgramCatalog catalog = TestCatalog.get();
		for (Rule rule : this.rules) {
			checkSide(catalog, rule.number(), rule.programA(), rule.programANameKo());
			checkSide(catalog, rule.number(), rule.programB(), rule.programBNameKo());
		}
	}

	private static void checkSide(ProgramCatalog catalog, int number, String code, String nameKo) {
		if (nameKo == null) {
			assertThat(catalog.program(code)).as("rule %d: catalogue code %s", number, code).isPresent();
		}
		else {
			assertThat(nameKo).as("rule %d", number).isNotBlank();
			assertThat(catalog.program(code)).as("rule %d: new code %s clashes with the catalogue", number, code)
				.isEmpty();
		}
	}

	@Test
	void shouldRefuseARuleWithoutSourceOrAssumptionOrWithAMissingOffset() {
		assertThatThrownBy(() -> new Rule(1, "A", null, "B", null, Effect.BLOCK, null, null, false, "ref", null, null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(
				() -> new Rule(1, "A", null, "B", null, Effect.OFFSET_AMOUNT, null, null, false, "ref", null, "x"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(
				() -> new Rule(1, "A", null, "B", null, Effect.OFFSET_SHARE, null, 120, false, "ref", null, "x"))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
