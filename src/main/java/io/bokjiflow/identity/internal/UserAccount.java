package io.bokjiflow.identity.internal;

import java.util.EnumSet;
import java.util.Set;

import io.bokjiflow.identity.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

@Entity
@Table(name = "idn_user")
class UserAccount {

	@Id
	private String username;

	@Column(name = "password_hash")
	private String passwordHash;

	@Column(name = "display_name")
	private String displayName;

	@Column(name = "org_code")
	private String orgCode;

	private boolean enabled = true;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "idn_user_role", joinColumns = @JoinColumn(name = "username"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	protected UserAccount() {
	}

	UserAccount(String username, String passwordHash, String displayName, String orgCode, Set<Role> roles) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.orgCode = orgCode;
		this.roles = EnumSet.copyOf(roles);
	}

	String username() {
		return this.username;
	}

	String passwordHash() {
		return this.passwordHash;
	}

	String displayName() {
		return this.displayName;
	}

	String orgCode() {
		return this.orgCode;
	}

	boolean enabled() {
		return this.enabled;
	}

	Set<Role> roles() {
		return this.roles;
	}

}
