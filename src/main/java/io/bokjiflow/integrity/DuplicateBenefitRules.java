package io.bokjiflow.integrity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The versioned duplicate-benefit rule set (중복 수급 규칙) and the conflict check over the
 * registry's benefit history.
 */
public interface DuplicateBenefitRules {

	/**
	 * The rules of the current (highest) version, ordered by number.
	 * @return the rules
	 */
	List<Rule> rules();

	/**
	 * The current version.
	 * @return the version, with who published it and why
	 */
	RuleSetVersion currentVersion();

	/**
	 * Every version ever published, oldest first.
	 * @return the versions
	 */
	List<RuleSetVersion> versions();

	/**
	 * The rules of one version.
	 * @param version the version number
	 * @return the rules, empty for an unknown version
	 */
	List<Rule> rules(int version);

	/**
	 * Publishes a new version of the whole rule set; it becomes current, older versions
	 * are kept. Only an administrator may publish.
	 * @param rules the complete new rule set (numbers unique)
	 * @param reason why (shown in the history)
	 * @return the new version
	 * @throws io.bokjiflow.shared.UserFacingException
	 * {@code integrity.error.administratorOnly} for anyone else,
	 * {@code integrity.error.invalidRules} for an empty set, duplicate numbers or no
	 * reason
	 */
	RuleSetVersion publish(List<Rule> rules, String reason);

	/**
	 * Publishes like {@link #publish(List, String)}, but only when the current version is
	 * still the one the editor started from: two administrators editing at once cannot
	 * silently undo each other's changes (the second is refused and reloads).
	 * @param rules the complete new rule set (numbers unique)
	 * @param reason why (shown in the history)
	 * @param basedOnVersion the version the edited rules were loaded from
	 * @return the new version
	 * @throws io.bokjiflow.shared.UserFacingException {@code integrity.error.stale} when
	 * another version was published meanwhile, and as {@link #publish(List, String)}
	 */
	RuleSetVersion publish(List<Rule> rules, String reason, int basedOnVersion);

	/**
	 * The ACTIVE benefit records on a day that conflict with a program for a person: the
	 * person's own, and those of the person's household members where the rule says
	 * household. Both directions of a pair count.
	 * @param personId the person (reg_person id)
	 * @param programCode the program the person receives or applies for
	 * @param on the day
	 * @return the conflicts, ordered by rule number
	 */
	List<Conflict> conflicts(UUID personId, String programCode, LocalDate on);

	/** What a conflict does to the benefit. */
	enum Effect {

		/** The two are not received together. */
		BLOCK,
		/** The benefit is reduced by a fixed amount ({@link Rule#amountWon()}). */
		OFFSET_AMOUNT,
		/** The benefit is reduced by a share ({@link Rule#percent()}). */
		OFFSET_SHARE,
		/** Allowed; the caseworker is warned. */
		WARN

	}

	/**
	 * One duplicate-benefit pair type.
	 *
	 * @param number the number of the type (1–31 in the first version)
	 * @param programA one program's code (a catalogue code where there is one)
	 * @param programANameKo the Korean name where the code is not in the catalogue, else
	 * {@code null}
	 * @param programB the other program's code
	 * @param programBNameKo the Korean name where the code is not in the catalogue, else
	 * {@code null}
	 * @param effect what the conflict does
	 * @param amountWon the monthly offset for {@link Effect#OFFSET_AMOUNT}, else
	 * {@code null}
	 * @param percent the offset share for {@link Effect#OFFSET_SHARE}, else {@code null}
	 * @param household whether household members' benefits count
	 * @param reference the legal or source reference
	 * @param source the public source that names the pair, or {@code null}
	 * @param assumption what is assumed where no source names it, or {@code null}
	 */
	record Rule(int number, String programA, String programANameKo, String programB, String programBNameKo,
			Effect effect, Long amountWon, Integer percent, boolean household, String reference, String source,
			String assumption) {

		public Rule {
			Objects.requireNonNull(programA, "programA");
			Objects.requireNonNull(programB, "programB");
			Objects.requireNonNull(effect, "effect");
			if (number < 1) {
				throw new IllegalArgumentException("Rule number below 1: " + number);
			}
			if ((effect == Effect.OFFSET_AMOUNT) != (amountWon != null) || (amountWon != null && amountWon <= 0)) {
				throw new IllegalArgumentException(
						"Rule " + number + ": a positive amountWon goes with OFFSET_AMOUNT only");
			}
			if ((effect == Effect.OFFSET_SHARE) != (percent != null)
					|| (percent != null && (percent < 1 || percent > 100))) {
				throw new IllegalArgumentException("Rule " + number + ": a percent 1-100 goes with OFFSET_SHARE only");
			}
			if (isBlank(source) == isBlank(assumption)) {
				throw new IllegalArgumentException("Rule " + number + ": exactly one of source and assumption");
			}
		}

		/** Whether a program is one side of the pair. */
		public boolean concerns(String programCode) {
			return this.programA.equals(programCode) || this.programB.equals(programCode);
		}

		private static boolean isBlank(String text) {
			return text == null || text.isBlank();
		}

	}

	/**
	 * A published version of the rule set.
	 *
	 * @param version the number (1 = loaded from the YAML)
	 * @param publishedAt when
	 * @param publishedBy who ({@code system} for version 1)
	 * @param reason why
	 */
	record RuleSetVersion(int version, Instant publishedAt, String publishedBy, String reason) {
	}

	/**
	 * An ACTIVE benefit record that conflicts with a program.
	 *
	 * @param rule the rule (of the current version)
	 * @param benefitRecordId the reg_benefit_record id
	 * @param personId who receives it (the person or a household member)
	 * @param householdMember whether it is a household member's, not the person's own
	 * @param programCode the conflicting record's program
	 * @param agencyCode the paying agency
	 * @param periodFrom first day of the record
	 * @param periodTo last day, or {@code null}
	 * @param amountWon the record's monthly amount
	 */
	record Conflict(Rule rule, UUID benefitRecordId, UUID personId, boolean householdMember, String programCode,
			String agencyCode, LocalDate periodFrom, LocalDate periodTo, long amountWon) {

		/** The effect of the rule. */
		public Effect effect() {
			return this.rule.effect();
		}

	}

}
