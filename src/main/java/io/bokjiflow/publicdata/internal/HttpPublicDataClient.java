package io.bokjiflow.publicdata.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bokjiflow.publicdata.Assets;
import io.bokjiflow.publicdata.FinancialDataConsent;
import io.bokjiflow.publicdata.Incomes;
import io.bokjiflow.publicdata.Insurance;
import io.bokjiflow.publicdata.PublicData;
import io.bokjiflow.publicdata.PublicDataAnswer;
import io.bokjiflow.publicdata.PublicDataSource;
import io.bokjiflow.publicdata.PublicDataUnavailableException;
import io.bokjiflow.publicdata.PublicDataUnavailableException.Failure;
import io.bokjiflow.publicdata.QualificationReport;
import io.bokjiflow.publicdata.ResidentRecord;
import io.bokjiflow.publicdata.SourceInfo;
import io.bokjiflow.registry.Rrn;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Calls the public-data gateway over HTTP: the resident number travels in the POST body
 * only; each answer comes back with a request id, the time, and a SHA-256 of its bytes
 * for the evidence. Failures become a {@link PublicDataUnavailableException} that names
 * the source and the kind of failure, never the request.
 */
@Component
@EnableConfigurationProperties(PublicDataProperties.class)
class HttpPublicDataClient implements PublicData {

	private final PublicDataProperties props;

	private final RestClient.Builder builder;

	private final Environment environment;

	private final SourceCatalog catalog;

	private final ObjectMapper json;

	private final Clock clock;

	private volatile RestClient http;

	HttpPublicDataClient(PublicDataProperties props, RestClient.Builder builder, Environment environment,
			SourceCatalog catalog, ObjectMapper json, Clock clock) {
		this.props = props;
		this.builder = builder;
		this.environment = environment;
		this.catalog = catalog;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public SourceInfo info(PublicDataSource source) {
		return this.catalog.info(source);
	}

	@Override
	public PublicDataAnswer<QualificationReport> qualifications(Rrn rrn, LocalDate asOf) {
		return call(PublicDataSource.QUALIFICATION, new GatewayApi.Request(rrn.reveal(), asOf, null, null),
				QualificationReport.class);
	}

	@Override
	public PublicDataAnswer<Incomes> nationalTaxIncomes(Rrn rrn, int year) {
		return call(PublicDataSource.NATIONAL_TAX, new GatewayApi.Request(rrn.reveal(), null, year, null),
				Incomes.class);
	}

	@Override
	public PublicDataAnswer<Incomes> pensions(Rrn rrn, int year) {
		return call(PublicDataSource.NATIONAL_PENSION, new GatewayApi.Request(rrn.reveal(), null, year, null),
				Incomes.class);
	}

	@Override
	public PublicDataAnswer<Insurance> healthInsurance(Rrn rrn) {
		return call(PublicDataSource.HEALTH_INSURANCE, new GatewayApi.Request(rrn.reveal(), null, null, null),
				Insurance.class);
	}

	@Override
	public PublicDataAnswer<Insurance> employmentInsurance(Rrn rrn) {
		return call(PublicDataSource.EMPLOYMENT_INSURANCE, new GatewayApi.Request(rrn.reveal(), null, null, null),
				Insurance.class);
	}

	@Override
	public PublicDataAnswer<Assets> localTaxProperties(Rrn rrn, LocalDate asOf) {
		return call(PublicDataSource.LOCAL_TAX, new GatewayApi.Request(rrn.reveal(), asOf, null, null), Assets.class);
	}

	@Override
	public PublicDataAnswer<Assets> landAndVehicles(Rrn rrn, LocalDate asOf) {
		return call(PublicDataSource.LAND_VEHICLE, new GatewayApi.Request(rrn.reveal(), asOf, null, null),
				Assets.class);
	}

	@Override
	public PublicDataAnswer<Assets> financialAssets(Rrn rrn, LocalDate asOf, FinancialDataConsent consent) {
		if (consent == null) {
			throw new IllegalArgumentException("Financial data may be queried only with the applicant's consent");
		}
		return call(PublicDataSource.FINANCIAL, new GatewayApi.Request(rrn.reveal(), asOf, null, consent.reference()),
				Assets.class);
	}

	@Override
	public PublicDataAnswer<ResidentRecord> residentRecord(Rrn rrn) {
		return call(PublicDataSource.RESIDENT_REGISTER, new GatewayApi.Request(rrn.reveal(), null, null, null),
				ResidentRecord.class);
	}

	private <T> PublicDataAnswer<T> call(PublicDataSource source, GatewayApi.Request request, Class<T> dataType) {
		String requestId = UUID.randomUUID().toString();
		String raw;
		try {
			raw = http().post()
				.uri(source.path())
				.header(GatewayApi.REQUEST_ID_HEADER, requestId)
				.contentType(MediaType.APPLICATION_JSON)
				.body(request)
				.retrieve()
				.body(String.class);
		}
		catch (HttpServerErrorException ex) {
			throw new PublicDataUnavailableException(source, Failure.SERVER_ERROR,
					"HTTP " + ex.getStatusCode().value());
		}
		catch (HttpClientErrorException.NotFound ex) {
			throw new PublicDataUnavailableException(source, Failure.NO_RECORD, null);
		}
		catch (HttpClientErrorException ex) {
			throw new PublicDataUnavailableException(source, Failure.REFUSED, "HTTP " + ex.getStatusCode().value());
		}
		catch (ResourceAccessException ex) {
			// Timeouts and refused connections; the exception text may carry the URL
			// only.
			throw new PublicDataUnavailableException(source, Failure.TIMEOUT,
					ex.getCause() == null ? null : ex.getCause().getClass().getSimpleName());
		}
		catch (RestClientException ex) {
			// A read timeout while the body streams in surfaces here, wrapped.
			for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
				if (cause instanceof java.io.IOException) {
					throw new PublicDataUnavailableException(source, Failure.TIMEOUT, cause.getClass().getSimpleName());
				}
			}
			throw new PublicDataUnavailableException(source, Failure.MALFORMED, ex.getClass().getSimpleName());
		}
		GatewayApi.Envelope<T> envelope = parse(source, raw, dataType);
		return new PublicDataAnswer<>(source, envelope.agency(), info(source).legalBasis(), requestId,
				this.clock.instant(), sha256(raw), envelope.data());
	}

	private <T> GatewayApi.Envelope<T> parse(PublicDataSource source, String raw, Class<T> dataType) {
		if (raw == null || raw.isBlank()) {
			throw new PublicDataUnavailableException(source, Failure.MALFORMED, "empty answer");
		}
		JavaType type = this.json.getTypeFactory().constructParametricType(GatewayApi.Envelope.class, dataType);
		try {
			GatewayApi.Envelope<T> envelope = this.json.readValue(raw, type);
			if (envelope == null || envelope.agency() == null || envelope.data() == null) {
				throw new PublicDataUnavailableException(source, Failure.MALFORMED, "incomplete answer");
			}
			return envelope;
		}
		catch (JsonProcessingException ex) {
			throw new PublicDataUnavailableException(source, Failure.MALFORMED, "not the agreed JSON");
		}
	}

	private static String sha256(String raw) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Built on first use: with no base URL configured, the gateway is this instance's own
	 * SIMULATOR (on its own port when one is set), whose port is known only once the web
	 * server runs.
	 */
	private RestClient http() {
		RestClient client = this.http;
		if (client == null) {
			client = GatewayRestClient.build(this.builder, this.props, this.environment);
			this.http = client;
		}
		return client;
	}

}
