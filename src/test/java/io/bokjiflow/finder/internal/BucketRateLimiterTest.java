package io.bokjiflow.finder.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import io.bokjiflow.finder.RateLimiter.Action;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages' limits hold per session and per client address, each action on its
 * own, and refill within the minute.
 */
class BucketRateLimiterTest {

	private Instant now = Instant.parse("2026-06-15T01:00:00Z");

	private final Clock clock = new Clock() {
		@Override
		public ZoneId getZone() {
			return ZoneId.of("UTC");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return BucketRateLimiterTest.this.now;
		}
	};

	/** Search 10 per address, 4 per session; self-check 6 per address, 3 per session. */
	private final BucketRateLimiter limiter = new BucketRateLimiter(this.clock, 10, 4, 6, 3, 2, 1);

	@Test
	void shouldRefuseASessionBeyondItsLimitUntilTheBucketRefills() {
		for (int i = 0; i < 3; i++) {
			assertThat(this.limiter.tryAcquire(Action.SELF_CHECK, "203.0.113.5", "s1")).as("call %d", i).isTrue();
		}
		assertThat(this.limiter.tryAcquire(Action.SELF_CHECK, "203.0.113.5", "s1")).isFalse();
		assertThat(this.limiter.tryAcquire(Action.SEARCH, "203.0.113.5", "s1")).as("another action").isTrue();
		assertThat(this.limiter.tryAcquire(Action.SELF_CHECK, "203.0.113.5", "s2")).as("another session").isTrue();

		this.now = this.now.plus(Duration.ofSeconds(61));
		assertThat(this.limiter.tryAcquire(Action.SELF_CHECK, "203.0.113.5", "s1")).as("after a minute").isTrue();
	}

	@Test
	void shouldRefuseAnAddressBeyondItsLimitWhateverTheSession() {
		int allowed = 0;
		for (int session = 0; session < 10; session++) {
			if (this.limiter.tryAcquire(Action.SELF_CHECK, "198.51.100.9", "fresh-" + session)) {
				allowed++;
			}
		}
		assertThat(allowed).isEqualTo(6);
		assertThat(this.limiter.tryAcquire(Action.SELF_CHECK, "198.51.100.10", "fresh-x")).as("another address")
			.isTrue();
	}

}
