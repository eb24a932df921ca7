package io.bokjiflow.bench.scenario;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import io.bokjiflow.BokjiFlowApplication;
import io.bokjiflow.bench.BenchContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Scenario 8's loader: starts the real application on an empty schema with
 * {@code bokjiflow.population.size=N}, lets its start-up load run (the same code and
 * settings a first start uses), and reads the load's own timing from {@code pop_load}
 * (started → finished, in the load's transaction, so the application's start-up time is
 * not counted). The schema is dropped afterwards, so every attempt loads into empty
 * tables, like the COPY baseline.
 */
final class AppPopulationLoad implements PopulationLoadScenario.PopulationLoader {

	private static final Logger log = LoggerFactory.getLogger(AppPopulationLoad.class);

	private final BenchContext ctx;

	private int attempt;

	AppPopulationLoad(BenchContext ctx) {
		this.ctx = ctx;
	}

	@Override
	public double personsPerSecond(long persons) {
		String schema = "bench_population_" + (++this.attempt);
		var db = this.ctx.db();
		db.recreateSchema(schema);
		Map<String, Object> props = new LinkedHashMap<>();
		props.put("spring.datasource.url", db.url(schema));
		props.put("spring.datasource.username", db.username());
		props.put("spring.datasource.password", db.password());
		props.put("spring.flyway.schemas", schema);
		props.put("spring.flyway.default-schema", schema);
		props.put("camunda.bpm.database.schema-name", schema);
		props.put("camunda.bpm.database.table-prefix", schema + ".");
		props.put("camunda.bpm.job-execution.enabled", "false");
		props.put("bokjiflow.demo.enabled", "false");
		props.put("bokjiflow.simulator.enabled", "false");
		props.put("bokjiflow.population.size", String.valueOf(persons));
		props.put("bokjiflow.security.rrn-encryption-key", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
		props.put("bokjiflow.security.rrn-hash-key", "HyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2Nzg5Ojs8PT4=");
		props.put("server.port", "0");
		props.put("spring.main.banner-mode", "off");
		String[] args = props.entrySet()
			.stream()
			.map(e -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		ConfigurableApplicationContext app = new SpringApplicationBuilder(BokjiFlowApplication.class).profiles("bench")
			.run(args);
		try (Connection c = db.connect();
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select persons, extract(epoch from finished_at - started_at) from "
						+ schema + ".pop_load order by id desc limit 1")) {
			if (!rs.next()) {
				throw new IllegalStateException("The application loaded no population into " + schema);
			}
			long loaded = rs.getLong(1);
			double seconds = rs.getDouble(2);
			log.info("population load attempt {}: {} persons in {} s", this.attempt, loaded, seconds);
			return loaded / seconds;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not read the population load's timing", ex);
		}
		finally {
			app.close();
			db.execute("drop schema if exists " + schema + " cascade");
		}
	}

}
