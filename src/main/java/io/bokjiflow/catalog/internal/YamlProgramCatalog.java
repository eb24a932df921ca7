package io.bokjiflow.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.bokjiflow.catalog.Program;
import io.bokjiflow.catalog.ProgramCatalog;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * The central programs, read from {@code catalog/programs.yml} at start-up. Unknown
 * fields fail the start, so a typo in the data cannot silently drop a fact.
 */
@Service
class YamlProgramCatalog implements ProgramCatalog {

	static final String RESOURCE = "catalog/programs.yml";

	private final Map<String, Program> programs;

	YamlProgramCatalog() {
		this.programs = load();
	}

	static Map<String, Program> load() {
		ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			Map<String, List<Program>> doc = yaml.readValue(in, new TypeReference<>() {
			});
			Map<String, Program> byCode = new LinkedHashMap<>();
			for (Program p : doc.getOrDefault("programs", List.of())) {
				if (byCode.put(p.code(), p) != null) {
					throw new IllegalStateException("Duplicate program code in " + RESOURCE + ": " + p.code());
				}
			}
			return java.util.Collections.unmodifiableMap(byCode);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + RESOURCE, ex);
		}
	}

	@Override
	public List<Program> programs() {
		return List.copyOf(this.programs.values());
	}

	@Override
	public Optional<Program> program(String code) {
		return Optional.ofNullable(this.programs.get(code));
	}

}
