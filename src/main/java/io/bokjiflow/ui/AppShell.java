package io.bokjiflow.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;

/**
 * Page-level settings of the Vaadin application. Server push (websocket, falling back to
 * long polling) lets the bell and task counts update without a reload.
 */
@Push
public class AppShell implements AppShellConfigurator {

	@Override
	public void configurePage(AppShellSettings settings) {
		settings.addMetaTag("description", "BokjiFlow — 복지 사례관리 (welfare case management)");
		settings.addFavIcon("icon", "icons/bokjiflow.svg", "any");
	}

}
