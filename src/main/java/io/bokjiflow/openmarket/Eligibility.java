package io.bokjiflow.openmarket;

import java.util.List;
import java.util.Locale;

/**
 * The result of evaluating {@link Criteria} for one person: the answer and, per condition
 * set, whether it held and why, for the caseworker's review and the decision letter.
 *
 * @param eligible whether every condition held
 * @param conditions one line per condition set, in the model's order
 */
public record Eligibility(boolean eligible, List<Condition> conditions) {

	public Eligibility {
		conditions = List.copyOf(conditions);
	}

	/**
	 * One condition and its outcome.
	 *
	 * @param criterion the {@link Criteria} component name, e.g. {@code minAge}
	 * @param met whether it held
	 * @param explanationKo e.g. "나이 67세 ≥ 65세"
	 * @param explanationEn e.g. "age 67 ≥ 65"
	 */
	public record Condition(String criterion, boolean met, String explanationKo, String explanationEn) {

		public String explanation(Locale locale) {
			return locale != null && "en".equals(locale.getLanguage()) ? this.explanationEn : this.explanationKo;
		}

	}

}
