package io.bokjiflow.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The harness's own arithmetic: percentiles, ratios, the baseline-stability rule and the
 * verdicts. Runs with {@code -Pbench} only (it lives in the bench source set).
 */
class StatsTest {

	@Test
	void shouldTakeNearestRankPercentiles() {
		long[] samples = { 15, 20, 35, 40, 50 };
		assertThat(Stats.percentile(samples, 5)).isEqualTo(15);
		assertThat(Stats.percentile(samples, 30)).isEqualTo(20);
		assertThat(Stats.percentile(samples, 40)).isEqualTo(20);
		assertThat(Stats.percentile(samples, 50)).isEqualTo(35);
		assertThat(Stats.percentile(samples, 100)).isEqualTo(50);
	}

	@Test
	void shouldNotDependOnSampleOrderNorChangeTheSamples() {
		long[] samples = new long[100];
		for (int i = 0; i < 100; i++) {
			samples[i] = 100 - i;
		}
		assertThat(Stats.percentile(samples, 95)).isEqualTo(95);
		assertThat(Stats.percentile(samples, 99)).isEqualTo(99);
		assertThat(samples[0]).isEqualTo(100);
	}

	@Test
	void shouldSummariseLatenciesInMilliseconds() {
		long[] nanos = new long[1000];
		for (int i = 0; i < nanos.length; i++) {
			nanos[i] = (i + 1) * 1_000_000L;
		}
		Stats.Latency l = Stats.latency(nanos);
		assertThat(l.count()).isEqualTo(1000);
		assertThat(l.p50()).isEqualTo(500.0);
		assertThat(l.p95()).isEqualTo(950.0);
		assertThat(l.p99()).isEqualTo(990.0);
		assertThat(l.max()).isEqualTo(1000.0);
		assertThat(l.mean()).isCloseTo(500.5, within(1e-9));
	}

	@Test
	void shouldReportNothingWithoutSamples() {
		assertThat(Stats.percentile(new long[0], 95)).isNaN();
		assertThat(Stats.latency(new long[0]).p95()).isNaN();
		assertThatThrownBy(() -> Stats.percentile(new long[] { 1 }, 0)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void shouldDivideByTheBaselineAndRefuseAMissingOne() {
		assertThat(Stats.ratio(200, 1000)).isEqualTo(0.2);
		assertThat(Stats.ratio(200, 0)).isNaN();
		assertThat(Stats.ratio(Double.NaN, 10)).isNaN();
		assertThat(Stats.baseline(900, 1100)).isEqualTo(1000);
	}

	@Test
	void shouldCallBaselinesStableWithinTenPercentOfTheSmallerOne() {
		assertThat(Stats.relativeDifference(1000, 1100)).isCloseTo(0.10, within(1e-12));
		assertThat(Stats.stable(1000, 1100)).isTrue();
		assertThat(Stats.stable(1100, 1000)).isTrue();
		assertThat(Stats.stable(1000, 1101)).isFalse();
		assertThat(Stats.stable(990, 1091)).isFalse();
		assertThat(Stats.stable(0, 10)).isFalse();
	}

	@Test
	void shouldJudgeTargetsAndMarkUnstableBaselines() {
		Target atLeast = Target.atLeast(0.20, "≥ 0.20");
		assertThat(atLeast.verdict(0.20, true)).isEqualTo(Target.Verdict.PASS);
		assertThat(atLeast.verdict(0.19, true)).isEqualTo(Target.Verdict.MISS);
		assertThat(atLeast.verdict(0.50, false)).isEqualTo(Target.Verdict.UNSTABLE);
		assertThat(atLeast.verdict(Double.NaN, true)).isEqualTo(Target.Verdict.MISS);
		Target atMost = Target.atMost(2.5, "≤ 2.5");
		assertThat(atMost.verdict(2.5, true)).isEqualTo(Target.Verdict.PASS);
		assertThat(atMost.verdict(2.6, true)).isEqualTo(Target.Verdict.MISS);
	}

	@Test
	void shouldRepeatUnstableMeasurementsUpToTheBound() {
		double[] baselines = { 1000, 1300, 1000, 1050 };
		int[] calls = { 0 };
		var measured = Interleaved.measure("test", "b", "tx/s", 3, () -> baselines[calls[0]++], () -> "scenario");
		assertThat(calls[0]).isEqualTo(4);
		assertThat(measured.baseline().attempts()).isEqualTo(2);
		assertThat(measured.baseline().stable()).isTrue();
		assertThat(measured.baseline().value()).isEqualTo(1025);

		int[] calls2 = { 0 };
		double[] unstable = { 1000, 1300, 1000, 1300 };
		var kept = Interleaved.measure("test", "b", "tx/s", 2, () -> unstable[calls2[0]++], () -> "scenario");
		assertThat(kept.baseline().attempts()).isEqualTo(2);
		assertThat(kept.baseline().stable()).isFalse();
		assertThat(Result.of("x", "x", 1, "u", kept.baseline(), 0.5, "r", Target.atLeast(0.2, "t"), null).verdict())
			.isEqualTo(Target.Verdict.UNSTABLE);
	}

}
