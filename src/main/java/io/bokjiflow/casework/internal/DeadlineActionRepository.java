package io.bokjiflow.casework.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeadlineActionRepository extends JpaRepository<DeadlineActionEntity, UUID> {

	List<DeadlineActionEntity> findByApplicationIdOrderByActedAt(UUID applicationId);

}
