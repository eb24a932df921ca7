package io.bokjiflow.publicdata;

import java.time.Instant;

/**
 * One answer of a public-data source with its provenance, stored as evidence by the case
 * that asked.
 *
 * @param source the source
 * @param agency the agency that answered (a simulator names itself as one)
 * @param legalBasis the law that allowed the query
 * @param requestId the id BokjiFlow sent with the request ({@code X-Request-Id})
 * @param retrievedAt when the answer arrived
 * @param payloadSha256 SHA-256 of the answer's bytes, hex
 * @param values the answer
 * @param <T> the type of the answer
 */
public record PublicDataAnswer<T>(PublicDataSource source, String agency, String legalBasis, String requestId,
		Instant retrievedAt, String payloadSha256, T values) {

	/** Whether the answer came from the bundled simulator rather than a real agency. */
	public boolean simulated() {
		return this.agency != null && this.agency.startsWith("SIMULATOR");
	}

}
