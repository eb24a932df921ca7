package io.bokjiflow.publicdata.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Faults the public-data SIMULATOR injects, so that retries, incidents and recovery can
 * be shown and tested: {@code UNAVAILABLE} (503), {@code TIMEOUT} (answers after the
 * client gave up) and {@code MALFORMED} (a body that is not the agreed JSON).
 */
@Component
public class SimulatorFaults {

	/** The kinds of fault. */
	public enum Mode {

		NONE, UNAVAILABLE, TIMEOUT, MALFORMED

	}

	private record State(Mode mode, int remaining) {
	}

	private static final int UNTIL_CLEARED = -1;

	private static final State NO_FAULT = new State(Mode.NONE, 0);

	private final AtomicReference<State> state = new AtomicReference<>(NO_FAULT);

	private volatile Duration timeoutDelay = Duration.ofSeconds(8);

	/**
	 * Injects a fault for the next calls.
	 * @param mode the fault
	 * @param calls how many calls fail; 0 = until {@link #clear()}
	 */
	public void inject(Mode mode, int calls) {
		this.state.set(new State(mode, calls <= 0 ? UNTIL_CLEARED : calls));
	}

	/** Stops injecting faults. */
	public void clear() {
		this.state.set(NO_FAULT);
	}

	/** How long a TIMEOUT fault sleeps before answering. */
	public void timeoutDelay(Duration delay) {
		this.timeoutDelay = delay;
	}

	Optional<Fault> next() {
		State s = this.state.getAndUpdate(cur -> {
			if (cur.remaining() == UNTIL_CLEARED) {
				return cur;
			}
			return cur.remaining() > 1 ? new State(cur.mode(), cur.remaining() - 1) : NO_FAULT;
		});
		return s.mode() == Mode.NONE ? Optional.empty() : Optional.of(new Fault(s.mode(), this.timeoutDelay));
	}

	record Fault(Mode mode, Duration delay) {

		ResponseEntity<?> respond() throws InterruptedException {
			return switch (this.mode) {
				case UNAVAILABLE -> ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
				case TIMEOUT -> {
					Thread.sleep(this.delay.toMillis());
					yield ResponseEntity.status(HttpStatus.GATEWAY_TIMEOUT).build();
				}
				case MALFORMED -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body("{\"source\": ");
				case NONE -> throw new IllegalStateException("no fault");
			};
		}

	}

}
