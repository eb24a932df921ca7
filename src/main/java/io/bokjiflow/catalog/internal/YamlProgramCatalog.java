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
import io.bokjiflow.catalog.LocalProgramSource;
import io.bokjiflow.catalog.Ministry;
import io.bokjiflow.catalog.Program;
import io.bokjiflow.catalog.ProgramCatalog;
import io.bokjiflow.catalog.ProgramQuery;
import io.bokjiflow.catalog.Region;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * The catalogue, read from YAML at start-up: the ministries and 시·도 of
 * {@code catalog/reference.yml}, the work-processing-support programs of
 * {@code catalog/programs.yml} and the other central programs of
 * {@code catalog/central-programs.yml}. Unknown fields and broken references fail the
 * start, so a typo in the data cannot silently drop a fact. Local governments' programs
 * come from {@link LocalProgramSource}s on every read and follow the central ones; one
 * that breaks a rule is left out with a warning, since it is data a local official edits.
 */
@Service
class YamlProgramCatalog implements ProgramCatalog {

	static final List<String> RESOURCES = List.of("catalog/reference.yml", "catalog/programs.yml",
			"catalog/central-programs.yml");

	private final Map<String, Ministry> ministries;

	private final List<Region> regions;

	private static final Logger log = LoggerFactory.getLogger(YamlProgramCatalog.class);

	private final Map<String, Program> programs;

	private final List<LocalProgramSource> localSources;

	YamlProgramCatalog() {
		this(RESOURCES);
	}

	@Autowired
	YamlProgramCatalog(ObjectProvider<LocalProgramSource> localSources) {
		this(RESOURCES, localSources.orderedStream().toList());
	}

	YamlProgramCatalog(List<String> resources) {
		this(resources, List.of());
	}

	YamlProgramCatalog(List<String> resources, List<LocalProgramSource> localSources) {
		this.localSources = List.copyOf(localSources);
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
		List<Program> local = localPrograms();
		if (local.isEmpty()) {
			return List.copyOf(this.programs.values());
		}
		List<Program> all = new ArrayList<>(this.programs.values());
		all.addAll(local);
		return List.copyOf(all);
	}

	@Override
	public Optional<Program> program(String code) {
		if (code == null) {
			return Optional.empty();
		}
		Program central = this.programs.get(code);
		if (central != null || this.localSources.isEmpty()) {
			return Optional.ofNullable(central);
		}
		return localPrograms().stream().filter(p -> p.code().equals(code)).findFirst();
	}

	@Override
	public List<Program> search(ProgramQuery query) {
		return ProgramSearch.search(programs(), query == null ? ProgramQuery.all() : query, this.ministries::get);
	}

	/**
	 * The local programs of every source that keep the catalogue's rules for local
	 * programs and do not clash with a central program or an earlier local one.
	 */
	private List<Program> localPrograms() {
		if (this.localSources.isEmpty()) {
			return List.of();
		}
		List<Program> accepted = new ArrayList<>();
		java.util.Set<String> codes = new java.util.HashSet<>(this.programs.keySet());
		java.util.Set<String> prefixes = new java.util.HashSet<>();
		this.programs.values()
			.stream()
			.map(Program::applicationPrefix)
			.filter(java.util.Objects::nonNull)
			.forEach(prefixes::add);
		for (LocalProgramSource source : this.localSources) {
			for (Program p : source.localPrograms()) {
				List<String> errors = CatalogValidator.checkLocal(p, this.ministries.keySet(), regionCodes(), codes,
						prefixes);
				if (errors.isEmpty()) {
					accepted.add(p);
				}
				else {
					log.warn("Local program {} left out of the catalogue: {}", p.code(), errors);
				}
			}
		}
		return accepted;
	}

	private java.util.Set<String> regionCodes() {
		return this.regions.stream().map(Region::code).collect(java.util.stream.Collectors.toSet());
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
