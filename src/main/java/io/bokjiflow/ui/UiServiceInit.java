package io.bokjiflow.ui;

import java.util.Arrays;
import java.util.UUID;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import io.bokjiflow.registry.InvalidRrnException;
import io.bokjiflow.shared.UserFacingException;
import io.bokjiflow.ui.i18n.UiLocale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Sets each UI's language and turns errors into clear, localised messages: user errors
 * say what to fix; system errors show a reference id that is logged with the cause (never
 * personal data).
 */
@Component
class UiServiceInit implements VaadinServiceInitListener {

	private static final Logger log = LoggerFactory.getLogger(UiServiceInit.class);

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addUIInitListener(e -> e.getUI().setLocale(UiLocale.current(e.getUI().getSession())));
		event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(err -> {
			Throwable t = err.getThrowable();
			show(t, e.getSession());
		}));
	}

	static void show(Throwable t, VaadinSession session) {
		if (clientResync(t)) {
			// A repeated or out-of-order client message: Vaadin resynchronises the page
			// by itself.
			log.debug("Client message out of sequence; Vaadin resynchronises", t);
			return;
		}
		var ui = com.vaadin.flow.component.UI.getCurrent();
		if (ui == null) {
			log.error("Error outside a UI", t);
			return;
		}
		String message = message(t, ui);
		Notification n = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
		n.addThemeVariants(NotificationVariant.LUMO_ERROR);
	}

	private static boolean clientResync(Throwable t) {
		StackTraceElement[] stack = t.getStackTrace();
		return t instanceof UnsupportedOperationException && stack.length > 0
				&& stack[0].getClassName().startsWith("com.vaadin.flow.server.communication.");
	}

	static String message(Throwable t, com.vaadin.flow.component.UI ui) {
		for (Throwable c = t; c != null; c = c.getCause()) {
			if (c instanceof UserFacingException u) {
				return ui.getTranslation(u.messageKey(), Arrays.stream(u.args()).toArray());
			}
			if (c instanceof InvalidRrnException r) {
				return ui.getTranslation(r.messageKey());
			}
			if (c instanceof AccessDeniedException) {
				return ui.getTranslation("error.accessDenied");
			}
		}
		String reference = UUID.randomUUID().toString().substring(0, 8);
		log.error("Unexpected error, reference {}", reference, t);
		return ui.getTranslation("error.unexpected", reference);
	}

}
