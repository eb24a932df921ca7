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
	 * decision. Published as a bean so that other modules (the open market's income
	 * criteria) read the same medians as the calculation.
	 */
	@Bean
	IncomeStandards incomeStandards() {
		try (InputStream in = new ClassPathResource(IncomeStandards.RESOURCE).getInputStream()) {
			return IncomeStandards.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Bean
	RecognisedIncomeCalculator recognisedIncomeCalculator(IncomeStandards incomeStandards) {
		return new RecognisedIncomeCalculator(incomeStandards);
	}

}
