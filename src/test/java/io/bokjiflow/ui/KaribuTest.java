package io.bokjiflow.ui;

import java.security.Principal;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import io.bokjiflow.testing.IntegrationTest;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Browserless UI tests with Karibu-Testing on the shared application context: the views
 * run server-side against the real services and database; the signed-in user comes from
 * Spring Security as the servlet filter would put it on the request.
 */
public abstract class KaribuTest extends IntegrationTest {

	private static final Routes ROUTES = new Routes().autoDiscoverViews("io.bokjiflow.ui");

	@Autowired
	private ApplicationContext context;

	/** Signs a demo user in and opens a fresh UI for them. */
	protected void openUiAs(String username) {
		signIn(username);
		MockVaadin.INSTANCE.setMockRequestFactory(session -> new FakeRequest(session) {
			@Override
			public Principal getUserPrincipal() {
				return SecurityContextHolder.getContext().getAuthentication();
			}

			@Override
			public boolean isUserInRole(String role) {
				Authentication auth = SecurityContextHolder.getContext().getAuthentication();
				return auth != null
						&& auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
			}
		});
		Function0<UI> uiFactory = UI::new;
		MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, this.context, uiFactory));
	}

	@AfterEach
	void tearDownUi() {
		MockVaadin.tearDown();
		signOut();
	}

}
