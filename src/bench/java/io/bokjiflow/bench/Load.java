package io.bokjiflow.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an operation on a number of client threads in a closed loop: a short warm-up whose
 * operations are discarded, then a measuring window in which every operation's latency is
 * recorded.
 */
public final class Load {

	private static final Logger log = LoggerFactory.getLogger(Load.class);

	private Load() {
	}

	/** One client operation. */
	@FunctionalInterface
	public interface Op {

		/**
		 * Does the operation once.
		 * @throws Exception when it fails (counted, not fatal)
		 */
		void run() throws Exception;

	}

	/**
	 * Runs the operation.
	 * @param name what runs, for the log
	 * @param threads the client threads
	 * @param warmup how long to run before measuring
	 * @param window how long to measure
	 * @param opForThread the operation of each thread (by thread index)
	 * @return what was measured
	 */
	public static Outcome run(String name, int threads, Duration warmup, Duration window, IntFunction<Op> opForThread) {
		long start = System.nanoTime();
		long measureFrom = start + warmup.toNanos();
		long measureTo = measureFrom + window.toNanos();
		AtomicLong errors = new AtomicLong();
		AtomicReference<Throwable> firstError = new AtomicReference<>();
		List<Recorder> recorders = new ArrayList<>();
		List<Thread> workers = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			Op op = opForThread.apply(i);
			Recorder recorder = new Recorder();
			recorders.add(recorder);
			Thread t = new Thread(() -> {
				while (true) {
					long t0 = System.nanoTime();
					if (t0 >= measureTo) {
						break;
					}
					try {
						op.run();
					}
					catch (Exception | AssertionError ex) {
						errors.incrementAndGet();
						firstError.compareAndSet(null, ex);
						continue;
					}
					long t1 = System.nanoTime();
					// Operations that straddle the window's edges are not counted.
					if (t0 >= measureFrom && t1 <= measureTo) {
						recorder.add(t1 - t0);
					}
				}
			}, "bench-" + name + "-" + i);
			workers.add(t);
			t.start();
		}
		for (Thread t : workers) {
			try {
				t.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		long[] all = recorders.stream().flatMapToLong(r -> Arrays.stream(r.samples, 0, r.count)).toArray();
		if (errors.get() > 0) {
			log.warn("{}: {} operations failed; first: {}", name, errors.get(), String.valueOf(firstError.get()));
		}
		return new Outcome(all.length, window.toNanos() / 1e9, errors.get(), all,
				firstError.get() == null ? null : firstError.get().toString());
	}

	/** The latencies one client thread measured. */
	private static final class Recorder {

		private long[] samples = new long[4096];

		private int count;

		void add(long nanos) {
			if (this.count == this.samples.length) {
				this.samples = Arrays.copyOf(this.samples, this.count * 2);
			}
			this.samples[this.count++] = nanos;
		}

	}

	/**
	 * What a load run measured.
	 *
	 * @param operations operations completed within the window
	 * @param seconds the window's length
	 * @param errors operations that failed (warm-up included)
	 * @param latenciesNanos the latency of every measured operation
	 * @param firstError the first failure, if any
	 */
	public record Outcome(long operations, double seconds, long errors, long[] latenciesNanos, String firstError) {

		/** Operations per second. */
		public double throughput() {
			return this.operations / this.seconds;
		}

		/** Latency percentiles in milliseconds. */
		public Stats.Latency latency() {
			return Stats.latency(this.latenciesNanos);
		}

	}

	/**
	 * Waits for every thread to end.
	 * @param threads the threads
	 */
	public static void joinAll(List<Thread> threads) {
		for (Thread t : threads) {
			try {
				t.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

}
