package io.bokjiflow.ui.integrity;

import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.bokjiflow.integrity.EligibilityChanges;
import io.bokjiflow.integrity.FeedRun;
import io.bokjiflow.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/**
 * The resident-register change feed for administrators (주민등록 변동 정보 처리): run a day's feed
 * now and see every run with its counts.
 */
@Route(value = "change-feed", layout = MainLayout.class)
@RolesAllowed("ADMINISTRATOR")
public class ChangeFeedView extends VerticalLayout implements HasDynamicTitle {

	private final EligibilityChanges changes;

	final DatePicker day = new DatePicker();

	final Grid<FeedRun> runs = new Grid<>();

	public ChangeFeedView(EligibilityChanges changes, Clock clock) {
		this.changes = changes;
		addClassName("change-feed-view");
		this.day.setId("change-feed-day");
		this.day.setLabel(getTranslation("integrity.feed.day"));
		this.day.setValue(LocalDate.now(clock).minusDays(1));
		Button run = new Button(getTranslation("integrity.feed.run"), e -> run());
		run.setId("change-feed-run");
		run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		HorizontalLayout bar = new HorizontalLayout(this.day, run);
		bar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);

		this.runs.setId("change-feed-runs");
		this.runs.addColumn(FeedRun::feedDay).setHeader(getTranslation("integrity.feed.col.day")).setAutoWidth(true);
		this.runs.addColumn(r -> getTranslation("integrity.feed.status." + r.status()))
			.setHeader(getTranslation("integrity.feed.col.status"))
			.setAutoWidth(true);
		this.runs.addColumn(FeedRun::changes).setHeader(getTranslation("integrity.feed.col.changes"));
		this.runs.addColumn(FeedRun::recorded).setHeader(getTranslation("integrity.feed.col.recorded"));
		this.runs.addColumn(FeedRun::alreadyKnown).setHeader(getTranslation("integrity.feed.col.alreadyKnown"));
		this.runs.addColumn(FeedRun::unknownPerson).setHeader(getTranslation("integrity.feed.col.unknownPerson"));
		this.runs.addColumn(FeedRun::failed).setHeader(getTranslation("integrity.feed.col.failed"));
		this.runs.addColumn(FeedRun::runBy).setHeader(getTranslation("integrity.feed.col.runBy"));
		this.runs.addColumn(r -> r.error() == null ? "" : r.error())
			.setHeader(getTranslation("integrity.feed.col.error"));
		this.runs.setEmptyStateText(getTranslation("integrity.feed.none"));
		this.runs.setAllRowsVisible(true);

		add(new H2(getTranslation("integrity.feed.title")), new Paragraph(getTranslation("integrity.feed.intro")), bar,
				this.runs);
		refresh();
	}

	void run() {
		if (this.day.getValue() != null) {
			this.changes.processFeed(this.day.getValue());
			refresh();
		}
	}

	private void refresh() {
		this.runs.setItems(this.changes.feedRuns(50));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("integrity.feed.title") + " · BokjiFlow";
	}

}
