package io.bokjiflow.finder.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import io.bokjiflow.finder.RateLimiter;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Token buckets (Bucket4j) in memory, one per action and client IP address and one per
 * action and session; the least recently used are forgotten beyond {@link #MAX_BUCKETS}.
 * In memory because a limit per node is what protects the node (the public pages are
 * cheap to serve but the self-check evaluates 27 tables); a cluster behind a load
 * balancer multiplies the per-IP limit by the number of nodes.
 */
@Component
class BucketRateLimiter implements RateLimiter {

	static final int MAX_BUCKETS = 50_000;

	private final Map<Action, int[]> limits = new EnumMap<>(Action.class);

	private final TimeMeter time;

	private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
			return size() > MAX_BUCKETS;
		}
	});

	BucketRateLimiter(Clock clock, @Value("${bokjiflow.finder.rate.search-per-ip:600}") int searchPerIp,
			@Value("${bokjiflow.finder.rate.search-per-session:120}") int searchPerSession,
			@Value("${bokjiflow.finder.rate.check-per-ip:120}") int checkPerIp,
			@Value("${bokjiflow.finder.rate.check-per-session:20}") int checkPerSession,
			@Value("${bokjiflow.finder.rate.handoff-per-ip:30}") int handOffPerIp,
			@Value("${bokjiflow.finder.rate.handoff-per-session:5}") int handOffPerSession) {
		this.limits.put(Action.SEARCH, new int[] { searchPerIp, searchPerSession });
		this.limits.put(Action.SELF_CHECK, new int[] { checkPerIp, checkPerSession });
		this.limits.put(Action.HAND_OFF, new int[] { handOffPerIp, handOffPerSession });
		this.time = new TimeMeter() {
			@Override
			public long currentTimeNanos() {
				return clock.millis() * 1_000_000L;
			}

			@Override
			public boolean isWallClockBased() {
				return true;
			}
		};
	}

	@Override
	public boolean tryAcquire(Action action, String clientAddress, String sessionId) {
		int[] limit = this.limits.get(action);
		Bucket session = bucket(action + "|s|" + sessionId, limit[1]);
		Bucket ip = bucket(action + "|a|" + clientAddress, limit[0]);
		if (!session.tryConsume(1)) {
			return false;
		}
		return ip.tryConsume(1);
	}

	private Bucket bucket(String key, int perMinute) {
		return this.buckets.computeIfAbsent(key, k -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
			.withCustomTimePrecision(this.time)
			.build());
	}

}
