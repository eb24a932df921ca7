package io.bokjiflow.identity.internal;

import java.util.Set;

import io.bokjiflow.identity.Role;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates or updates users, hashing their passwords and mirroring them into Camunda.
 */
@Service
class UserProvisioning {

	private final UserAccountRepository users;

	private final IdentityDirectory identity;

	private final CamundaIdentitySync camunda;

	private final PasswordEncoder passwordEncoder;

	UserProvisioning(UserAccountRepository users, IdentityDirectory identity, CamundaIdentitySync camunda,
			PasswordEncoder passwordEncoder) {
		this.users = users;
		this.identity = identity;
		this.camunda = camunda;
		this.passwordEncoder = passwordEncoder;
	}

	@Transactional
	void provision(String username, String rawPassword, String displayName, String orgCode, Set<Role> roles) {
		if (this.identity.organization(orgCode).isEmpty()) {
			throw new IllegalArgumentException("Unknown organisation " + orgCode);
		}
		UserAccount account = this.users.findById(username)
			.orElseGet(() -> this.users.save(
					new UserAccount(username, this.passwordEncoder.encode(rawPassword), displayName, orgCode, roles)));
		var user = this.identity.toCurrentUser(account);
		this.camunda.syncUser(username, displayName, user.groups());
	}

}
