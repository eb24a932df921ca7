package io.bokjiflow.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One line of the results: a measured value, the baselines measured around it, its ratio
 * and the verdict against issue 9's target.
 *
 * @param id short id, e.g. {@code 1.audit}
 * @param title what was measured
 * @param value the measured value
 * @param unit its unit
 * @param baseline the baselines around the measurement, or {@code null}
 * @param ratio the ratio the target is about
 * @param ratioOf what the ratio divides, e.g. {@code AUDIT / baseline (a)}
 * @param target the target, or {@code null}
 * @param verdict the verdict
 * @param details further numbers (latency percentiles, counts, timings)
 */
public record Result(String id, String title, double value, String unit, Baseline baseline, double ratio,
		String ratioOf, Target target, Target.Verdict verdict, Map<String, Object> details) {

	/**
	 * A result with a target; the verdict follows from the ratio and the baselines.
	 */
	public static Result of(String id, String title, double value, String unit, Baseline baseline, double ratio,
			String ratioOf, Target target, Map<String, Object> details) {
		boolean stable = baseline == null || baseline.stable();
		Target.Verdict verdict = target == null ? (stable ? Target.Verdict.INFO : Target.Verdict.UNSTABLE)
				: target.verdict(ratio, stable);
		return new Result(id, title, value, unit, baseline, ratio, ratioOf, target, verdict,
				details == null ? new LinkedHashMap<>() : details);
	}

	/**
	 * The baseline measured before and after a scenario.
	 *
	 * @param name which baseline
	 * @param unit its unit
	 * @param before the value before
	 * @param after the value after
	 * @param attempts how many times the measurement was taken (more than one when the
	 * baselines disagreed)
	 */
	public record Baseline(String name, String unit, double before, double after, int attempts) {

		/** Whether before and after agree within 10%. */
		public boolean stable() {
			return Stats.stable(this.before, this.after);
		}

		/** The mean of before and after, which ratios use. */
		public double value() {
			return Stats.baseline(this.before, this.after);
		}

		/** |before − after| / min(before, after). */
		public double drift() {
			return Stats.relativeDifference(this.before, this.after);
		}

	}

}
