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
 * Baseline (c) and the plumbing of scenario 8 (population load of 1,000,000 persons).
 * Until the population generator lands, only the COPY baseline is measured and reported.
 */
public final class PopulationLoadScenario {

	private static final Logger log = LoggerFactory.getLogger(PopulationLoadScenario.class);

	/**
	 * The hook scenario 8 plugs into.
	 *
	 * <p>
	 * TODO(issue 9, scenario 8): implement with the population generator (being written
	 * on another branch) — load {@code persons} persons with their households,
	 * qualifications, incomes and assets into the registry tables and return the persons
	 * loaded; then set {@link #LOADER} to it. Its ratio is persons/s against baseline (c)
	 * rows/s; issue 9 sets no numeric target for the load itself.
	 */
	@FunctionalInterface
	public interface PopulationLoader {

		/**
		 * Loads a population.
		 * @param persons how many persons
		 * @return persons loaded
		 */
		long load(long persons);

	}

	/** No generator yet: scenario 8 is reported as pending. */
	static final PopulationLoader LOADER = null;

	private final BenchContext ctx;

	private final CopyBaseline copy;

	public PopulationLoadScenario(BenchContext ctx, CopyBaseline copy) {
		this.ctx = ctx;
		this.copy = copy;
	}

	/** Measures baseline (c) and, once it exists, scenario 8. */
	public void run() {
		long rows = this.ctx.config().quick() ? 100_000 : 1_000_000;
		if (LOADER == null) {
			double before = this.copy.measure(rows);
			double after = this.copy.measure(rows);
			Map<String, Object> d = new LinkedHashMap<>();
			d.put("rows", rows);
			d.put("scenario8", "pending: the population generator is not merged yet (TODO hook in "
					+ "PopulationLoadScenario.PopulationLoader)");
			this.ctx.report()
				.add(Result.of("c", "Baseline (c): raw COPY of " + rows + " person-shaped rows (indexes, commit)",
						Stats.baseline(before, after), "rows/s",
						new Result.Baseline(CopyBaseline.NAME, "rows/s", before, after, 1), Double.NaN, null, null, d));
			return;
		}
		var measured = Interleaved.measure("scenario 8", CopyBaseline.NAME, "rows/s", this.ctx.config().attempts(),
				() -> this.copy.measure(rows), () -> {
					long t0 = System.nanoTime();
					long loaded = LOADER.load(rows);
					return loaded / ((System.nanoTime() - t0) / 1e9);
				});
		log.info("population load: {} persons/s", Math.round(measured.value()));
		this.ctx.report()
			.add(Result.of("8", "Scenario 8: population load of " + rows + " persons", measured.value(), "persons/s",
					measured.baseline(), Stats.ratio(measured.value(), measured.baseline().value()),
					"persons/s / COPY rows/s", (Target) null, new LinkedHashMap<>()));
	}

}
