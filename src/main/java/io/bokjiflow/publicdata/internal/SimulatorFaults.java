package io.bokjiflow.publicdata.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.bokjiflow.publicdata.PublicDataSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Faults the public-data SIMULATOR plays: faults injected at run time (by tests, the
 * admin endpoint or a benchmark) for all or one source, and the configured behaviour of
 * each source (latency, error rate, outage windows). Modes: {@code UNAVAILABLE} (503),
 * {@code TIMEOUT} (answers after the client gave up), {@code MALFORMED} (a body that is
 * not the agreed JSON) and {@code SERVER_ERROR} (500 with an HTML error page, as a
 * crashing gateway answers).
 */
@Component
@EnableConfigurationProperties(SimulatorProperties.class)
public class SimulatorFaults {

	/** The kinds of fault. */
	public enum Mode {

		NONE, UNAVAILABLE, TIMEOUT, MALFORMED, SERVER_ERROR

	}

	private record State(Mode mode, int remaining) {
	}

	private static final int UNTIL_CLEARED = -1;

	private static final State NO_FAULT = new State(Mode.NONE, 0);

	private final AtomicReference<State> all = new AtomicReference<>(NO_FAULT);

	private final Map<PublicDataSource, AtomicReference<State>> bySource = new EnumMap<>(PublicDataSource.class);

	private final Map<PublicDataSource, AtomicLong> calls = new EnumMap<>(PublicDataSource.class);

	private final SimulatorProperties properties;

	private final Clock clock;

	private volatile Duration timeoutDelay = Duration.ofSeconds(8);

	SimulatorFaults(SimulatorProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		for (PublicDataSource s : PublicDataSource.values()) {
			this.bySource.put(s, new AtomicReference<>(NO_FAULT));
			this.calls.put(s, new AtomicLong());
		}
	}

	/**
	 * Injects a fault into every source for the next calls.
	 * @param mode the fault
	 * @param calls how many calls fail; 0 = until {@link #clear()}
	 */
	public void inject(Mode mode, int calls) {
		this.all.set(new State(mode, calls <= 0 ? UNTIL_CLEARED : calls));
	}

	/**
	 * Injects a fault into one source for the next calls.
	 * @param source the source
	 * @param mode the fault
	 * @param calls how many calls fail; 0 = until {@link #clear()}
	 */
	public void inject(PublicDataSource source, Mode mode, int calls) {
		this.bySource.get(source).set(new State(mode, calls <= 0 ? UNTIL_CLEARED : calls));
	}

	/** Stops every injected fault (configured behaviour stays). */
	public void clear() {
		this.all.set(NO_FAULT);
		this.bySource.values().forEach(s -> s.set(NO_FAULT));
	}

	/** How long a TIMEOUT fault sleeps before answering. */
	public void timeoutDelay(Duration delay) {
		this.timeoutDelay = delay;
	}

	/** The configured latency of a source. */
	Duration latency(PublicDataSource source) {
		return this.properties.of(source).latency();
	}

	/** The fault, if any, for the next call to a source. */
	Optional<Fault> next(PublicDataSource source) {
		long n = this.calls.get(source).incrementAndGet();
		Mode injected = take(this.bySource.get(source));
		if (injected == Mode.NONE) {
			injected = take(this.all);
		}
		if (injected != Mode.NONE) {
			return Optional.of(new Fault(injected, this.timeoutDelay));
		}
		SimulatorProperties.Behaviour behaviour = this.properties.of(source);
		if (inOutage(behaviour)) {
			return Optional.of(new Fault(Mode.UNAVAILABLE, this.timeoutDelay));
		}
		// Deterministic spread: with rate r, call n fails when floor(n r) steps up.
		double r = behaviour.errorRate();
		if (r > 0 && Math.floor(n * r) > Math.floor((n - 1) * r)) {
			return Optional.of(new Fault(Mode.UNAVAILABLE, this.timeoutDelay));
		}
		return Optional.empty();
	}

	private boolean inOutage(SimulatorProperties.Behaviour behaviour) {
		LocalTime now = LocalTime.now(this.clock);
		for (String window : behaviour.outages()) {
			String[] parts = window.split("-");
			LocalTime from = LocalTime.parse(parts[0].strip());
			LocalTime to = LocalTime.parse(parts[1].strip());
			boolean inside = from.isBefore(to) ? !now.isBefore(from) && now.isBefore(to)
					: !now.isBefore(from) || now.isBefore(to);
			if (inside) {
				return true;
			}
		}
		return false;
	}

	private static Mode take(AtomicReference<State> state) {
		State s = state.getAndUpdate(cur -> {
			if (cur.remaining() == UNTIL_CLEARED) {
				return cur;
			}
			return cur.remaining() > 1 ? new State(cur.mode(), cur.remaining() - 1) : NO_FAULT;
		});
		return s.mode();
	}

	record Fault(Mode mode, Duration delay) {

		ResponseEntity<?> respond() throws InterruptedException {
			return switch (this.mode) {
				case UNAVAILABLE -> ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
				case TIMEOUT -> {
					Thread.sleep(this.delay.toMillis());
					yield ResponseEntity.status(HttpStatus.GATEWAY_TIMEOUT).build();
				}
				case MALFORMED -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body("{\"agency\": ");
				case SERVER_ERROR -> ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
					.contentType(MediaType.TEXT_HTML)
					.body("<html><body><h1>500 Internal Server Error</h1></body></html>");
				case NONE -> throw new IllegalStateException("no fault");
			};
		}

	}

}
