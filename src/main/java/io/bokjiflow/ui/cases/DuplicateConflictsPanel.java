package io.bokjiflow.ui.cases;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import io.bokjiflow.casework.DuplicateConflict;

/**
 * The duplicate-benefit conflicts the decision-time check found (중복 수급 확인), as the task
 * view and the case view list them: per conflict the rule's number, the other program,
 * the effect, whose benefit it is, the paying agency, the period and the rule's
 * reference. Ids: {@code duplicate-conflicts} (the panel),
 * {@code duplicate-conflicts-grid}.
 */
public class DuplicateConflictsPanel extends Div {

	/**
	 * A panel listing conflicts.
	 * @param conflicts the conflicts, not empty
	 */
	public DuplicateConflictsPanel(List<DuplicateConflict> conflicts) {
		setId("duplicate-conflicts");
		addClassName("duplicate-conflicts");
		add(new H3(getTranslation("duplicate.title")));
		boolean blocking = conflicts.stream().anyMatch(DuplicateConflict::blocking);
		Paragraph hint = new Paragraph(getTranslation(blocking ? "duplicate.hint.block" : "duplicate.hint.other"));
		hint.getElement().getThemeList().add(blocking ? "badge error" : "badge contrast");
		add(hint);
		Grid<DuplicateConflict> grid = new Grid<>();
		grid.setId("duplicate-conflicts-grid");
		grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
		grid.setAllRowsVisible(true);
		grid.addColumn(DuplicateConflict::rule)
			.setKey("rule")
			.setHeader(getTranslation("duplicate.col.rule"))
			.setAutoWidth(true);
		grid.addColumn(this::program)
			.setKey("program")
			.setHeader(getTranslation("duplicate.col.program"))
			.setFlexGrow(2);
		grid.addComponentColumn(this::effect)
			.setKey("effect")
			.setHeader(getTranslation("duplicate.col.effect"))
			.setAutoWidth(true);
		grid.addColumn(c -> getTranslation(c.householdMember() ? "duplicate.whose.household" : "duplicate.whose.own"))
			.setKey("whose")
			.setHeader(getTranslation("duplicate.col.whose"))
			.setAutoWidth(true);
		grid.addColumn(DuplicateConflict::agencyCode)
			.setKey("agency")
			.setHeader(getTranslation("duplicate.col.agency"));
		grid.addColumn(c -> c.periodFrom() + " ~ " + (c.periodTo() == null ? "" : c.periodTo()))
			.setKey("period")
			.setHeader(getTranslation("duplicate.col.period"))
			.setAutoWidth(true);
		grid.addColumn(DuplicateConflict::reference)
			.setHeader(getTranslation("duplicate.col.reference"))
			.setFlexGrow(2);
		grid.setItems(conflicts);
		add(grid);
	}

	private String program(DuplicateConflict c) {
		boolean english = "en".equals(getLocale().getLanguage());
		return english && c.programNameEn() != null ? c.programNameEn() : c.programNameKo();
	}

	private Span effect(DuplicateConflict c) {
		String text = getTranslation("duplicate.effect." + c.effect());
		if (c.offsetWon() != null) {
			text += " " + getTranslation("duplicate.offset.won", String.format("%,d", c.offsetWon()));
		}
		else if (c.offsetPercent() != null) {
			text += " " + c.offsetPercent() + "%";
		}
		Span badge = new Span(text);
		badge.getElement()
			.getThemeList()
			.add(c.blocking() ? "badge error small"
					: "WARN".equals(c.effect()) ? "badge small" : "badge contrast small");
		return badge;
	}

}
