package io.bokjiflow.ui;

import com.vaadin.flow.component.html.Span;

/**
 * One labelled fact of a card ("label value"), as the task, person and catalogue views
 * show them; the label is already translated.
 */
public class Fact extends Span {

	public Fact(String label, String value) {
		Span l = new Span(label);
		l.addClassName("fact-label");
		Span v = new Span(value == null ? "-" : value);
		v.addClassName("fact-value");
		add(l, v);
		addClassName("fact");
	}

}
