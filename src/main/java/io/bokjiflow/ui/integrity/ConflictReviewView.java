package io.bokjiflow.ui.integrity;

import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.bokjiflow.casework.CamundaForm;
import io.bokjiflow.casework.FormValidationException;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.integrity.DuplicateBenefitSweep;
import io.bokjiflow.integrity.DuplicateBenefitSweep.Outcome;
import io.bokjiflow.integrity.DuplicateBenefitSweep.Review;
import io.bokjiflow.shared.UserFacingException;
import io.bokjiflow.ui.MainLayout;
import io.bokjiflow.ui.forms.CamundaFormRenderer;
import io.bokjiflow.ui.tasklist.TaskListView;
import jakarta.annotation.security.RolesAllowed;

/**
 * One duplicate-benefit review task (중복 수급 검토): the finding's two benefits, rule, effect
 * and proposed action in the task's own Camunda form, and the caseworker's outcome. The
 * task list opens it for tasks whose key is a finding number.
 */
@Route(value = "integrity-review/:taskId", layout = MainLayout.class)
@RolesAllowed({ "CASEWORKER", "SUPERVISOR", "ADMINISTRATOR" })
public class ConflictReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	/** The route parameter. */
	public static final String TASK_ID = "taskId";

	private final DuplicateBenefitSweep sweep;

	private final Identity identity;

	private String taskId;

	CamundaFormRenderer form;

	final Button complete = new Button();

	public ConflictReviewView(DuplicateBenefitSweep sweep, Identity identity) {
		this.sweep = sweep;
		this.identity = identity;
		addClassName("conflict-review-view");
	}

	/** The route parameters of a task. */
	public static RouteParameters parameters(String taskId) {
		return new RouteParameters(Map.of(TASK_ID, taskId));
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.taskId = event.getRouteParameters().get(TASK_ID).orElse("");
		removeAll();
		Optional<Review> review = this.sweep.review(this.taskId);
		if (review.isEmpty()) {
			add(new H2(getTranslation("integrity.review.title")),
					new Paragraph(getTranslation("integrity.review.gone")), back());
			return;
		}
		Review r = review.get();
		this.form = new CamundaFormRenderer(CamundaForm.parse(r.formJson()), getLocale(), this::getTranslation);
		this.form.setValues(r.variables());
		this.form.setId("conflict-review-form");
		String me = this.identity.currentUser().username();
		boolean heldByOther = r.assignee() != null && !r.assignee().equals(me);
		this.complete.setText(getTranslation("integrity.review.complete"));
		this.complete.setId("conflict-review-complete");
		this.complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.complete.setEnabled(!heldByOther);
		this.complete.addClickListener(e -> complete());
		add(new H2(getTranslation("integrity.review.title") + " · " + r.finding().findingNo()));
		if (heldByOther) {
			add(new Paragraph(getTranslation("task.heldBy", r.assignee())));
		}
		add(this.form, new HorizontalLayout(this.complete, back()));
	}

	/** Validates the form as the server does and completes the review. */
	void complete() {
		try {
			Map<String, Object> values = this.form.form().validate(this.form.values());
			Object reason = values.get("reviewReason");
			this.sweep.completeReview(this.taskId, Outcome.valueOf((String) values.get("reviewOutcome")),
					reason == null ? null : reason.toString());
			Notification.show(getTranslation("integrity.review.done"), 3000, Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			getUI().ifPresent(ui -> ui.navigate(TaskListView.class));
		}
		catch (FormValidationException ex) {
			this.form.showErrors(ex.fieldErrors());
		}
		catch (UserFacingException ex) {
			Notification.show(getTranslation(ex.messageKey(), ex.args()), 6000, Notification.Position.TOP_CENTER)
				.addThemeVariants(NotificationVariant.LUMO_ERROR);
		}
	}

	private Button back() {
		Button back = new Button(getTranslation("integrity.review.back"),
				e -> getUI().ifPresent(ui -> ui.navigate(TaskListView.class)));
		back.setId("conflict-review-back");
		return back;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("integrity.review.title") + " · BokjiFlow";
	}

}
