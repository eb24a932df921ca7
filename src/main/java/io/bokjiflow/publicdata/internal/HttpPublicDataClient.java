package io.bokjiflow.publicdata.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.bokjiflow.publicdata.PublicData;
import io.bokjiflow.publicdata.PublicDataUnavailableException;
import io.bokjiflow.publicdata.QualificationFact;
import io.bokjiflow.publicdata.QualificationReport;
import io.bokjiflow.registry.Rrn;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Calls the public-data gateway over HTTP. The resident number travels in the POST body
 * only.
 */
@Component
@EnableConfigurationProperties(PublicDataProperties.class)
class HttpPublicDataClient implements PublicData {

	private final PublicDataProperties props;

	private final RestClient.Builder builder;

	private final Environment environment;

	private final Clock clock;

	private volatile RestClient http;

	HttpPublicDataClient(PublicDataProperties props, RestClient.Builder builder, Environment environment, Clock clock) {
		this.props = props;
		this.builder = builder;
		this.environment = environment;
		this.clock = clock;
	}

	/**
	 * Built on first use: with no base URL configured, the gateway is this instance's own
	 * SIMULATOR, whose port is known only once the web server runs.
	 */
	private RestClient http() {
		RestClient client = this.http;
		if (client == null) {
			String baseUrl = StringUtils.hasText(this.props.baseUrl()) ? this.props.baseUrl()
					: "http://localhost:" + this.environment.getRequiredProperty("local.server.port") + "/simulator";
			SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
			factory.setConnectTimeout(this.props.connectTimeout());
			factory.setReadTimeout(this.props.readTimeout());
			client = this.builder.clone()
				.baseUrl(baseUrl)
				.requestFactory(factory)
				.defaultHeader(QualificationApi.API_KEY_HEADER, this.props.apiKey())
				.build();
			this.http = client;
		}
		return client;
	}

	@Override
	public QualificationReport qualifications(Rrn rrn, LocalDate asOf) {
		QualificationApi.Response body;
		try {
			body = http().post()
				.uri(QualificationApi.PATH)
				.contentType(MediaType.APPLICATION_JSON)
				.body(new QualificationApi.Request(rrn.reveal(), asOf))
				.retrieve()
				.body(QualificationApi.Response.class);
		}
		catch (RestClientException ex) {
			// The exception text may carry the request body; keep only its type.
			throw new PublicDataUnavailableException("Qualification source failed: " + ex.getClass().getSimpleName(),
					null);
		}
		if (body == null || body.source() == null || body.qualifications() == null) {
			throw new PublicDataUnavailableException("Qualification source sent an incomplete answer", null);
		}
		List<QualificationFact> facts = body.qualifications()
			.stream()
			.map(q -> new QualificationFact(q.kind(), q.validFrom(), q.validTo(), q.detail()))
			.toList();
		return new QualificationReport(body.source(), body.legalBasis(), asOf, this.clock.instant(), facts);
	}

}
