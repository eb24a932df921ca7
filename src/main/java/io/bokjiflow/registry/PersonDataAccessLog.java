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
