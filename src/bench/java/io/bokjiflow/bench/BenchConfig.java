package io.bokjiflow.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The harness's settings, from {@code -Dbench.*} system properties (the Maven profile
 * passes them on) and the standard {@code SPRING_DATASOURCE_*} variables. Quick mode
 * shortens every window for smoke runs; every value can be overridden one by one.
 *
 * @param quick whether this is a short smoke run
 * @param fresh whether to wipe the prepared data (embedded data directory, task-list
 * data) first
 * @param scenarios which scenarios to run ({@code all} or e.g. {@code 1,2,4})
 * @param dir where results and the embedded data directory go
 * @param jdbcUrl an external PostgreSQL, or {@code null} for the embedded one
 * @param jdbcUsername its user
 * @param jdbcPassword its password
 * @param clientThreads client threads of the throughput scenarios (issue 9: 4)
 * @param jvmWarmup how long to run the engine and the baseline before measuring anything
 * @param baselineWindow the measuring window of a baseline
 * @param scenarioWindow the measuring window of a throughput scenario
 * @param attempts how often a measurement is taken when its baselines disagree
 * @param asyncBacklog instances started before the job executor drains them
 * @param openTasks open tasks the task-list scenario needs
 * @param historicInstances historic process instances the task-list database should hold
 * @param queryWindow the measuring window of a query (raw or Camunda)
 * @param appWarmup warm-up of the real application before measuring
 * @param appWindow the measuring window of the real application
 */
public record BenchConfig(boolean quick, boolean fresh, Set<String> scenarios, Path dir, String jdbcUrl,
		String jdbcUsername, String jdbcPassword, int clientThreads, Duration jvmWarmup, Duration baselineWindow,
		Duration scenarioWindow, int attempts, int asyncBacklog, int openTasks, long historicInstances,
		Duration queryWindow, Duration appWarmup, Duration appWindow) {

	/**
	 * Reads the settings from the system properties and the environment.
	 * @return the settings
	 */
	public static BenchConfig fromSystem() {
		boolean quick = Boolean.parseBoolean(prop("bench.quick", "false"));
		String url = firstText(System.getProperty("bench.jdbc.url"), System.getenv("SPRING_DATASOURCE_URL"));
		String user = firstText(System.getProperty("bench.jdbc.username"), System.getenv("SPRING_DATASOURCE_USERNAME"));
		String password = firstText(System.getProperty("bench.jdbc.password"),
				System.getenv("SPRING_DATASOURCE_PASSWORD"));
		Set<String> scenarios = Arrays.stream(prop("bench.scenarios", "all").split(","))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.collect(Collectors.toCollection(java.util.LinkedHashSet::new));
		return new BenchConfig(quick, Boolean.parseBoolean(prop("bench.fresh", "false")), scenarios,
				Path.of(prop("bench.dir", "target/bench")), url, user, password == null ? "" : password,
				Integer.parseInt(prop("bench.threads", "4")), seconds("bench.warmup", quick ? 15 : 75),
				seconds("bench.baseline.window", quick ? 4 : 10), seconds("bench.scenario.window", quick ? 6 : 20),
				Integer.parseInt(prop("bench.attempts", quick ? "1" : "2")),
				Integer.parseInt(prop("bench.async.backlog", quick ? "600" : "3000")),
				Integer.parseInt(prop("bench.tasks.open", quick ? "10000" : "100000")),
				Long.parseLong(prop("bench.history.instances", quick ? "0" : "1000000")),
				seconds("bench.query.window", quick ? 4 : 10), seconds("bench.app.warmup", quick ? 8 : 20),
				seconds("bench.app.window", quick ? 15 : 40));
	}

	/**
	 * Whether a scenario (or baseline) is selected.
	 * @param id e.g. {@code 1} or {@code c}
	 * @return whether to run it
	 */
	public boolean runs(String id) {
		return this.scenarios.contains("all") || this.scenarios.contains(id);
	}

	/** Whether an external PostgreSQL is used. */
	public boolean external() {
		return this.jdbcUrl != null;
	}

	/** The settings as they go into results.json (no password). */
	public Map<String, Object> describe() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("quick", this.quick);
		m.put("fresh", this.fresh);
		m.put("scenarios", String.join(",", this.scenarios));
		m.put("database", external() ? "external" : "embedded");
		m.put("clientThreads", this.clientThreads);
		m.put("jvmWarmupSeconds", this.jvmWarmup.toSeconds());
		m.put("baselineWindowSeconds", this.baselineWindow.toSeconds());
		m.put("scenarioWindowSeconds", this.scenarioWindow.toSeconds());
		m.put("attempts", this.attempts);
		m.put("asyncBacklog", this.asyncBacklog);
		m.put("openTasks", this.openTasks);
		m.put("historicInstances", this.historicInstances);
		m.put("queryWindowSeconds", this.queryWindow.toSeconds());
		m.put("appWarmupSeconds", this.appWarmup.toSeconds());
		m.put("appWindowSeconds", this.appWindow.toSeconds());
		return m;
	}

	private static Duration seconds(String name, int defaultSeconds) {
		return Duration.ofSeconds(Long.parseLong(prop(name, Integer.toString(defaultSeconds))));
	}

	private static String prop(String name, String defaultValue) {
		String value = System.getProperty(name);
		return value == null || value.isBlank() ? defaultValue : value.strip();
	}

	private static String firstText(String a, String b) {
		if (a != null && !a.isBlank()) {
			return a.strip();
		}
		return b != null && !b.isBlank() ? b.strip() : null;
	}

}
