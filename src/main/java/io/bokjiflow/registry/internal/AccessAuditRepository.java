package io.bokjiflow.registry.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccessAuditRepository extends JpaRepository<AccessAuditEntry, Long> {

	long countByPersonId(UUID personId);

}
