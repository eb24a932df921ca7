package io.bokjiflow.publicdata.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.bokjiflow.publicdata.PublicDataSource;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the public-data SIMULATOR behaves, per source: latency, a share of failing calls
 * and outage windows, so that demos, tests and benchmarks can play a slow or unreliable
 * agency.
 *
 * @param sources behaviour by source (absent = answer at once, never fail)
 */
@ConfigurationProperties("bokjiflow.simulator")
record SimulatorProperties(Map<PublicDataSource, Behaviour> sources) {

	SimulatorProperties {
		sources = sources == null ? Map.of() : Map.copyOf(sources);
	}

	/**
	 * A source's behaviour.
	 *
	 * @param latency added before every answer
	 * @param errorRate share of calls answered 503 (0–1), spread evenly and
	 * deterministically
	 * @param outages daily windows of local time answered 503, e.g. {@code 02:00-02:30}
	 */
	record Behaviour(Duration latency, double errorRate, List<String> outages) {

		Behaviour {
			latency = latency == null ? Duration.ZERO : latency;
			outages = outages == null ? List.of() : List.copyOf(outages);
			if (errorRate < 0 || errorRate > 1) {
				throw new IllegalArgumentException("error-rate must be between 0 and 1");
			}
		}

	}

	Behaviour of(PublicDataSource source) {
		return this.sources.getOrDefault(source, new Behaviour(Duration.ZERO, 0, List.of()));
	}

}
