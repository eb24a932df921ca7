package io.bokjiflow.ui.finder;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import io.bokjiflow.finder.RateLimiter;

/**
 * Asks the finder's rate limiter for the current request's client address and session,
 * and says "too many requests" in the page's language when refused.
 */
final class PublicLimits {

	private PublicLimits() {
	}

	/**
	 * Whether an action may go ahead now; shows the localised refusal otherwise.
	 * @param limiter the limiter
	 * @param action the action
	 * @param status an element that repeats the refusal for screen readers (role alert)
	 * @return whether allowed
	 */
	static boolean allow(RateLimiter limiter, RateLimiter.Action action, com.vaadin.flow.component.html.Div status) {
		VaadinRequest request = VaadinRequest.getCurrent();
		String address = request == null ? "unknown" : request.getRemoteAddr();
		VaadinSession session = VaadinSession.getCurrent();
		String sessionId = session == null || session.getSession() == null ? "none" : session.getSession().getId();
		if (limiter.tryAcquire(action, address, sessionId)) {
			status.setText("");
			return true;
		}
		String message = UI.getCurrent().getTranslation("finder.tooMany");
		status.setText(message);
		Notification n = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
		n.addThemeVariants(NotificationVariant.LUMO_ERROR);
		return false;
	}

	/** An element for the refusal, announced by screen readers when it appears. */
	static com.vaadin.flow.component.html.Div statusBox() {
		com.vaadin.flow.component.html.Div status = new com.vaadin.flow.component.html.Div();
		status.setId("rate-limited");
		status.addClassName("rate-limited");
		// Always in the page (empty until needed), so that screen readers announce the
		// text when it appears.
		status.getElement().setAttribute("role", "alert");
		return status;
	}

}
