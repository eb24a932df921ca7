package io.bokjiflow.publicdata;

import java.time.LocalDate;
import java.util.Objects;

import io.bokjiflow.registry.LifeEventKind;
import io.bokjiflow.registry.Rrn;

/**
 * One change of the resident register as the register's daily change feed delivers it
 * (see docs/resident-change-feed.md); {@link #toString()} shows the number masked only.
 *
 * @param changeId the feed's stable id of the change (the same change always has the same
 * id, whichever day's feed delivers it again)
 * @param rrn the person, by resident registration number
 * @param kind what changed
 * @param occurredOn the day it happened
 * @param newAdminDongCode for {@link LifeEventKind#MOVE}: the 행정동 moved to, else
 * {@code null}
 * @param newAddress for {@link LifeEventKind#MOVE}: the new address, else {@code null}
 * @param qualificationKind for {@link LifeEventKind#QUALIFICATION_CHANGE}: the
 * qualification, else {@code null}
 * @param qualificationBegan for a qualification that began: the day, else {@code null}
 * @param qualificationEnded for a qualification that ended: the last day, else
 * {@code null}
 */
public record ResidentChange(String changeId, Rrn rrn, LifeEventKind kind, LocalDate occurredOn,
		String newAdminDongCode, String newAddress, QualificationKind qualificationKind, LocalDate qualificationBegan,
		LocalDate qualificationEnded) {

	public ResidentChange {
		Objects.requireNonNull(changeId, "changeId");
		Objects.requireNonNull(rrn, "rrn");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(occurredOn, "occurredOn");
		if ((kind == LifeEventKind.MOVE) != (newAdminDongCode != null)) {
			throw new IllegalArgumentException("A new 행정동 goes with MOVE only");
		}
		if ((kind == LifeEventKind.QUALIFICATION_CHANGE) != (qualificationKind != null)) {
			throw new IllegalArgumentException("A qualification goes with QUALIFICATION_CHANGE only");
		}
		if (qualificationKind != null && qualificationBegan == null && qualificationEnded == null) {
			throw new IllegalArgumentException("A qualification change says when it began or ended");
		}
	}

	/**
	 * For a qualification change, whether the person holds the qualification after it (it
	 * has no end), else {@code null}.
	 */
	public Boolean qualificationHeld() {
		return this.qualificationKind == null ? null : this.qualificationEnded == null;
	}

	@Override
	public String toString() {
		return "ResidentChange[" + this.changeId + ", " + this.rrn.masked() + ", " + this.kind + ", " + this.occurredOn
				+ "]";
	}

}
