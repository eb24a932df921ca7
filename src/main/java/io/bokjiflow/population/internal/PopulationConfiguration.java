package io.bokjiflow.population.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The population's data file, read once.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PopulationProperties.class)
class PopulationConfiguration {

	@Bean
	PopulationData populationData() {
		return PopulationData.load();
	}

}
