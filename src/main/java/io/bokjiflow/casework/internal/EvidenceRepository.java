package io.bokjiflow.casework.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceRepository extends JpaRepository<EvidenceEntity, UUID> {

	List<EvidenceEntity> findByApplicationIdOrderByFetchedAt(UUID applicationId);

	Optional<EvidenceEntity> findByApplicationIdAndDatasetAndSubjectPersonId(UUID applicationId, String dataset,
			UUID subjectPersonId);

}
