package io.bokjiflow.designer;

import java.util.List;

/**
 * The difference between the deployed version of a resource and an edited one.
 *
 * @param changes semantic changes by element id (empty for forms when only the layout
 * moved)
 * @param unifiedDiff a unified text diff of the two files (the fallback that always
 * works)
 */
public record ModelDiff(List<ModelChange> changes, String unifiedDiff) {

	/** Whether anything differs at all. */
	public boolean isEmpty() {
		return this.changes.isEmpty() && this.unifiedDiff.isBlank();
	}

}
