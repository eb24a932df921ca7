package io.bokjiflow.identity.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.bokjiflow.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo users for every role. Created only when {@code bokjiflow.demo.enabled} is true,
 * which is the default with the embedded database and never the default with an external
 * one.
 */
@Component
@ConditionalOnProperty(name = "bokjiflow.demo.enabled", havingValue = "true")
class DemoUsers {

	/** The password of every demo user; listed in the README. */
	static final String DEMO_PASSWORD = "demo1234!";

	private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

	record DemoUser(String username, String displayName, String orgCode, Set<Role> roles) {
	}

	static final List<DemoUser> USERS = List.of(
			new DemoUser("cw.gangnam", "김민지", "1168064000", EnumSet.of(Role.CASEWORKER)),
			new DemoUser("cw.gangnam2", "이서준", "1168058000", EnumSet.of(Role.CASEWORKER)),
			new DemoUser("cw.jongno", "박지훈", "1111051500", EnumSet.of(Role.CASEWORKER)),
			new DemoUser("sv.gangnam", "최수영", "11680", EnumSet.of(Role.SUPERVISOR)),
			new DemoUser("designer", "정하늘", "1352000", EnumSet.of(Role.PROCESS_DESIGNER)),
			new DemoUser("official.gangnam", "한지민", "11680", EnumSet.of(Role.LOCAL_OFFICIAL)),
			new DemoUser("admin", "관리자", "1352000", EnumSet.of(Role.ADMINISTRATOR, Role.SUPERVISOR)),
			new DemoUser("auditor", "윤감사", "1352000", EnumSet.of(Role.AUDITOR)));

	private final UserProvisioning provisioning;

	DemoUsers(UserProvisioning provisioning) {
		this.provisioning = provisioning;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(0)
	void createDemoUsers() {
		for (DemoUser user : USERS) {
			this.provisioning.provision(user.username(), DEMO_PASSWORD, user.displayName(), user.orgCode(),
					user.roles());
		}
		log.info("Demo users ready ({}); see README for their roles", USERS.size());
	}

}
