package io.bokjiflow.identity.internal;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads BokjiFlow users for Spring Security; roles become {@code ROLE_*} authorities.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final UserAccountRepository users;

	AccountUserDetailsService(UserAccountRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		UserAccount account = this.users.findById(username)
			.orElseThrow(() -> new UsernameNotFoundException("Bad credentials"));
		return User.withUsername(account.username())
			.password(account.passwordHash())
			.disabled(!account.enabled())
			.authorities(account.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList())
			.build();
	}

}
