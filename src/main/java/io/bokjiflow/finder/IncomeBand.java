package io.bokjiflow.finder;

/**
 * The household's monthly income before deductions, in bands (월 소득, 가구 합계); the
 * self-check evaluates a band at both of its ends.
 */
public enum IncomeBand {

	/** No income. */
	NONE(0, 0),
	/** Up to 1,000,000 won. */
	UP_TO_1M(1, 1_000_000),
	/** 1,000,001 to 2,000,000 won. */
	UP_TO_2M(1_000_001, 2_000_000),
	/** 2,000,001 to 3,000,000 won. */
	UP_TO_3M(2_000_001, 3_000_000),
	/** 3,000,001 to 4,000,000 won. */
	UP_TO_4M(3_000_001, 4_000_000),
	/** 4,000,001 to 6,000,000 won. */
	UP_TO_6M(4_000_001, 6_000_000),
	/** More than 6,000,000 won (the high end is open). */
	OVER_6M(6_000_001, Bands.OPEN_END);

	private final long low;

	private final long high;

	IncomeBand(long low, long high) {
		this.low = low;
		this.high = high;
	}

	/** The lowest amount in the band (won a month). */
	public long low() {
		return this.low;
	}

	/** The highest amount in the band (won a month); {@link Bands#OPEN_END} when open. */
	public long high() {
		return this.high;
	}

}
