package io.bokjiflow.ui.integrity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.bokjiflow.casework.CamundaForm;
import io.bokjiflow.casework.FormValidationException;
import io.bokjiflow.integrity.ImpactReview;
import io.bokjiflow.integrity.ImpactReviews;
import io.bokjiflow.registry.PersonSummary;
import io.bokjiflow.registry.Registry;
import io.bokjiflow.shared.UserFacingException;
import io.bokjiflow.ui.MainLayout;
import io.bokjiflow.ui.forms.CamundaFormRenderer;
import io.bokjiflow.ui.tasklist.TaskListView;
import jakarta.annotation.security.RolesAllowed;

import org.springframework.core.io.ClassPathResource;

/**
 * The impact review task of an eligibility change (변동 영향 검토): the proposals of the review
 * rendered with {@code forms/impact-review.form}, each applied or declined with a reason;
 * completing it applies the decisions.
 */
@Route(value = "impact-reviews/:" + ImpactReviewView.TASK_ID, layout = MainLayout.class)
@RolesAllowed({ "CASEWORKER", "SUPERVISOR" })
public class ImpactReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	/** The route parameter: the task's id. */
	public static final String TASK_ID = "taskId";

	static final String FORM = "forms/impact-review.form";

	private final ImpactReviews reviews;

	private final Registry registry;

	private final CamundaForm form = CamundaForm.parse(read(FORM));

	private String taskId;

	CamundaFormRenderer renderer;

	ImpactReview review;

	public ImpactReviewView(ImpactReviews reviews, Registry registry) {
		this.reviews = reviews;
		this.registry = registry;
		addClassName("impact-review-view");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.taskId = event.getRouteParameters().get(TASK_ID).orElse(null);
		removeAll();
		this.review = this.taskId == null ? null : this.reviews.ofTask(this.taskId).orElse(null);
		if (this.review == null) {
			add(new Paragraph(getTranslation("integrity.impact.error.noTask")));
			return;
		}
		Locale locale = getLocale();
		String person = this.registry.find(this.review.personId())
			.map(PersonSummary::maskedName)
			.orElse(getTranslation("integrity.impact.unknownPerson"));
		add(new H2(getTranslation("integrity.impact.title") + " · " + this.review.reviewNo()));
		add(new Paragraph(getTranslation("integrity.impact.summary", person,
				getTranslation("integrity.impact.kind." + this.review.changeKind().name()),
				this.review.occurredOn().toString())));
		this.renderer = new CamundaFormRenderer(this.form, locale, this::getTranslation);
		this.renderer.setId("impact-review-form");
		this.renderer.setValues(values(this.review, locale));
		add(this.renderer);
		Button complete = new Button(getTranslation("integrity.impact.complete"), e -> complete());
		complete.setId("impact-review-complete");
		complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		add(complete);
	}

	/** The form's values: the change and one item per proposal. */
	static Map<String, Object> values(ImpactReview review, Locale locale) {
		NumberFormat won = NumberFormat.getIntegerInstance(Locale.KOREA);
		List<Map<String, Object>> items = new ArrayList<>();
		for (ImpactReview.Proposal p : review.proposals()) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("programCode", p.programCode() + (p.householdMember() ? " (가구원 household member)" : ""));
			item.put("action", p.action().name());
			if (p.amountWon() != null) {
				item.put("amountWon", p.amountWon());
			}
			item.put("effectiveFrom", p.effectiveFrom().toString());
			item.put("deadline", p.deadline().toString());
			item.put("legalBasis", p.legalBasis() + (p.months() == null ? ""
					: " · " + won.format(p.monthlyAmountWon()) + "원 × " + p.months() + "개월"));
			if (p.decision() != null) {
				item.put("decision", p.decision());
			}
			if (p.decisionReason() != null) {
				item.put("reason", p.decisionReason());
			}
			items.add(item);
		}
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("changeKind", review.changeKind().name());
		values.put("proposals", items);
		return values;
	}

	@SuppressWarnings("unchecked")
	void complete() {
		Map<String, Object> values = this.renderer.values();
		try {
			this.form.validate(values);
		}
		catch (FormValidationException ex) {
			this.renderer.showErrors(ex.fieldErrors());
			return;
		}
		List<Map<String, Object>> items = (List<Map<String, Object>>) values.getOrDefault("proposals", List.of());
		List<ImpactReviews.Decision> decisions = new ArrayList<>();
		for (int i = 0; i < items.size() && i < this.review.proposals().size(); i++) {
			Map<String, Object> item = items.get(i);
			decisions.add(new ImpactReviews.Decision(this.review.proposals().get(i).seq(),
					"APPLY".equals(item.get("decision")),
					item.get("reason") == null ? null : String.valueOf(item.get("reason"))));
		}
		try {
			this.reviews.decide(this.taskId, decisions);
		}
		catch (UserFacingException ex) {
			Notification.show(getTranslation(ex.messageKey(), ex.args()), 6000, Notification.Position.TOP_CENTER)
				.addThemeVariants(NotificationVariant.LUMO_ERROR);
			return;
		}
		Notification
			.show(getTranslation("integrity.impact.done", this.review.reviewNo()), 4000,
					Notification.Position.TOP_CENTER)
			.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		getUI().ifPresent(ui -> ui.navigate(TaskListView.class));
	}

	private static String read(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("integrity.impact.title") + " · BokjiFlow";
	}

}
