package io.bokjiflow.integrity.internal;

import io.bokjiflow.integrity.DuplicateBenefitSweep;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the duplicate-benefit sweep over the whole database on
 * {@code bokjiflow.integrity.sweep.cron} (default 02:30 every night, Seoul time;
 * {@code -} switches it off, as the tests do).
 */
@Component
class NightlySweep {

	private final DuplicateBenefitSweep sweep;

	NightlySweep(DuplicateBenefitSweep sweep) {
		this.sweep = sweep;
	}

	@Scheduled(cron = "${bokjiflow.integrity.sweep.cron:0 30 2 * * *}", zone = "Asia/Seoul")
	void nightly() {
		this.sweep.sweep(null);
	}

}
