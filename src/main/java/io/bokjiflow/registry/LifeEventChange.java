package io.bokjiflow.registry;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A resident-register change to record for a known person (see
 * {@link Registry#recordLifeEvent(LifeEventChange)}).
 *
 * @param changeId the change's id in the resident-register change feed (unique)
 * @param personId the person
 * @param kind what changed
 * @param occurredOn the day it happened
 * @param newAdminDongCode for {@link LifeEventKind#MOVE}: the 행정동 moved to
 * @param newAddress for {@link LifeEventKind#MOVE}: the new address, if given
 * @param qualificationKind for {@link LifeEventKind#QUALIFICATION_CHANGE}: the
 * qualification's name (e.g. {@code BASIC_LIVELIHOOD})
 * @param qualificationHeld for {@link LifeEventKind#QUALIFICATION_CHANGE}: true when it
 * began on {@code occurredOn}, false when it ended on {@code occurredOn}
 * @param source where the change came from, e.g. the feed and its day
 */
public record LifeEventChange(String changeId, UUID personId, LifeEventKind kind, LocalDate occurredOn,
		String newAdminDongCode, String newAddress, String qualificationKind, Boolean qualificationHeld,
		String source) {

	public LifeEventChange {
		Objects.requireNonNull(changeId, "changeId");
		Objects.requireNonNull(personId, "personId");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(occurredOn, "occurredOn");
		Objects.requireNonNull(source, "source");
		if (changeId.isBlank() || changeId.length() > 40) {
			throw new IllegalArgumentException("A change id has 1 to 40 characters");
		}
		if ((kind == LifeEventKind.MOVE) != (newAdminDongCode != null)) {
			throw new IllegalArgumentException("A new 행정동 goes with MOVE only");
		}
		if (newAdminDongCode != null && !newAdminDongCode.matches("\\d{10}")) {
			throw new IllegalArgumentException("A 행정동 code has ten digits");
		}
		if ((kind == LifeEventKind.QUALIFICATION_CHANGE) != (qualificationKind != null && qualificationHeld != null)) {
			throw new IllegalArgumentException(
					"A qualification and whether it is held go with QUALIFICATION_CHANGE only");
		}
	}

}
