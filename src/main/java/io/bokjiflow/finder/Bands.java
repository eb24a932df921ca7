package io.bokjiflow.finder;

/**
 * Constants shared by the answer bands.
 */
public final class Bands {

	/**
	 * The high end of an open band: larger than any selection line, so that "more than X"
	 * is tried as "very much more".
	 */
	public static final long OPEN_END = 1_000_000_000_000L;

	private Bands() {
	}

}
