package io.bokjiflow.publicdata.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.bokjiflow.publicdata.PublicDataSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator's configured and injected faults, without HTTP.
 */
class SimulatorFaultsTest {

	private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	private static SimulatorFaults faults(Map<PublicDataSource, SimulatorProperties.Behaviour> sources, String time) {
		Clock clock = Clock.fixed(Instant.parse("2026-03-02T" + time + ":00Z").minusSeconds(9 * 3600), SEOUL);
		return new SimulatorFaults(new SimulatorProperties(sources), clock);
	}

	@Test
	void shouldFailExactlyTheConfiguredShareOfCallsSpreadEvenly() {
		SimulatorFaults f = faults(Map.of(PublicDataSource.NATIONAL_TAX,
				new SimulatorProperties.Behaviour(Duration.ZERO, 0.25, List.of())), "10:00");
		int failures = 0;
		int longestRunOfFailures = 0;
		int run = 0;
		for (int i = 0; i < 100; i++) {
			if (f.next(PublicDataSource.NATIONAL_TAX).isPresent()) {
				failures++;
				run++;
				longestRunOfFailures = Math.max(longestRunOfFailures, run);
			}
			else {
				run = 0;
			}
		}
		assertThat(failures).isEqualTo(25);
		assertThat(longestRunOfFailures).isOne();
		assertThat(f.next(PublicDataSource.QUALIFICATION)).as("other sources are unaffected").isEmpty();
	}

	@Test
	void shouldBeUnavailableInsideAnOutageWindowOnly() {
		var behaviour = Map.of(PublicDataSource.LOCAL_TAX,
				new SimulatorProperties.Behaviour(Duration.ZERO, 0, List.of("02:00-02:30", "23:50-00:10")));
		assertThat(faults(behaviour, "02:15").next(PublicDataSource.LOCAL_TAX)).isPresent();
		assertThat(faults(behaviour, "02:30").next(PublicDataSource.LOCAL_TAX)).isEmpty();
		assertThat(faults(behaviour, "00:05").next(PublicDataSource.LOCAL_TAX)).as("window across midnight")
			.isPresent();
		assertThat(faults(behaviour, "12:00").next(PublicDataSource.LOCAL_TAX)).isEmpty();
	}

	@Test
	void shouldCountDownInjectedFaultsPerSourceAndForAll() {
		SimulatorFaults f = faults(Map.of(), "10:00");
		f.inject(PublicDataSource.FINANCIAL, SimulatorFaults.Mode.MALFORMED, 2);
		assertThat(f.next(PublicDataSource.FINANCIAL))
			.hasValueSatisfying(fault -> assertThat(fault.mode()).isEqualTo(SimulatorFaults.Mode.MALFORMED));
		assertThat(f.next(PublicDataSource.QUALIFICATION)).isEmpty();
		assertThat(f.next(PublicDataSource.FINANCIAL)).isPresent();
		assertThat(f.next(PublicDataSource.FINANCIAL)).isEmpty();

		f.inject(SimulatorFaults.Mode.UNAVAILABLE, 0);
		for (int i = 0; i < 5; i++) {
			assertThat(f.next(PublicDataSource.values()[i])).isPresent();
		}
		f.clear();
		assertThat(f.next(PublicDataSource.QUALIFICATION)).isEmpty();
	}

}
