package io.bokjiflow.population.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When and how big a synthetic population is loaded.
 *
 * @param size persons to load on first start; {@code null} (the default) means
 * {@code demoSize} when the demo set-up is on and none otherwise
 * @param demoSize the demo set-up's population
 * @param seed the seed: the same seed and size always give the same population
 * @param chunkSize persons per {@code COPY} round trip
 * @param largeLoadFrom from this size on, a start-up load drops the indexes on random
 * keys and rebuilds them at the end (the tables are locked for others meanwhile)
 */
@ConfigurationProperties("bokjiflow.population")
record PopulationProperties(Integer size, int demoSize, long seed, int chunkSize, int largeLoadFrom) {

	PopulationProperties {
		if (chunkSize <= 0) {
			chunkSize = 10_000;
		}
		if (largeLoadFrom <= 0) {
			largeLoadFrom = 200_000;
		}
	}

	/** The persons to load on start, given whether the demo set-up is on. */
	int sizeOnStart(boolean demoEnabled) {
		if (this.size != null) {
			return Math.max(0, this.size);
		}
		return demoEnabled ? this.demoSize : 0;
	}

}
