package io.bokjiflow.finder;

import java.util.List;

import io.bokjiflow.catalog.Program;

/**
 * What the self-check found: the programs whose rules the answers probably meet, and
 * programs for the person's life stage and situations that have no rules to evaluate.
 *
 * @param findings the support and local programs the rules say the person is probably or
 * possibly eligible for, likely ones first
 * @param related other programs of the catalogue for the person's life stage and
 * situations (no rule evaluated: worth a look)
 * @param recognisedIncomeLow the lowest recognised income (소득인정액, won a month) the
 * answers allow, as casework calculates it with every income and asset counted
 * @param recognisedIncomeHigh the highest (may be {@link Bands#OPEN_END}-sized for open
 * bands)
 * @param medianIncome the standard median income for the household size
 */
public record SelfCheckResult(List<Finding> findings, List<Program> related, long recognisedIncomeLow,
		long recognisedIncomeHigh, long medianIncome) {

	public SelfCheckResult {
		findings = List.copyOf(findings);
		related = List.copyOf(related);
	}

	/** How sure a finding is. */
	public enum Confidence {

		/**
		 * The rules say eligible at both ends of every band and whatever was not asked.
		 */
		LIKELY_ELIGIBLE,
		/**
		 * Eligible for some values in the bands or of facts the questionnaire does not
		 * ask (they are listed), or the rule asks a caseworker to confirm.
		 */
		CHECK_NEEDED

	}

	/** The kind of program a finding is about. */
	public enum Kind {

		/**
		 * A national work-processing-support program, decided by its eligibility table.
		 */
		SUPPORT,
		/** A local government's own program, decided by its support criteria. */
		LOCAL

	}

	/**
	 * One program the person is probably or possibly eligible for.
	 *
	 * @param program the catalogue's program
	 * @param kind support or local program
	 * @param confidence how sure
	 * @param rule the deciding rule: the table's rule code or {@code CRITERIA v<n>}
	 * @param ruleDescriptionKo the rule's description (Korean, as the table has it) or
	 * the local program's criteria lines
	 * @param ruleDescriptionEn the criteria lines in English, {@code null} for a table's
	 * rule (tables describe their rules in Korean only)
	 * @param openFacts the facts the outcome depends on that the answers do not fix:
	 * case-fact names of docs/case-facts.md (e.g. {@code residenceMonths},
	 * {@code recognisedIncome}) or criteria names; empty when likely
	 */
	public record Finding(Program program, Kind kind, Confidence confidence, String rule, String ruleDescriptionKo,
			String ruleDescriptionEn, List<String> openFacts) {

		public Finding {
			openFacts = List.copyOf(openFacts);
		}

	}

}
