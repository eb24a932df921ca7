package io.bokjiflow.publicdata.internal;

import org.springframework.core.env.Environment;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;

/**
 * Builds the HTTP client of the public-data gateway: the configured base URL, or, with
 * none, this instance's own SIMULATOR (on its own port when one is set), whose port is
 * known only once the web server runs — so callers build it on first use.
 */
final class GatewayRestClient {

	private GatewayRestClient() {
	}

	static RestClient build(RestClient.Builder builder, PublicDataProperties props, Environment environment) {
		String simulatorPort = environment.getProperty("bokjiflow.simulator.port");
		String baseUrl = StringUtils.hasText(props.baseUrl()) ? props.baseUrl()
				: "http://localhost:" + (StringUtils.hasText(simulatorPort) ? simulatorPort
						: environment.getRequiredProperty("local.server.port")) + "/simulator";
		SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
		factory.setConnectTimeout(props.connectTimeout());
		factory.setReadTimeout(props.readTimeout());
		return builder.clone()
			.baseUrl(baseUrl)
			.requestFactory(factory)
			.defaultHeader(GatewayApi.API_KEY_HEADER, props.apiKey())
			.build();
	}

}
