package io.bokjiflow.registry;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Reads the registry's personal-data access audit (who revealed or read whose record, for
 * what purpose), so that a case's audit trail can show the reads made for it. Reading the
 * audit is not itself audited: it holds no personal data beyond the person ids asked for.
 */
public interface PersonDataAccessLog {

	/**
	 * The accesses to some persons' records whose purpose names a reference.
	 * @param personIds the persons
	 * @param purposeContaining text the purpose contains, e.g. an application number
	 * @return the accesses, newest first
	 */
	List<Access> accesses(Collection<java.util.UUID> personIds, String purposeContaining);

	/**
	 * The whole access log for an auditor: every read of a person's full record or clear
	 * number, with the person masked.
	 * @param query who accessed, and when
	 * @param offset rows to skip
	 * @param limit at most this many
	 * @return the accesses, newest first
	 * @throws org.springframework.security.access.AccessDeniedException unless the caller
	 * is an auditor or administrator
	 */
	List<AccessRecord> log(io.bokjiflow.shared.AuditQuery query, int offset, int limit);

	/**
	 * How many accesses {@link #log} would list without paging.
	 * @param query who accessed, and when
	 * @return the count
	 */
	long count(io.bokjiflow.shared.AuditQuery query);

	/**
	 * One access as the audit view shows it.
	 *
	 * @param personId whose record
	 * @param maskedName the person's name, masked ({@code 김*용})
	 * @param maskedRrn the person's number, masked ({@code 711231-1******})
	 * @param accessedBy the user or system component
	 * @param purpose why (a view, an application number)
	 * @param accessedAt when
	 */
	record AccessRecord(java.util.UUID personId, String maskedName, String maskedRrn, String accessedBy, String purpose,
			Instant accessedAt) {
	}

	/**
	 * One access.
	 *
	 * @param personId whose record
	 * @param accessedBy the user or system component
	 * @param purpose why
	 * @param accessedAt when
	 */
	record Access(java.util.UUID personId, String accessedBy, String purpose, Instant accessedAt) {
	}

}
