package io.bokjiflow.bench.scenario;

import java.util.LinkedHashMap;
import java.util.Map;

import io.bokjiflow.bench.BenchContext;
import io.bokjiflow.bench.Interleaved;
import io.bokjiflow.bench.Result;
import io.bokjiflow.bench.Stats;
import io.bokjiflow.bench.Target;
import io.bokjiflow.bench.baseline.CopyBaseline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scenario 8 — the population load of 1,000,000 persons (100,000 in quick mode) through
 * the application's own start-up load — between two measurements of baseline (c), a raw
 * COPY of the same number of person-shaped rows.
 */
public final class PopulationLoadScenario {

	private static final Logger log = LoggerFactory.getLogger(PopulationLoadScenario.class);

	/** How a population load is measured. */
	@FunctionalInterface
	public interface PopulationLoader {

		/**
		 * Loads a population into empty tables and returns the load's rate.
		 * @param persons how many persons
		 * @return persons per second
		 */
		double personsPerSecond(long persons);

	}

	private final BenchContext ctx;

	private final CopyBaseline copy;

	private final PopulationLoader loader;

	public PopulationLoadScenario(BenchContext ctx, CopyBaseline copy) {
		this.ctx = ctx;
		this.copy = copy;
		this.loader = new AppPopulationLoad(ctx);
	}

	/** Measures baseline (c) and, once it exists, scenario 8. */
	public void run() {
		long rows = this.ctx.config().quick() ? 100_000 : 1_000_000;
		var measured = Interleaved.measure("scenario 8", CopyBaseline.NAME, "rows/s", this.ctx.config().attempts(),
				() -> this.copy.measure(rows), () -> this.loader.personsPerSecond(rows));
		log.info("population load: {} persons/s", Math.round(measured.value()));
		this.ctx.report()
			.add(Result.of("8", "Scenario 8: population load of " + rows + " persons", measured.value(), "persons/s",
					measured.baseline(), Stats.ratio(measured.value(), measured.baseline().value()),
					"persons/s / COPY rows/s", (Target) null, new LinkedHashMap<>()));
	}

}
