package io.bokjiflow.casework.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApplicationRepository extends JpaRepository<ApplicationEntity, UUID> {

	Optional<ApplicationEntity> findByIdempotencyKey(String idempotencyKey);

	Optional<ApplicationEntity> findByApplicationNo(String applicationNo);

	List<ApplicationEntity> findByProcessInstanceIdIn(Collection<String> processInstanceIds);

	List<ApplicationEntity> findByApplicationNoIn(Collection<String> applicationNos);

	List<ApplicationEntity> findByPersonIdOrderBySubmittedAtDesc(UUID personId);

	boolean existsByPersonIdAndProgramCodeAndStatusIn(UUID personId, String programCode,
			Collection<io.bokjiflow.casework.ApplicationStatus> statuses);

	@Query(value = "select nextval('cw_application_no_seq')", nativeQuery = true)
	long nextApplicationSequence();

}
