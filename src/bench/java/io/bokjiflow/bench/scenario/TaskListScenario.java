package io.bokjiflow.bench.scenario;

import io.bokjiflow.bench.BenchContext;

/** Scenario 4 (being built). */
public final class TaskListScenario {

	private final BenchContext ctx;

	public TaskListScenario(BenchContext ctx) {
		this.ctx = ctx;
	}

	public void run() {
		this.ctx.report().note("Scenario 4 not built yet");
	}

}
