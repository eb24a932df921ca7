package io.bokjiflow.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link Clock} every module uses, in Korea's time zone, so that tests can move
 * time.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

	/** Korea Standard Time: deadlines and "today" are in local administrative time. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Seoul");

	@Bean
	Clock clock() {
		return Clock.system(ZONE);
	}

}
