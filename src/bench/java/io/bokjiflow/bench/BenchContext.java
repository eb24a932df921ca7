package io.bokjiflow.bench;

import java.util.ArrayList;
import java.util.List;

import io.bokjiflow.bench.baseline.CamundaShapedInsertBaseline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every scenario needs: the settings, the database, the report and baseline (a),
 * whose every measurement is kept so that its spread over the run can be reported.
 */
public final class BenchContext {

	private static final Logger log = LoggerFactory.getLogger(BenchContext.class);

	private final BenchConfig config;

	private final BenchDatabase db;

	private final Report report;

	private final CamundaShapedInsertBaseline baselineA;

	private final List<Double> baselineASamples = new ArrayList<>();

	BenchContext(BenchConfig config, BenchDatabase db, Report report, CamundaShapedInsertBaseline baselineA) {
		this.config = config;
		this.db = db;
		this.report = report;
		this.baselineA = baselineA;
	}

	/** The settings. */
	public BenchConfig config() {
		return this.config;
	}

	/** The database. */
	public BenchDatabase db() {
		return this.db;
	}

	/** The report. */
	public Report report() {
		return this.report;
	}

	/** Baseline (a) itself, e.g. for the warm-up. */
	public CamundaShapedInsertBaseline baselineA() {
		return this.baselineA;
	}

	/**
	 * Measures baseline (a) once: Camunda-shaped insert transactions per second at the
	 * configured client threads.
	 * @return transactions per second
	 */
	public double measureBaselineA() {
		double tps = this.baselineA.measure(this.config.clientThreads(), this.config.baselineWindow()).throughput();
		log.info("baseline (a): {} tx/s", Math.round(tps));
		synchronized (this.baselineASamples) {
			this.baselineASamples.add(tps);
		}
		return tps;
	}

	/** Every measurement of baseline (a) in this run. */
	public List<Double> baselineASamples() {
		synchronized (this.baselineASamples) {
			return List.copyOf(this.baselineASamples);
		}
	}

}
