package io.bokjiflow.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The page for an address that leads nowhere. Unlike Vaadin's default it never repeats
 * the address: a mistyped or pasted URL may hold a resident number.
 */
@AnonymousAllowed
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
		removeAll();
		setId("not-found");
		add(new H2(getTranslation("error.notFound.title")), new Paragraph(getTranslation("error.notFound.text")),
				new Anchor("", getTranslation("nav.home")));
		return HttpServletResponse.SC_NOT_FOUND;
	}

}
