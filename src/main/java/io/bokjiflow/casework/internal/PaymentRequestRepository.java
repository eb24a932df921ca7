package io.bokjiflow.casework.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PaymentRequestRepository extends JpaRepository<PaymentRequestEntity, UUID> {

	Optional<PaymentRequestEntity> findByApplicationId(UUID applicationId);

}
