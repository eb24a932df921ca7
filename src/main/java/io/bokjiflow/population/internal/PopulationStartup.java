package io.bokjiflow.population.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Loads the configured synthetic population once the application is ready (after the demo
 * users), unless one was loaded before: restarts never load twice.
 */
@Component
class PopulationStartup {

	private static final Logger log = LoggerFactory.getLogger(PopulationStartup.class);

	private final PopulationLoader loader;

	private final PopulationProperties properties;

	private final Environment environment;

	PopulationStartup(PopulationLoader loader, PopulationProperties properties, Environment environment) {
		this.loader = loader;
		this.properties = properties;
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(20)
	void loadOnFirstStart() {
		int size = this.properties
			.sizeOnStart(this.environment.getProperty("bokjiflow.demo.enabled", Boolean.class, false));
		if (size == 0) {
			log.debug("No synthetic population configured (bokjiflow.population.size = 0)");
			return;
		}
		this.loader.loadOnce(this.properties.seed(), size);
	}

}
