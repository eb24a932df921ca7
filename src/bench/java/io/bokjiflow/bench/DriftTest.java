package io.bokjiflow.bench;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The soak's windows and drift ratios (scenario 9). Runs with {@code -Pbench} only.
 */
class DriftTest {

	private static final long S = 1_000_000_000L;

	private static final long MS = 1_000_000L;

	/**
	 * A run of 10 s: 10 operations per second of 10 ms in the first half, 8 per second of
	 * 20 ms in the second.
	 */
	private static Drift.Series slowingDown() {
		Drift.Series s = new Drift.Series();
		for (int second = 0; second < 10; second++) {
			int perSecond = second < 5 ? 10 : 8;
			long latency = second < 5 ? 10 * MS : 20 * MS;
			for (int i = 0; i < perSecond; i++) {
				s.add(second * S + i * (S / perSecond), latency);
			}
		}
		return s;
	}

	@Test
	void shouldCountOperationsByTheWindowTheirEndFallsIn() {
		Drift.Series s = new Drift.Series();
		s.add(0, MS);
		s.add(S - 1, MS);
		s.add(S, 5 * MS);
		Drift.Window first = s.window(0, S);
		assertThat(first.operations()).isEqualTo(2);
		assertThat(first.throughput()).isEqualTo(2.0);
		assertThat(first.latency().p95()).isEqualTo(1.0);
		Drift.Window second = s.window(S, 2 * S);
		assertThat(second.operations()).isEqualTo(1);
		assertThat(second.latency().p95()).isEqualTo(5.0);
		assertThat(s.window(2 * S, 4 * S).throughput()).isZero();
		assertThat(s.window(2 * S, 4 * S).latency().p95()).isNaN();
	}

	@Test
	void shouldCutTheRunIntoWindowsWithAShorterLastOne() {
		List<Drift.Window> windows = slowingDown().windows(0, 10 * S, 4 * S);
		assertThat(windows).hasSize(3);
		assertThat(windows.get(0).operations()).isEqualTo(40);
		assertThat(windows.get(1).operations()).isEqualTo(10 + 3 * 8);
		assertThat(windows.get(2).operations()).isEqualTo(16);
		assertThat(windows.get(2).fromSeconds()).isEqualTo(8.0);
		assertThat(windows.get(2).toSeconds()).isEqualTo(10.0);
		assertThat(windows.get(2).throughput()).isEqualTo(8.0);
		assertThatThrownBy(() -> slowingDown().windows(0, S, 0)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void shouldCompareTheFirstFifthWithTheLastFifth() {
		Drift.Comparison c = slowingDown().firstAgainstLast(0, 10 * S, 5);
		assertThat(c.first().operations()).isEqualTo(20);
		assertThat(c.last().operations()).isEqualTo(16);
		assertThat(c.throughputRatio()).isCloseTo(0.8, within(1e-12));
		assertThat(c.p95Ratio()).isCloseTo(2.0, within(1e-12));
		assertThat(Target.atLeast(0.90, "drift ≤ 10%").met(c.throughputRatio())).isFalse();
		assertThat(Target.atMost(1.20, "p95 drift ≤ 20%").met(c.p95Ratio())).isFalse();
	}

	@Test
	void shouldShowNoDriftForASteadyRun() {
		Drift.Series s = new Drift.Series();
		Drift.Series other = new Drift.Series();
		for (int i = 0; i < 1000; i++) {
			(i % 2 == 0 ? s : other).add(i * (S / 100), (5 + i % 7) * MS);
		}
		s.addAll(other);
		assertThat(s.size()).isEqualTo(1000);
		Drift.Comparison c = s.firstAgainstLast(0, 10 * S, 5);
		assertThat(c.throughputRatio()).isCloseTo(1.0, within(1e-12));
		assertThat(c.p95Ratio()).isCloseTo(1.0, within(1e-12));
		assertThat(Target.atLeast(0.90, "drift ≤ 10%").met(c.throughputRatio())).isTrue();
	}

	@Test
	void shouldGiveNoRatioWithoutOperationsInTheFirstWindow() {
		Drift.Series s = new Drift.Series();
		s.add(9 * S, MS);
		Drift.Comparison c = s.firstAgainstLast(0, 10 * S, 5);
		assertThat(c.throughputRatio()).isNaN();
		assertThat(c.p95Ratio()).isNaN();
		assertThatThrownBy(() -> s.firstAgainstLast(0, 10 * S, 1)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void shouldCorrectTheDriftForAMachineThatSlowedDown() {
		assertThat(Drift.correctedForMachine(0.9, 1000, 900)).isCloseTo(1.0, within(1e-12));
		assertThat(Drift.correctedForMachine(0.9, 1000, 1000)).isCloseTo(0.9, within(1e-12));
		assertThat(Drift.correctedForMachine(0.9, 0, 1000)).isNaN();
	}

}
