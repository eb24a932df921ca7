package io.bokjiflow.registry.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Supplies the RRN keys from configuration. With the embedded database only, missing keys
 * are generated once and kept beside the data (development and demo); anywhere else the
 * application refuses to start without them.
 */
@Configuration(proxyBeanMethods = false)
class RrnKeyConfiguration {

	private static final Logger log = LoggerFactory.getLogger(RrnKeyConfiguration.class);

	static final String ENC = "bokjiflow.security.rrn-encryption-key";

	static final String HASH = "bokjiflow.security.rrn-hash-key";

	@Bean
	RrnProtector rrnProtector(Environment env) {
		String enc = env.getProperty(ENC);
		String hash = env.getProperty(HASH);
		if (!StringUtils.hasText(enc) || !StringUtils.hasText(hash)) {
			if (!env.getProperty("bokjiflow.embedded", Boolean.class, false)) {
				throw new IllegalStateException("Set " + ENC + " and " + HASH
						+ " (BOKJIFLOW_RRN_KEY, BOKJIFLOW_RRN_HASH_KEY: base64 of 32 random bytes each); "
						+ "BokjiFlow does not store resident numbers without them.");
			}
			Properties dev = devKeys(
					Path.of(env.getProperty("bokjiflow.security.dev-key-file", "./data/dev-keys.properties")));
			enc = dev.getProperty(ENC);
			hash = dev.getProperty(HASH);
		}
		return new RrnProtector(Base64.getDecoder().decode(enc), Base64.getDecoder().decode(hash));
	}

	private static synchronized Properties devKeys(Path file) {
		Properties props = new Properties();
		try {
			if (Files.exists(file)) {
				try (Reader r = Files.newBufferedReader(file)) {
					props.load(r);
				}
				return props;
			}
			SecureRandom random = new SecureRandom();
			props.setProperty(ENC, randomKey(random));
			props.setProperty(HASH, randomKey(random));
			Files.createDirectories(file.toAbsolutePath().getParent());
			try (Writer w = Files.newBufferedWriter(file)) {
				props.store(w, "Development RRN keys for the embedded database only. Never use in production.");
			}
			log.warn("Generated development RRN keys in {} (embedded database only)", file);
			return props;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String randomKey(SecureRandom random) {
		byte[] key = new byte[32];
		random.nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

}
