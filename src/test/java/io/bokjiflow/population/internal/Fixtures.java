package io.bokjiflow.population.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

import io.bokjiflow.registry.Rrn;

import org.springframework.core.io.ClassPathResource;

/** Test helpers: the simulator's demo numbers and a shared data file. */
final class Fixtures {

	static final PopulationData DATA = PopulationData.load();

	private Fixtures() {
	}

	/** The numbers of {@code simulator/qualifications.csv}, read without Spring. */
	static Set<Rrn> simulatorNumbers() {
		Set<Rrn> numbers = new LinkedHashSet<>();
		try (BufferedReader in = new BufferedReader(new InputStreamReader(
				new ClassPathResource("simulator/qualifications.csv").getInputStream(), StandardCharsets.UTF_8))) {
			in.lines()
				.filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("rrn,"))
				.forEach(l -> numbers.add(Rrn.parse(l.substring(0, l.indexOf(',')))));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return numbers;
	}

}
