package io.bokjiflow.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.bokjiflow.identity.CurrentUser;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.identity.OrgGroups;
import io.bokjiflow.identity.OrgLevel;
import io.bokjiflow.identity.Organization;
import io.bokjiflow.identity.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class IdentityDirectory implements Identity {

	private final UserAccountRepository users;

	private final OrganizationRepository organizations;

	IdentityDirectory(UserAccountRepository users, OrganizationRepository organizations) {
		this.users = users;
		this.organizations = organizations;
	}

	@Override
	public CurrentUser currentUser() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated() || auth.getName() == null) {
			throw new AccessDeniedException("Not signed in");
		}
		return user(auth.getName()).orElseThrow(() -> new AccessDeniedException("Unknown user"));
	}

	@Override
	public Optional<CurrentUser> user(String username) {
		return this.users.findById(username).filter(UserAccount::enabled).map(this::toCurrentUser);
	}

	@Override
	public Optional<Organization> organization(String code) {
		return this.organizations.findById(code).map(OrganizationEntity::toOrganization);
	}

	@Override
	public List<Organization> communityCentres(String sigunguCode) {
		return this.organizations.findByParentCodeAndLevelOrderByNameKo(sigunguCode, OrgLevel.EMD)
			.stream()
			.map(OrganizationEntity::toOrganization)
			.toList();
	}

	@Override
	public List<Organization> organizations(OrgLevel level) {
		return this.organizations.findByLevelOrderByCode(level)
			.stream()
			.map(OrganizationEntity::toOrganization)
			.toList();
	}

	@Override
	public Optional<String> sigunguOf(String orgCode) {
		Optional<Organization> org = organization(orgCode);
		while (org.isPresent()) {
			Organization o = org.get();
			if (o.level() == OrgLevel.SIGUNGU) {
				return Optional.of(o.code());
			}
			if (o.level() != OrgLevel.EMD || o.parentCode() == null) {
				return Optional.empty();
			}
			org = organization(o.parentCode());
		}
		return Optional.empty();
	}

	@Override
	public List<CurrentUser> members(String group) {
		return this.users.findAll()
			.stream()
			.filter(UserAccount::enabled)
			.map(this::toCurrentUser)
			.filter(u -> u.groups().contains(group))
			.toList();
	}

	CurrentUser toCurrentUser(UserAccount account) {
		Organization org = organization(account.orgCode())
			.orElseThrow(() -> new IllegalStateException("User has an unknown organisation"));
		String sigungu = sigunguOf(org.code()).orElse(null);
		return new CurrentUser(account.username(), account.displayName(), org, sigungu, Set.copyOf(account.roles()),
				groupsOf(account.roles(), sigungu));
	}

	static List<String> groupsOf(Set<Role> roles, String sigunguCode) {
		List<String> groups = new ArrayList<>(roles.stream().map(Role::camundaGroup).sorted().toList());
		if (sigunguCode != null) {
			if (roles.contains(Role.CASEWORKER)) {
				groups.add(OrgGroups.caseworkers(sigunguCode));
			}
			if (roles.contains(Role.SUPERVISOR)) {
				groups.add(OrgGroups.supervisors(sigunguCode));
			}
		}
		return groups.stream().distinct().collect(Collectors.toList());
	}

}
