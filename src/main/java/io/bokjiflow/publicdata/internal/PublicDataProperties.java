package io.bokjiflow.publicdata.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the public-data gateway is and how long to wait for it.
 *
 * @param baseUrl the gateway (by default this instance's own SIMULATOR)
 * @param apiKey the credential the gateway expects in {@code X-Api-Key}
 * @param connectTimeout connection timeout
 * @param readTimeout read timeout
 */
@ConfigurationProperties("bokjiflow.publicdata")
record PublicDataProperties(String baseUrl, String apiKey, Duration connectTimeout, Duration readTimeout) {
}
