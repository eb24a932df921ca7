package io.bokjiflow.publicdata.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.bokjiflow.publicdata.PublicDataSource;
import io.bokjiflow.publicdata.SourceInfo;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Agency, dataset and legal basis of every source, from {@code publicdata/sources.yml}; a
 * source missing from the file stops the start.
 */
@Component
class SourceCatalog {

	private final Map<PublicDataSource, SourceInfo> sources;

	SourceCatalog() {
		ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
		try (InputStream in = new ClassPathResource("publicdata/sources.yml").getInputStream()) {
			Map<String, Map<PublicDataSource, SourceInfo>> doc = yaml.readValue(in, new TypeReference<>() {
			});
			this.sources = new EnumMap<>(doc.get("sources"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read publicdata/sources.yml", ex);
		}
		for (PublicDataSource s : PublicDataSource.values()) {
			if (!this.sources.containsKey(s)) {
				throw new IllegalStateException("publicdata/sources.yml lacks " + s);
			}
		}
	}

	SourceInfo info(PublicDataSource source) {
		return this.sources.get(source);
	}

}
