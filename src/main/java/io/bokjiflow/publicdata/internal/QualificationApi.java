package io.bokjiflow.publicdata.internal;

import java.time.LocalDate;
import java.util.List;

import io.bokjiflow.publicdata.QualificationKind;

/**
 * The wire format of the qualification gateway, shared by the client and the simulator.
 */
final class QualificationApi {

	static final String PATH = "/v1/qualifications";

	static final String API_KEY_HEADER = "X-Api-Key";

	private QualificationApi() {
	}

	record Request(String rrn, LocalDate asOf) {

		@Override
		public String toString() {
			return "Request[asOf=" + this.asOf + "]";
		}

	}

	record Qualification(QualificationKind kind, LocalDate validFrom, LocalDate validTo, String detail) {
	}

	record Response(String source, String legalBasis, LocalDate asOf, List<Qualification> qualifications) {
	}

}
