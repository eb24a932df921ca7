package io.bokjiflow.finder;

/**
 * The value of the household's cars (자동차 가액), in bands: the recognised income counts a
 * car's value in full, so it matters even when small.
 */
public enum VehicleBand {

	/** No car. */
	NONE(0, 0),
	/** Up to 5,000,000 won. */
	UP_TO_5M(1, 5_000_000),
	/** 5,000,001 to 15,000,000 won. */
	UP_TO_15M(5_000_001, 15_000_000),
	/** More than 15,000,000 won (the high end is open). */
	OVER_15M(15_000_001, Bands.OPEN_END);

	private final long low;

	private final long high;

	VehicleBand(long low, long high) {
		this.low = low;
		this.high = high;
	}

	/** The lowest value in the band (won). */
	public long low() {
		return this.low;
	}

	/** The highest value in the band (won); {@link Bands#OPEN_END} when open. */
	public long high() {
		return this.high;
	}

}
