package io.bokjiflow.bench;

import java.util.Arrays;

/**
 * The harness's statistics: nearest-rank percentiles, ratios to a baseline and the rule
 * that decides whether the two baselines around a scenario agree.
 */
public final class Stats {

	/**
	 * How far the baselines before and after a scenario may differ (relative to the
	 * smaller one) before the measurement is repeated or marked UNSTABLE (issue 9: 10%).
	 */
	public static final double BASELINE_TOLERANCE = 0.10;

	private Stats() {
	}

	/**
	 * The nearest-rank percentile: the smallest sample such that at least {@code p}% of
	 * the samples are less than or equal to it.
	 * @param samples the samples (any order; not changed)
	 * @param p the percentile, 0 &lt; p &lt;= 100
	 * @return the percentile, or {@code NaN} without samples
	 */
	public static double percentile(long[] samples, double p) {
		if (p <= 0 || p > 100) {
			throw new IllegalArgumentException("Percentile must be in (0, 100]: " + p);
		}
		if (samples.length == 0) {
			return Double.NaN;
		}
		long[] sorted = samples.clone();
		Arrays.sort(sorted);
		return percentileOfSorted(sorted, p);
	}

	static double percentileOfSorted(long[] sorted, double p) {
		int rank = (int) Math.ceil(p / 100.0 * sorted.length);
		return sorted[Math.max(rank, 1) - 1];
	}

	/**
	 * Summarises latencies measured in nanoseconds, in milliseconds.
	 * @param nanos the latencies
	 * @return count, mean, p50, p95, p99 and max
	 */
	public static Latency latency(long[] nanos) {
		if (nanos.length == 0) {
			return new Latency(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
		}
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		double sum = 0;
		for (long n : sorted) {
			sum += n;
		}
		return new Latency(sorted.length, ms(sum / sorted.length), ms(percentileOfSorted(sorted, 50)),
				ms(percentileOfSorted(sorted, 95)), ms(percentileOfSorted(sorted, 99)), ms(sorted[sorted.length - 1]));
	}

	private static double ms(double nanos) {
		return nanos / 1_000_000.0;
	}

	/**
	 * A value relative to its baseline.
	 * @param value the measured value
	 * @param baseline the baseline
	 * @return value / baseline, or {@code NaN} when the baseline is not positive
	 */
	public static double ratio(double value, double baseline) {
		if (!(baseline > 0) || Double.isNaN(value)) {
			return Double.NaN;
		}
		return value / baseline;
	}

	/**
	 * How far two baseline measurements differ, relative to the smaller one.
	 * @param before the baseline before the scenario
	 * @param after the baseline after it
	 * @return |before - after| / min(before, after); infinite when one is not positive
	 */
	public static double relativeDifference(double before, double after) {
		double low = Math.min(before, after);
		if (!(low > 0)) {
			return Double.POSITIVE_INFINITY;
		}
		return Math.abs(before - after) / low;
	}

	/**
	 * Whether two baselines agree within {@link #BASELINE_TOLERANCE}.
	 * @param before the baseline before the scenario
	 * @param after the baseline after it
	 * @return whether the measurement between them can be trusted
	 */
	public static boolean stable(double before, double after) {
		return relativeDifference(before, after) <= BASELINE_TOLERANCE;
	}

	/**
	 * The baseline a scenario is compared with: the mean of the measurements before and
	 * after it.
	 * @param before the baseline before
	 * @param after the baseline after
	 * @return their mean
	 */
	public static double baseline(double before, double after) {
		return (before + after) / 2.0;
	}

	/**
	 * Latencies in milliseconds.
	 *
	 * @param count how many samples
	 * @param mean the mean
	 * @param p50 the median
	 * @param p95 the 95th percentile
	 * @param p99 the 99th percentile
	 * @param max the largest sample
	 */
	public record Latency(long count, double mean, double p50, double p95, double p99, double max) {
	}

}
