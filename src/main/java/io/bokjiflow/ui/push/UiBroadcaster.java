package io.bokjiflow.ui.push;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.shared.Registration;
import io.bokjiflow.casework.TasksChanged;
import io.bokjiflow.notifications.NotificationsChanged;
import io.bokjiflow.openmarket.SelectionRunProgressed;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Pushes changes to open browser windows (Vaadin push over a websocket): the bell of the
 * users who got a notification at once, and task-list counts at most every two seconds
 * however many tasks change (a burst of 1,000 completions is one refresh per window).
 */
@Component
public class UiBroadcaster {

	/** What a window listens to. */
	public enum Topic {

		/** The user's notifications. */
		BELL,
		/** Task counts and lists. */
		TASKS,
		/** Progress of selection runs (at most once a second however many batches). */
		SELECTION_RUNS

	}

	private record Listener(UI ui, String username, Topic topic, Command action, Authentication authentication) {
	}

	private final Map<Object, Listener> listeners = new ConcurrentHashMap<>();

	private final AtomicBoolean tasksDirty = new AtomicBoolean();

	/**
	 * Registers a window's action; remove it when the component detaches.
	 * @param ui the window
	 * @param username its user
	 * @param topic what to listen to
	 * @param action what to run (in the window's session)
	 * @return the registration to remove
	 */
	public Registration register(UI ui, String username, Topic topic, Command action) {
		Object key = new Object();
		// The action runs on whichever thread pushes (another user's request, the
		// scheduler), so it must act as the window's user, who registers it.
		this.listeners.put(key,
				new Listener(ui, username, topic, action, SecurityContextHolder.getContext().getAuthentication()));
		return () -> this.listeners.remove(key);
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(NotificationsChanged event) {
		this.listeners.forEach((key, l) -> {
			if (l.topic() == Topic.BELL && event.recipients().contains(l.username())) {
				push(key, l);
			}
		});
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(TasksChanged event) {
		this.tasksDirty.set(true);
	}

	@Scheduled(fixedDelay = 2000)
	void flushTasks() {
		if (this.tasksDirty.getAndSet(false)) {
			this.listeners.forEach((key, l) -> {
				if (l.topic() == Topic.TASKS) {
					push(key, l);
				}
			});
		}
	}

	private final AtomicBoolean selectionRunsDirty = new AtomicBoolean();

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(SelectionRunProgressed event) {
		this.selectionRunsDirty.set(true);
	}

	@Scheduled(fixedDelay = 1000)
	void flushSelectionRuns() {
		if (this.selectionRunsDirty.getAndSet(false)) {
			this.listeners.forEach((key, l) -> {
				if (l.topic() == Topic.SELECTION_RUNS) {
					push(key, l);
				}
			});
		}
	}

	private void push(Object key, Listener l) {
		// Around the whole access: when this thread gets the session's lock, the grid's
		// data provider is queried only while the response is pushed, after the action.
		asWindowUser(l, () -> {
			try {
				l.ui().access(() -> asWindowUser(l, l.action()));
			}
			catch (UIDetachedException ex) {
				this.listeners.remove(key);
			}
		});
	}

	private static void asWindowUser(Listener l, Command command) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext window = SecurityContextHolder.createEmptyContext();
		window.setAuthentication(l.authentication());
		SecurityContextHolder.setContext(window);
		try {
			command.execute();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
