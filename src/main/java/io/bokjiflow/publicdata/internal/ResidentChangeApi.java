package io.bokjiflow.publicdata.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * The wire format of the resident-register change feed, shared by the client and the
 * SIMULATOR (docs/resident-change-feed.md). The register names persons by resident
 * number, so a change carries it; {@code toString} never shows it.
 */
final class ResidentChangeApi {

	static final String PATH = "/v1/resident-register/changes";

	static final int MAX_PAGE_SIZE = 1000;

	private ResidentChangeApi() {
	}

	/** A page of a day's changes. */
	record Page(LocalDate date, List<Change> changes, String nextAfter) {
	}

	/** One change. */
	record Change(String changeId, String rrn, String kind, LocalDate occurredOn, Move move,
			Qualification qualification) {

		@Override
		public String toString() {
			return "Change[" + this.changeId + ", " + this.kind + "]";
		}

	}

	/** Where a person moved to. */
	record Move(String adminDongCode, String address) {
	}

	/** A qualification that began or ended. */
	record Qualification(String kind, LocalDate began, LocalDate ended) {
	}

	/** A change to plant (the simulator's admin endpoint). */
	record Plant(LocalDate feedDay, String changeId, String rrn, String kind, LocalDate occurredOn, Move move,
			Qualification qualification) {

		@Override
		public String toString() {
			return "Plant[" + this.feedDay + ", " + this.kind + "]";
		}

	}

}
