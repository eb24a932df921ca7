package io.bokjiflow.catalog;

import java.util.List;
import java.util.Locale;

/**
 * What the service finder found for a person.
 *
 * @param received the programs the person receives now
 * @param suggestions the programs the person could apply for, best first: programs for
 * the person's situations before the ones for everybody of their life stage
 */
public record ServiceFinding(List<Received> received, List<Suggestion> suggestions) {

	public ServiceFinding {
		received = List.copyOf(received);
		suggestions = List.copyOf(suggestions);
	}

	/** The suggestions meant for the person's situations (not for everybody). */
	public List<Suggestion> targeted() {
		return this.suggestions.stream().filter(s -> !s.generic()).toList();
	}

	/** The suggestions for everybody of the person's (or their children's) life stage. */
	public List<Suggestion> generic() {
		return this.suggestions.stream().filter(Suggestion::generic).toList();
	}

	/**
	 * A program the person receives.
	 *
	 * @param programCode the code as the benefit record has it
	 * @param program the catalogued program, or {@code null} for a code the catalogue
	 * does not know
	 */
	public record Received(String programCode, Program program) {

		/** The program's name in a language, or its code when it is not catalogued. */
		public String name(Locale locale) {
			return this.program == null ? this.programCode : this.program.name(locale);
		}

	}

	/**
	 * A program the person could apply for.
	 *
	 * @param program the program
	 * @param reasons why it fits: the qualifications, then the household facts (both in
	 * the order of {@link Situation}), then the life stage
	 * @param generic whether the program is for everybody of the life stage (it names no
	 * situation)
	 */
	public record Suggestion(Program program, List<Reason> reasons, boolean generic) {

		public Suggestion {
			reasons = List.copyOf(reasons);
		}

		/** Whether BokjiFlow can register an application for the program now. */
		public boolean applicable() {
			return this.program.processKey() != null;
		}

	}

	/**
	 * One reason a program fits.
	 *
	 * @param kind what kind of fact it is
	 * @param code the fact: a {@code QualificationKind}, {@link Situation} or
	 * {@link LifeStage} name, by kind
	 */
	public record Reason(Kind kind, String code) {

		/** The kinds of facts a suggestion rests on. */
		public enum Kind {

			/** A qualification the person holds, e.g. BASIC_LIVELIHOOD. */
			QUALIFICATION,

			/** A situation read from the household, e.g. MULTI_CHILD. */
			HOUSEHOLD,

			/** The person's own life stage. */
			LIFE_STAGE,

			/** The life stage of a child the person cares for. */
			CHILD_LIFE_STAGE

		}

	}

}
