package io.bokjiflow.registry;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A change of the resident register (death, deregistration, emigration, move, change of a
 * qualification) that the registry recorded for a person; published once per change,
 * however often the change feed delivers it.
 *
 * @param changeId the change's id in the resident-register change feed (unique)
 * @param personId the person (reg_person id)
 * @param kind what changed
 * @param occurredOn the day it happened
 * @param previousAdminDongCode for {@link LifeEventKind#MOVE}: the 행정동 moved from, else
 * {@code null}
 * @param newAdminDongCode for {@link LifeEventKind#MOVE}: the 행정동 moved to, else
 * {@code null}
 * @param qualificationKind for {@link LifeEventKind#QUALIFICATION_CHANGE}: the
 * {@code QualificationKind} name, else {@code null}
 * @param qualificationHeld for {@link LifeEventKind#QUALIFICATION_CHANGE}: whether the
 * person holds the qualification after the change (true = began, false = ended), else
 * {@code null}
 */
public record LifeEventRecorded(String changeId, UUID personId, LifeEventKind kind, LocalDate occurredOn,
		String previousAdminDongCode, String newAdminDongCode, String qualificationKind, Boolean qualificationHeld) {

	public LifeEventRecorded {
		Objects.requireNonNull(changeId, "changeId");
		Objects.requireNonNull(personId, "personId");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(occurredOn, "occurredOn");
		if ((kind == LifeEventKind.MOVE) != (newAdminDongCode != null)) {
			throw new IllegalArgumentException("A new 행정동 goes with MOVE only");
		}
		if ((kind == LifeEventKind.QUALIFICATION_CHANGE) != (qualificationKind != null && qualificationHeld != null)) {
			throw new IllegalArgumentException(
					"A qualification and whether it is held go with QUALIFICATION_CHANGE only");
		}
	}

	/** Whether the person left the register: died, was deregistered or emigrated. */
	public boolean leftRegister() {
		return this.kind == LifeEventKind.DEATH || this.kind == LifeEventKind.DEREGISTRATION
				|| this.kind == LifeEventKind.EMIGRATION;
	}

	/**
	 * For a move, the 시·군·구 moved to (the first five digits of the 행정동), else
	 * {@code null}.
	 */
	public String newSigunguCode() {
		return this.newAdminDongCode == null ? null : this.newAdminDongCode.substring(0, 5);
	}

	/** For a move, the 시·군·구 moved from, else {@code null}. */
	public String previousSigunguCode() {
		return this.previousAdminDongCode == null ? null : this.previousAdminDongCode.substring(0, 5);
	}

}
