package io.bokjiflow.publicdata;

/**
 * A public-data source did not answer usefully (timeout, 5xx, malformed body). Callers in
 * processes let it propagate so that the job is retried and, when retries run out,
 * becomes an incident.
 */
public class PublicDataUnavailableException extends RuntimeException {

	public PublicDataUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
