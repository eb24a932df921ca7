package io.bokjiflow.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.bokjiflow.catalog.Ministry;
import io.bokjiflow.catalog.Program;
import io.bokjiflow.catalog.ProgramCatalog;
import io.bokjiflow.catalog.ProgramQuery;
import io.bokjiflow.catalog.Region;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * The catalogue, read from YAML at start-up: the ministries and 시·도 of
 * {@code catalog/reference.yml}, the work-processing-support programs of
 * {@code catalog/programs.yml} and the other central programs of
 * {@code catalog/central-programs.yml}. Unknown fields and broken references fail the
 * start, so a typo in the data cannot silently drop a fact.
 */
@Service
class YamlProgramCatalog implements ProgramCatalog {

	static final List<String> RESOURCES = List.of("catalog/reference.yml", "catalog/programs.yml",
			"catalog/central-programs.yml");

	private final Map<String, Ministry> ministries;

	private final List<Region> regions;

	private final Map<String, Program> programs;

	YamlProgramCatalog() {
		this(RESOURCES);
	}

	YamlProgramCatalog(List<String> resources) {
		List<Ministry> ministryList = new ArrayList<>();
		List<Region> regionList = new ArrayList<>();
		List<Program> programList = new ArrayList<>();
		for (String resource : resources) {
			CatalogFile file = read(resource);
			ministryList.addAll(file.ministries());
			regionList.addAll(file.regions());
			programList.addAll(file.programs());
		}
		CatalogValidator.validate(ministryList, regionList, programList);
		Map<String, Ministry> ministryMap = new LinkedHashMap<>();
		ministryList.forEach(m -> ministryMap.put(m.id(), m));
		Map<String, Program> programMap = new LinkedHashMap<>();
		programList.forEach(p -> programMap.put(p.code(), p));
		this.ministries = Collections.unmodifiableMap(ministryMap);
		this.regions = List.copyOf(regionList);
		this.programs = Collections.unmodifiableMap(programMap);
	}

	private static CatalogFile read(String resource) {
		// Unknown fields fail; a missing `linked` (the only primitive) means false, and
		// every other required field is checked by CatalogValidator with a clear message.
		ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
			.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return yaml.readValue(in, CatalogFile.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + resource + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public List<Program> programs() {
		return List.copyOf(this.programs.values());
	}

	@Override
	public Optional<Program> program(String code) {
		return Optional.ofNullable(code == null ? null : this.programs.get(code));
	}

	@Override
	public List<Program> search(ProgramQuery query) {
		return ProgramSearch.search(this.programs.values(), query == null ? ProgramQuery.all() : query,
				this.ministries::get);
	}

	@Override
	public List<Ministry> ministries() {
		return List.copyOf(this.ministries.values());
	}

	@Override
	public Optional<Ministry> ministry(String id) {
		return Optional.ofNullable(id == null ? null : this.ministries.get(id));
	}

	@Override
	public List<Region> regions() {
		return this.regions;
	}

	/** One catalogue file; each section is optional. */
	record CatalogFile(List<Ministry> ministries, List<Region> regions, List<Program> programs) {

		CatalogFile {
			ministries = ministries == null ? List.of() : ministries;
			regions = regions == null ? List.of() : regions;
			programs = programs == null ? List.of() : programs;
		}

	}

}
