package io.bokjiflow.publicdata.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bokjiflow.publicdata.PublicDataSource;
import io.bokjiflow.publicdata.PublicDataUnavailableException;
import io.bokjiflow.publicdata.PublicDataUnavailableException.Failure;
import io.bokjiflow.publicdata.QualificationKind;
import io.bokjiflow.publicdata.ResidentChange;
import io.bokjiflow.publicdata.ResidentChangeFeed;
import io.bokjiflow.publicdata.ResidentChangePage;
import io.bokjiflow.registry.LifeEventKind;
import io.bokjiflow.registry.Rrn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Fetches the resident register's change feed over HTTP, page by page. A page whose call
 * times out, fails on the server or comes back malformed is asked again (up to
 * {@code bokjiflow.publicdata.change-feed.attempts} times, waiting a little longer each
 * time); a refusal is not retried. Numbers travel only in the answer's body and are never
 * logged.
 */
@Component
class HttpResidentChangeFeed implements ResidentChangeFeed {

	private static final Logger log = LoggerFactory.getLogger(HttpResidentChangeFeed.class);

	private static final int PAGE_SIZE = 200;

	private final PublicDataProperties props;

	private final RestClient.Builder builder;

	private final Environment environment;

	private final ObjectMapper json;

	private final int attempts;

	private final Duration backoff;

	private volatile RestClient http;

	HttpResidentChangeFeed(PublicDataProperties props, RestClient.Builder builder, Environment environment,
			ObjectMapper json, @Value("${bokjiflow.publicdata.change-feed.attempts:3}") int attempts,
			@Value("${bokjiflow.publicdata.change-feed.backoff:500ms}") Duration backoff) {
		this.props = props;
		this.builder = builder;
		this.environment = environment;
		this.json = json;
		this.attempts = Math.max(1, attempts);
		this.backoff = backoff;
	}

	@Override
	public ResidentChangePage page(LocalDate day, String after, int size) {
		if (size < 1 || size > ResidentChangeApi.MAX_PAGE_SIZE) {
			throw new IllegalArgumentException("size must be 1.." + ResidentChangeApi.MAX_PAGE_SIZE);
		}
		PublicDataUnavailableException last = null;
		for (int attempt = 1; attempt <= this.attempts; attempt++) {
			try {
				return fetch(day, after, size);
			}
			catch (PublicDataUnavailableException ex) {
				if (ex.failure() == Failure.REFUSED || ex.failure() == Failure.NO_RECORD) {
					throw ex;
				}
				last = ex;
				log.warn("Resident change feed of {} (after {}), attempt {} of {}: {}", day, after, attempt,
						this.attempts, ex.getMessage());
				sleep(this.backoff.multipliedBy(attempt));
			}
		}
		throw last;
	}

	@Override
	public List<ResidentChange> changes(LocalDate day) {
		List<ResidentChange> all = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		String after = null;
		do {
			ResidentChangePage page = page(day, after, PAGE_SIZE);
			for (ResidentChange c : page.changes()) {
				if (seen.add(c.changeId())) {
					all.add(c);
				}
			}
			if (page.nextAfter() != null && page.nextAfter().equals(after)) {
				throw new PublicDataUnavailableException(PublicDataSource.RESIDENT_REGISTER, Failure.MALFORMED,
						"the feed does not advance");
			}
			after = page.nextAfter();
		}
		while (after != null);
		return all;
	}

	private ResidentChangePage fetch(LocalDate day, String after, int size) {
		String raw;
		try {
			raw = http().get().uri(u -> {
				u.path(ResidentChangeApi.PATH).queryParam("date", day).queryParam("size", size);
				if (after != null) {
					u.queryParam("after", after);
				}
				return u.build();
			}).header(GatewayApi.REQUEST_ID_HEADER, UUID.randomUUID().toString()).retrieve().body(String.class);
		}
		catch (HttpServerErrorException ex) {
			throw new PublicDataUnavailableException(PublicDataSource.RESIDENT_REGISTER, Failure.SERVER_ERROR,
					"HTTP " + ex.getStatusCode().value());
		}
		catch (HttpClientErrorException ex) {
			throw new PublicDataUnavailableException(PublicDataSource.RESIDENT_REGISTER, Failure.REFUSED,
					"HTTP " + ex.getStatusCode().value());
		}
		catch (ResourceAccessException ex) {
			throw new PublicDataUnavailableException(PublicDataSource.RESIDENT_REGISTER, Failure.TIMEOUT,
					ex.getCause() == null ? null : ex.getCause().getClass().getSimpleName());
		}
		catch (RestClientException ex) {
			throw new PublicDataUnavailableException(PublicDataSource.RESIDENT_REGISTER, Failure.MALFORMED,
					ex.getClass().getSimpleName());
		}
		return parse(raw);
	}

	private ResidentChangePage parse(String raw) {
		if (raw == null || raw.isBlank()) {
			throw malformed("empty answer");
		}
		JavaType type = this.json.getTypeFactory()
			.constructParametricType(GatewayApi.Envelope.class, ResidentChangeApi.Page.class);
		GatewayApi.Envelope<ResidentChangeApi.Page> envelope;
		try {
			envelope = this.json.readValue(raw, type);
		}
		catch (JsonProcessingException ex) {
			throw malformed("not the agreed JSON");
		}
		if (envelope == null || envelope.data() == null || envelope.data().changes() == null) {
			throw malformed("incomplete answer");
		}
		ResidentChangeApi.Page page = envelope.data();
		List<ResidentChange> changes = new ArrayList<>(page.changes().size());
		for (ResidentChangeApi.Change c : page.changes()) {
			try {
				changes.add(new ResidentChange(c.changeId(), Rrn.parse(c.rrn()), LifeEventKind.valueOf(c.kind()),
						c.occurredOn(), c.move() == null ? null : c.move().adminDongCode(),
						c.move() == null ? null : c.move().address(),
						c.qualification() == null ? null : QualificationKind.valueOf(c.qualification().kind()),
						c.qualification() == null ? null : c.qualification().began(),
						c.qualification() == null ? null : c.qualification().ended()));
			}
			catch (IllegalArgumentException | NullPointerException ex) {
				// The whole page is refused: a change silently dropped would never come
				// back.
				throw malformed("change " + c.changeId() + " is not valid");
			}
		}
		return new ResidentChangePage(page.date(), changes, page.nextAfter());
	}

	private static PublicDataUnavailableException malformed(String detail) {
		return new PublicDataUnavailableException(PublicDataSource.RESIDENT_REGISTER, Failure.MALFORMED, detail);
	}

	private static void sleep(Duration d) {
		try {
			Thread.sleep(d.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PublicDataUnavailableException(PublicDataSource.RESIDENT_REGISTER, Failure.TIMEOUT,
					"interrupted");
		}
	}

	/**
	 * Built on first use, as {@link HttpPublicDataClient} does (the port is known late).
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
