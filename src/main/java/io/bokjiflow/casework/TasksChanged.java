package io.bokjiflow.casework;

/**
 * Some open task changed (created, claimed, completed, re-dated…). Carries nothing: it
 * tells task lists to refresh their counts; published after commit.
 */
public record TasksChanged() {

	/** The one instance. */
	public static final TasksChanged INSTANCE = new TasksChanged();

}
