package io.bokjiflow.openmarket.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bokjiflow.openmarket.ProgramVersion.ProgramContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sample local programs of {@code openmarket/sample-programs.yml}: each one that does
 * not exist yet is created and published as version 1 by the system at start-up, so a
 * second start changes nothing. A sample that breaks a content rule fails the start, as a
 * typo in the catalogue's data does.
 */
@Component
class SamplePrograms {

	static final String RESOURCE = "openmarket/sample-programs.yml";

	private static final Logger log = LoggerFactory.getLogger(SamplePrograms.class);

	private final LocalProgramService programs;

	private final TransactionTemplate transaction;

	private final ObjectMapper json;

	SamplePrograms(LocalProgramService programs, TransactionTemplate transaction, ObjectMapper json) {
		this.programs = programs;
		this.transaction = transaction;
		this.json = json;
	}

	/**
	 * One sample.
	 *
	 * @param code the program code
	 * @param effectiveFrom the first day version 1 applies
	 * @param content the content, its application form as JSON
	 */
	record Sample(String code, LocalDate effectiveFrom, ProgramContent content) {
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(10)
	void load() {
		int created = 0;
		for (Sample sample : read(this.json)) {
			Boolean done = this.transaction.execute(
					status -> this.programs.publishAsSystem(sample.code(), sample.content(), sample.effectiveFrom()));
			if (Boolean.TRUE.equals(done)) {
				created++;
			}
		}
		log.info("Sample local programs: {} created", created);
	}

	/**
	 * Reads the samples; YAML anchors (the shared form items) are resolved and each
	 * {@code applicationForm} becomes the content's Camunda form JSON.
	 * @param mapper the application's object mapper
	 * @return the samples in file order
	 */
	@SuppressWarnings("unchecked")
	static List<Sample> read(ObjectMapper mapper) {
		LoaderOptions options = new LoaderOptions();
		options.setMaxAliasesForCollections(1000);
		Map<String, Object> root;
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			root = new Yaml(new SafeConstructor(options)).load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + RESOURCE, ex);
		}
		ObjectMapper strict = mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
		List<Map<String, Object>> entries = (List<Map<String, Object>>) root.get("programs");
		return entries.stream().map(e -> {
			Map<String, Object> content = new LinkedHashMap<>((Map<String, Object>) e.get("content"));
			Object form = e.get("applicationForm");
			if (form != null) {
				Map<String, Object> document = new LinkedHashMap<>();
				document.put("id", ApplicationFormDeployer.formId((String) e.get("code")));
				document.put("type", "default");
				document.put("schemaVersion", 16);
				document.put("executionPlatform", "Camunda Platform");
				document.put("executionPlatformVersion", "7.24.0");
				document.putAll((Map<String, Object>) form);
				try {
					content.put("applicationFormJson", mapper.writeValueAsString(document));
				}
				catch (JsonProcessingException ex) {
					throw new IllegalStateException(ex);
				}
			}
			try {
				return new Sample((String) e.get("code"), LocalDate.parse((String) e.get("effectiveFrom")),
						strict.convertValue(content, ProgramContent.class));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalStateException("Sample program " + e.get("code") + ": " + ex.getMessage(), ex);
			}
		}).toList();
	}

}
