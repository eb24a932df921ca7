package io.bokjiflow.ui.push;

import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.shared.Registration;
import io.bokjiflow.notifications.Notification;
import io.bokjiflow.notifications.Notifications;
import io.bokjiflow.shared.ClockConfiguration;
import io.bokjiflow.ui.i18n.UiLocale;

/**
 * The bell in the header: the number of unread notifications, pushed when a new one
 * arrives, and the newest twenty in a popover; a click opens the task it is about.
 */
public class NotificationBell extends Composite<Div> {

	static final int SHOWN = 20;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm")
		.withZone(ClockConfiguration.ZONE);

	private final Notifications notifications;

	private final UiBroadcaster broadcaster;

	private final String username;

	final Button bell = new Button(VaadinIcon.BELL.create());

	final Span badge = new Span();

	final VerticalLayout list = new VerticalLayout();

	private final Popover popover = new Popover();

	private Registration registration;

	public NotificationBell(Notifications notifications, UiBroadcaster broadcaster, String username) {
		this.notifications = notifications;
		this.broadcaster = broadcaster;
		this.username = username;
		this.bell.setId("notification-bell");
		this.bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
		this.badge.addClassName("bell-badge");
		this.badge.getElement().getThemeList().add("badge error pill small primary");
		this.badge.setId("notification-count");
		Div root = getContent();
		root.addClassName("notification-bell");
		root.add(this.bell, this.badge);

		this.list.setPadding(false);
		this.list.setSpacing(false);
		this.list.setId("notification-list");
		Button allRead = new Button(getTranslation("notification.markAllRead"), e -> {
			this.notifications.markAllRead();
			refresh();
		});
		allRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
		allRead.setId("notifications-all-read");
		HorizontalLayout head = new HorizontalLayout(new H4(getTranslation("notification.title")), allRead);
		head.setWidthFull();
		head.setJustifyContentMode(com.vaadin.flow.component.orderedlayout.FlexComponent.JustifyContentMode.BETWEEN);
		head.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
		VerticalLayout panel = new VerticalLayout(head, this.list);
		panel.addClassName("notification-panel");
		panel.setWidth("24rem");
		this.popover.add(panel);
		this.popover.setTarget(this.bell);
		this.popover.setPosition(PopoverPosition.BOTTOM_END);
		this.popover.setAriaLabelledBy("notification-bell");
		this.popover.addOpenedChangeListener(e -> {
			if (e.isOpened()) {
				refresh();
			}
		});
		refresh();
	}

	/**
	 * The unread count (hidden while nothing is unread).
	 * @return the badge
	 */
	public Span badge() {
		return this.badge;
	}

	/** Re-reads the count and the list. */
	void refresh() {
		long unread = this.notifications.unreadCount();
		this.badge.setText(unread > 99 ? "99+" : String.valueOf(unread));
		this.badge.setVisible(unread > 0);
		this.bell.setAriaLabel(getTranslation("notification.bellLabel", unread));
		this.bell.setTooltipText(getTranslation("notification.bellLabel", unread));
		this.list.removeAll();
		List<Notification> recent = this.notifications.recent(SHOWN);
		if (recent.isEmpty()) {
			this.list.add(new Span(getTranslation("notification.empty")));
		}
		for (Notification n : recent) {
			this.list.add(item(n));
		}
	}

	private Button item(Notification n) {
		Object[] args = n.args().stream().map(a -> (Object) UiLocale.pick(a, getLocale())).toArray();
		Button item = new Button(getTranslation(n.messageKey(), args) + " · " + TIME.format(n.createdAt()), e -> {
			this.notifications.markRead(n.id());
			this.popover.close();
			refresh();
			if (n.taskId() != null && n.kind() != Notification.Kind.INCIDENT) {
				getUI().ifPresent(ui -> ui.navigate("tasks/" + n.taskId()));
			}
			else if (n.applicationNo() != null) {
				getUI().ifPresent(ui -> ui.navigate("cases/" + n.applicationNo()));
			}
		});
		item.addClassName("notification-item");
		item.addClassName(n.read() ? "read" : "unread");
		item.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		item.setWidthFull();
		return item;
	}

	@Override
	protected void onAttach(AttachEvent event) {
		this.registration = this.broadcaster.register(event.getUI(), this.username, UiBroadcaster.Topic.BELL,
				this::refresh);
	}

	@Override
	protected void onDetach(DetachEvent event) {
		if (this.registration != null) {
			this.registration.remove();
		}
	}

}
