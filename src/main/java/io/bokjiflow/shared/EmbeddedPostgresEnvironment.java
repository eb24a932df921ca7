package io.bokjiflow.shared;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.logging.Log;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded PostgreSQL and points Spring's datasource at it when no
 * {@code spring.datasource.url} is configured, so that a fresh clone runs with nothing
 * installed but a JDK.
 */
public class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor {

	private final Log log;

	public EmbeddedPostgresEnvironment(DeferredLogFactory logs) {
		this.log = logs.getLog(EmbeddedPostgresEnvironment.class);
	}

	static final String DATA_DIR = "bokjiflow.embedded-postgres.data-dir";

	static final String PORT = "bokjiflow.embedded-postgres.port";

	static final String CLEAN = "bokjiflow.embedded-postgres.clean";

	/** Set to {@code true} when the embedded server is in use; demo data keys off it. */
	public static final String EMBEDDED_FLAG = "bokjiflow.embedded";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
			return;
		}
		Path dataDir = Path.of(environment.getProperty(DATA_DIR, "./data/postgres"));
		int port = environment.getProperty(PORT, Integer.class, 0);
		boolean clean = environment.getProperty(CLEAN, Boolean.class, false);
		EmbeddedPostgres server = EmbeddedPostgres.start(dataDir, port, clean);
		server.stopAfterSpringContexts();
		Map<String, Object> props = new HashMap<>();
		String url = server.ensureDatabase("bokjiflow");
		this.log.info("No datasource configured: using the embedded PostgreSQL at " + url + " with data in "
				+ dataDir.toAbsolutePath().normalize() + (clean ? " (wiped at start)" : " (kept between runs)"));
		props.put("spring.datasource.url", url);
		props.put("spring.datasource.username", EmbeddedPostgres.USER);
		props.put("spring.datasource.password", "");
		props.put(EMBEDDED_FLAG, "true");
		environment.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", props));
	}

}
