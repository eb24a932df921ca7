package io.bokjiflow.publicdata.internal;

import java.time.LocalDate;

/**
 * The wire format of the public-data gateway, shared by the client and the simulator:
 * every source takes a POST with the person's number in the body and answers with an
 * envelope naming the answering agency around the source's data. See README "Public-data
 * gateway contract".
 */
final class GatewayApi {

	static final String API_KEY_HEADER = "X-Api-Key";

	static final String REQUEST_ID_HEADER = "X-Request-Id";

	private GatewayApi() {
	}

	/**
	 * A query.
	 *
	 * @param rrn the resident registration number
	 * @param asOf the reference date, where the source keeps history
	 * @param year the income year, for income sources
	 * @param consentReference the recorded financial-data consent, for the financial
	 * source
	 */
	record Request(String rrn, LocalDate asOf, Integer year, String consentReference) {

		@Override
		public String toString() {
			return "Request[asOf=" + this.asOf + ", year=" + this.year + "]";
		}

	}

	/**
	 * An answer.
	 *
	 * @param agency the answering agency (the simulator names itself)
	 * @param data the source's data
	 * @param <T> the data type
	 */
	record Envelope<T>(String agency, T data) {
	}

}
