package io.bokjiflow.payments.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The laws whose benefits may go to a seizure-protected account, read from
 * {@code payments/protected-account-laws.yml} (with their sources).
 */
@Component
class ProtectedAccountLaws {

	static final String RESOURCE = "payments/protected-account-laws.yml";

	private final List<String> matches;

	ProtectedAccountLaws() {
		this(load());
	}

	ProtectedAccountLaws(List<Law> laws) {
		this.matches = laws.stream().flatMap(l -> l.matches().stream()).map(ProtectedAccountLaws::compact).toList();
	}

	/** Whether a legal basis names one of the laws (spaces ignored). */
	boolean allows(String legalBasis) {
		if (legalBasis == null) {
			return false;
		}
		String basis = compact(legalBasis);
		return this.matches.stream().anyMatch(basis::contains);
	}

	private static String compact(String text) {
		return text.replaceAll("\\s+", "");
	}

	static List<Law> load() {
		ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			return yaml.readValue(in, File.class).laws();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + RESOURCE, ex);
		}
	}

	record File(List<Law> laws) {
	}

	/**
	 * One law of the file.
	 *
	 * @param law the law
	 * @param matches texts of a legal basis that mean this law
	 * @param sources the sources (FACTS.md)
	 */
	record Law(String law, List<String> matches, List<String> sources) {
	}

}
