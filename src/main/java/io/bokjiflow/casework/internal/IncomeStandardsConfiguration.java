package io.bokjiflow.casework.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import io.bokjiflow.casework.IncomeStandards;
import io.bokjiflow.casework.RecognisedIncomeCalculator;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

@Configuration(proxyBeanMethods = false)
class IncomeStandardsConfiguration {

	/**
	 * Read once at start-up; a malformed file stops the start rather than a later
	 * decision.
	 */
	@Bean
	RecognisedIncomeCalculator recognisedIncomeCalculator() {
		try (InputStream in = new ClassPathResource(IncomeStandards.RESOURCE).getInputStream()) {
			return new RecognisedIncomeCalculator(IncomeStandards.load(in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
