package io.bokjiflow.registry.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the access audit in its own transaction, so that a reveal stays recorded even
 * when the work that needed the number fails and rolls back (a public-data call that
 * timed out still sent the number).
 */
@Component
class AccessAuditWriter {

	private final AccessAuditRepository audit;

	AccessAuditWriter(AccessAuditRepository audit) {
		this.audit = audit;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(UUID personId, String accessedBy, String purpose, Instant at) {
		this.audit.save(new AccessAuditEntry(personId, accessedBy, purpose, at));
	}

}
