package io.bokjiflow.registry.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PersonRepository extends JpaRepository<PersonEntity, UUID> {

	Optional<PersonEntity> findByRrnHash(byte[] rrnHash);

}
