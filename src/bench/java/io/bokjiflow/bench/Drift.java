package io.bokjiflow.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The soak's arithmetic (scenario 9): operations recorded with the time they ended and
 * their latency, cut into windows of time, and the drift between the first and the last
 * part of a run — throughput last ÷ first and p95 latency last ÷ first. An operation
 * belongs to the window its end falls in.
 */
public final class Drift {

	private Drift() {
	}

	/**
	 * The operations of one kind: when each ended (nanoseconds from an origin the caller
	 * chooses) and how long it took. Not thread-safe: one per client thread, joined with
	 * {@link #addAll}.
	 */
	public static final class Series {

		private long[] ends = new long[1024];

		private long[] latencies = new long[1024];

		private int count;

		/**
		 * Records one operation.
		 * @param endNanos when it ended, from the origin
		 * @param latencyNanos how long it took
		 */
		public void add(long endNanos, long latencyNanos) {
			if (this.count == this.ends.length) {
				this.ends = Arrays.copyOf(this.ends, this.count * 2);
				this.latencies = Arrays.copyOf(this.latencies, this.count * 2);
			}
			this.ends[this.count] = endNanos;
			this.latencies[this.count] = latencyNanos;
			this.count++;
		}

		/**
		 * Adds every operation of another series.
		 * @param other the other series
		 */
		public void addAll(Series other) {
			for (int i = 0; i < other.count; i++) {
				add(other.ends[i], other.latencies[i]);
			}
		}

		/** How many operations were recorded. */
		public int size() {
			return this.count;
		}

		/**
		 * The operations that ended in {@code [fromNanos, toNanos)}.
		 * @param fromNanos the window's start, from the origin
		 * @param toNanos its end (exclusive)
		 * @return their count, throughput and latency
		 */
		public Window window(long fromNanos, long toNanos) {
			if (toNanos <= fromNanos) {
				throw new IllegalArgumentException("Empty window: " + fromNanos + " .. " + toNanos);
			}
			long[] inside = new long[this.count];
			int n = 0;
			for (int i = 0; i < this.count; i++) {
				if (this.ends[i] >= fromNanos && this.ends[i] < toNanos) {
					inside[n++] = this.latencies[i];
				}
			}
			double seconds = (toNanos - fromNanos) / 1e9;
			return new Window(fromNanos / 1e9, toNanos / 1e9, n, n / seconds, Stats.latency(Arrays.copyOf(inside, n)));
		}

		/**
		 * Consecutive windows of one length from {@code fromNanos}; the last one may be
		 * shorter and ends at {@code toNanos}.
		 * @param fromNanos the first window's start
		 * @param toNanos the last window's end
		 * @param stepNanos each window's length
		 * @return the windows in order
		 */
		public List<Window> windows(long fromNanos, long toNanos, long stepNanos) {
			if (stepNanos <= 0) {
				throw new IllegalArgumentException("Window length must be positive: " + stepNanos);
			}
			List<Window> windows = new ArrayList<>();
			for (long from = fromNanos; from < toNanos; from += stepNanos) {
				windows.add(window(from, Math.min(toNanos, from + stepNanos)));
			}
			return windows;
		}

		/**
		 * The first and the last of {@code parts} equal parts of {@code [fromNanos,
		 * toNanos)}.
		 * @param fromNanos the measured period's start
		 * @param toNanos its end
		 * @param parts in how many parts to cut it (5: first fifth against last fifth)
		 * @return the two windows
		 */
		public Comparison firstAgainstLast(long fromNanos, long toNanos, int parts) {
			if (parts < 2) {
				throw new IllegalArgumentException("At least two parts: " + parts);
			}
			long part = (toNanos - fromNanos) / parts;
			return new Comparison(window(fromNanos, fromNanos + part), window(toNanos - part, toNanos));
		}

	}

	/**
	 * The operations that ended in one window.
	 *
	 * @param fromSeconds the window's start, from the origin
	 * @param toSeconds its end
	 * @param operations how many ended in it
	 * @param throughput operations per second
	 * @param latency their latencies in milliseconds
	 */
	public record Window(double fromSeconds, double toSeconds, long operations, double throughput,
			Stats.Latency latency) {
	}

	/**
	 * The first and the last window of a run, and the drift between them.
	 *
	 * @param first the first window
	 * @param last the last window
	 */
	public record Comparison(Window first, Window last) {

		/**
		 * Throughput last ÷ first: 1 means no drift, below 1 a slow-down.
		 * @return the ratio, {@code NaN} when nothing ended in the first window
		 */
		public double throughputRatio() {
			return Stats.ratio(this.last.throughput(), this.first.throughput());
		}

		/**
		 * p95 latency last ÷ first: above 1 means slower at the end.
		 * @return the ratio, {@code NaN} when a window has no operation
		 */
		public double p95Ratio() {
			return Stats.ratio(this.last.latency().p95(), this.first.latency().p95());
		}

	}

	/**
	 * A drift corrected for the machine: the scenario's ratio divided by the ratio of its
	 * baselines after ÷ before (a machine that got 10% slower explains a 10% lower
	 * throughput).
	 * @param ratio the scenario's last ÷ first
	 * @param baselineBefore the baseline measured before the run
	 * @param baselineAfter the baseline measured after it
	 * @return the corrected ratio, {@code NaN} without a usable baseline
	 */
	public static double correctedForMachine(double ratio, double baselineBefore, double baselineAfter) {
		return Stats.ratio(ratio, Stats.ratio(baselineAfter, baselineBefore));
	}

}
