package io.bokjiflow.bench.scenario;

import io.bokjiflow.bench.BenchContext;

/** Scenario 3 (being built). */
public final class TravelVoucherScenario {

	private final BenchContext ctx;

	public TravelVoucherScenario(BenchContext ctx) {
		this.ctx = ctx;
	}

	public void run() {
		this.ctx.report().note("Scenario 3 not built yet");
	}

}
