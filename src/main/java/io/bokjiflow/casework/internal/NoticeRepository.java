package io.bokjiflow.casework.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface NoticeRepository extends JpaRepository<NoticeEntity, UUID> {

	boolean existsByApplicationId(UUID applicationId);

}
