package io.bokjiflow.identity.internal;

import java.util.List;

import io.bokjiflow.identity.OrgLevel;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrganizationRepository extends JpaRepository<OrganizationEntity, String> {

	List<OrganizationEntity> findByLevelOrderByCode(OrgLevel level);

	List<OrganizationEntity> findByParentCodeAndLevelOrderByNameKo(String parentCode, OrgLevel level);

}
