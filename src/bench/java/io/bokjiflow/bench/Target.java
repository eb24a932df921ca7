package io.bokjiflow.bench;

/**
 * A target from issue 9: a ratio that must be at least or at most a threshold.
 *
 * @param description the target as issue 9 states it
 * @param threshold the bound on the ratio
 * @param atLeast whether the ratio must reach the threshold (otherwise stay at or below
 * it)
 */
public record Target(String description, double threshold, boolean atLeast) {

	/** A ratio that must be at least {@code threshold}. */
	public static Target atLeast(double threshold, String description) {
		return new Target(description, threshold, true);
	}

	/** A ratio that must be at most {@code threshold}. */
	public static Target atMost(double threshold, String description) {
		return new Target(description, threshold, false);
	}

	/**
	 * Whether a ratio meets the target.
	 * @param ratio the measured ratio
	 * @return whether it meets the target; {@code false} for {@code NaN}
	 */
	public boolean met(double ratio) {
		if (Double.isNaN(ratio)) {
			return false;
		}
		return this.atLeast ? ratio >= this.threshold : ratio <= this.threshold;
	}

	/**
	 * The verdict for a measurement.
	 * @param ratio the measured ratio
	 * @param baselinesStable whether the baselines around it agreed
	 * @return PASS, MISS, or UNSTABLE when the baselines disagreed
	 */
	public Verdict verdict(double ratio, boolean baselinesStable) {
		if (!baselinesStable) {
			return Verdict.UNSTABLE;
		}
		return met(ratio) ? Verdict.PASS : Verdict.MISS;
	}

	/** The verdict of one result. */
	public enum Verdict {

		/** The target is met and the baselines agreed. */
		PASS,
		/** The target is not met, with agreeing baselines. */
		MISS,
		/**
		 * The baselines before and after differed by more than 10%: not to be trusted.
		 */
		UNSTABLE,
		/** A measurement without a target of its own (a baseline, a detail). */
		INFO

	}

}
