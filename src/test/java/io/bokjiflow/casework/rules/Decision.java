package io.bokjiflow.casework.rules;

/**
 * What an eligibility table gave, with the optional outputs: {@code review} is
 * {@code false} when the table does not give it, {@code rank} and {@code sharePercent}
 * {@code null}.
 *
 * @param eligible the result
 * @param rule the code of the rule that decided
 * @param review whether a caseworker must look
 * @param rank the priority rank, if any
 * @param sharePercent the government's share in percent, if any
 */
record Decision(boolean eligible, String rule, boolean review, Integer rank, Integer sharePercent) {

	static Decision eligible(String rule) {
		return new Decision(true, rule, false, null, null);
	}

	static Decision ineligible(String rule) {
		return new Decision(false, rule, false, null, null);
	}

	Decision inReview() {
		return new Decision(this.eligible, this.rule, true, this.rank, this.sharePercent);
	}

	Decision withRank(int rank) {
		return new Decision(this.eligible, this.rule, this.review, rank, this.sharePercent);
	}

	Decision withShare(int sharePercent) {
		return new Decision(this.eligible, this.rule, this.review, this.rank, sharePercent);
	}

}
