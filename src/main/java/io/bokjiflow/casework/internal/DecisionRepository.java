package io.bokjiflow.casework.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionRepository extends JpaRepository<DecisionEntity, UUID> {

	Optional<DecisionEntity> findByApplicationId(UUID applicationId);

}
