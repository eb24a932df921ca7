package io.bokjiflow.finder;

/**
 * The household's assets other than cars, after debts (재산: 집·전월세 보증금·토지·예금 등 − 부채), in
 * bands; the self-check evaluates a band at both of its ends.
 */
public enum AssetBand {

	/** No assets. */
	NONE(0, 0),
	/** Up to 50,000,000 won. */
	UP_TO_50M(1, 50_000_000),
	/** 50,000,001 to 100,000,000 won. */
	UP_TO_100M(50_000_001, 100_000_000),
	/** 100,000,001 to 200,000,000 won. */
	UP_TO_200M(100_000_001, 200_000_000),
	/** 200,000,001 to 350,000,000 won. */
	UP_TO_350M(200_000_001, 350_000_000),
	/** 350,000,001 to 500,000,000 won. */
	UP_TO_500M(350_000_001, 500_000_000),
	/** More than 500,000,000 won (the high end is open). */
	OVER_500M(500_000_001, Bands.OPEN_END);

	private final long low;

	private final long high;

	AssetBand(long low, long high) {
		this.low = low;
		this.high = high;
	}

	/** The lowest amount in the band (won). */
	public long low() {
		return this.low;
	}

	/** The highest amount in the band (won); {@link Bands#OPEN_END} when open. */
	public long high() {
		return this.high;
	}

}
