package io.bokjiflow.casework;

import java.util.List;
import java.util.Map;

/**
 * The outcome of an action on several tasks: each task is done or refused on its own, so
 * one refusal does not undo the others.
 *
 * @param done the tasks the action succeeded on
 * @param refused task id → message key of why not (with its arguments, localised by the
 * UI)
 */
public record BulkResult(List<String> done, Map<String, Refusal> refused) {

	/**
	 * Why one task was refused.
	 *
	 * @param messageKey the message key
	 * @param args its arguments
	 */
	public record Refusal(String messageKey, Object[] args) {
	}

}
