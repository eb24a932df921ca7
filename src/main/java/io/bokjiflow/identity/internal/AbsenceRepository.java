package io.bokjiflow.identity.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AbsenceRepository extends JpaRepository<AbsenceEntity, UUID> {

	List<AbsenceEntity> findByUsernameAndEndsOnGreaterThanEqualOrderByStartsOn(String username, LocalDate day);

	@Query("select a from AbsenceEntity a where a.startsOn <= ?1 and a.endsOn >= ?1")
	List<AbsenceEntity> findCurrent(LocalDate day);

	@Query("select count(a) > 0 from AbsenceEntity a where a.username = ?1 and a.startsOn <= ?3 and a.endsOn >= ?2")
	boolean overlaps(String username, LocalDate from, LocalDate to);

}
