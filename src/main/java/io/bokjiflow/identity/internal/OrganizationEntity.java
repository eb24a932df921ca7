package io.bokjiflow.identity.internal;

import io.bokjiflow.identity.OrgLevel;
import io.bokjiflow.identity.Organization;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "idn_organization")
class OrganizationEntity {

	@Id
	private String code;

	@Column(name = "parent_code")
	private String parentCode;

	@Enumerated(EnumType.STRING)
	private OrgLevel level;

	@Column(name = "name_ko")
	private String nameKo;

	@Column(name = "name_en")
	private String nameEn;

	protected OrganizationEntity() {
	}

	Organization toOrganization() {
		return new Organization(this.code, this.parentCode, this.level, this.nameKo, this.nameEn);
	}

}
