package io.bokjiflow.publicdata;

/**
 * A public-data source did not answer usefully. Callers in processes let it propagate so
 * that the job is retried and, when retries run out, becomes an incident whose message
 * says which source failed and how (never with personal data).
 */
public class PublicDataUnavailableException extends RuntimeException {

	/** How the source failed. */
	public enum Failure {

		/** No answer within the read timeout, or no connection. */
		TIMEOUT,
		/** The source answered with a server error (5xx). */
		SERVER_ERROR,
		/** The answer was not the agreed format. */
		MALFORMED,
		/**
		 * The source refused BokjiFlow's request (4xx): credentials or request are wrong.
		 */
		REFUSED,
		/**
		 * The source holds no record of the person (404), e.g. not in the resident
		 * register.
		 */
		NO_RECORD

	}

	private final PublicDataSource source;

	private final Failure failure;

	public PublicDataUnavailableException(PublicDataSource source, Failure failure, String detail) {
		super(source + " " + failure + (detail == null ? "" : ": " + detail));
		this.source = source;
		this.failure = failure;
	}

	/** The source that failed. */
	public PublicDataSource source() {
		return this.source;
	}

	/** How it failed. */
	public Failure failure() {
		return this.failure;
	}

}
