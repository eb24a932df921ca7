package io.bokjiflow.bench;

import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures a scenario between two measurements of its baseline (baseline → scenario →
 * baseline) and repeats the three when the baselines differ by more than 10%, up to a
 * bound; the last attempt is kept and, if still unstable, reported as UNSTABLE.
 */
public final class Interleaved {

	private static final Logger log = LoggerFactory.getLogger(Interleaved.class);

	private Interleaved() {
	}

	/**
	 * Runs baseline → scenario → baseline, repeating on disagreement.
	 * @param name the scenario, for the log
	 * @param baselineName the baseline's name
	 * @param baselineUnit the baseline's unit
	 * @param attempts the most attempts
	 * @param baseline measures the baseline once
	 * @param scenario measures the scenario once
	 * @param <T> what the scenario measures
	 * @return the scenario's measurement with its baselines
	 */
	public static <T> Measured<T> measure(String name, String baselineName, String baselineUnit, int attempts,
			DoubleSupplier baseline, Supplier<T> scenario) {
		Measured<T> last = null;
		for (int attempt = 1; attempt <= Math.max(1, attempts); attempt++) {
			double before = baseline.getAsDouble();
			T value = scenario.get();
			double after = baseline.getAsDouble();
			last = new Measured<>(value, new Result.Baseline(baselineName, baselineUnit, before, after, attempt));
			if (last.baseline().stable()) {
				break;
			}
			log.warn("{}: baselines differ by {}% ({} before, {} after){}", name,
					Math.round(last.baseline().drift() * 100), Math.round(before), Math.round(after),
					attempt < attempts ? "; measuring again" : "; marked UNSTABLE");
		}
		return last;
	}

	/**
	 * A scenario's measurement and the baselines around it.
	 *
	 * @param value what the scenario measured
	 * @param baseline the baselines
	 * @param <T> what the scenario measures
	 */
	public record Measured<T>(T value, Result.Baseline baseline) {
	}

}
