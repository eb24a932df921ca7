package io.bokjiflow.registry.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.bokjiflow.registry.LifeEventChange;
import io.bokjiflow.registry.LifeEventKind;
import io.bokjiflow.registry.LifeEventRecorded;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records resident-register changes: the life event (unique per change id, so a change
 * delivered twice is written once), the person's record, and the
 * {@link LifeEventRecorded} event, all in one transaction.
 */
@Component
class LifeEventRecorder {

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LifeEventRecorder(JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	Optional<LifeEventRecorded> record(LifeEventChange c) {
		List<String> dong = this.jdbc.queryForList("select admin_dong_code from reg_person where id = ? for update",
				String.class, c.personId());
		if (dong.isEmpty()) {
			throw new IllegalArgumentException("Unknown person " + c.personId());
		}
		String previousDong = dong.get(0);
		Timestamp now = Timestamp.from(this.clock.instant());
		int inserted = this.jdbc.update("""
				insert into reg_life_event (id, person_id, kind, occurred_on, detail, source, recorded_at, change_id)
				values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (change_id) do nothing""", UUID.randomUUID(), c.personId(),
				c.kind().name(), c.occurredOn(), detail(c, previousDong), c.source(), now, c.changeId());
		if (inserted == 0) {
			return Optional.empty();
		}
		switch (c.kind()) {
			case DEATH -> status(c.personId(), "DECEASED", now);
			case DEREGISTRATION -> status(c.personId(), "DEREGISTERED", now);
			case EMIGRATION -> status(c.personId(), "EMIGRATED", now);
			case MOVE -> this.jdbc.update("""
					update reg_person set admin_dong_code = ?, address = coalesce(?, address), moved_in_on = ?,
					    updated_at = ? where id = ?""", c.newAdminDongCode(), c.newAddress(), c.occurredOn(), now,
					c.personId());
			case QUALIFICATION_CHANGE -> qualification(c, now);
		}
		LifeEventRecorded event = new LifeEventRecorded(c.changeId(), c.personId(), c.kind(), c.occurredOn(),
				c.kind() == LifeEventKind.MOVE ? previousDong : null, c.newAdminDongCode(), c.qualificationKind(),
				c.qualificationHeld());
		this.events.publishEvent(event);
		return Optional.of(event);
	}

	@Transactional
	boolean suspendBenefit(UUID benefitRecordId, LocalDate effectiveFrom, String reason) {
		// The period ends the day before the suspension (never before it began).
		return this.jdbc.update("""
				update reg_benefit_record set status = 'SUSPENDED',
				    period_to = greatest(period_from, least(coalesce(period_to, ?::date - 1), ?::date - 1)),
				    source = left(source || ' · 중지: ' || ?, 200)
				where id = ? and status = 'ACTIVE'""", effectiveFrom, effectiveFrom, reason, benefitRecordId) == 1;
	}

	private void status(UUID personId, String status, Timestamp now) {
		this.jdbc.update("update reg_person set status = ?, updated_at = ? where id = ?", status, now, personId);
	}

	private void qualification(LifeEventChange c, Timestamp now) {
		if (Boolean.TRUE.equals(c.qualificationHeld())) {
			this.jdbc.update("""
					insert into reg_qualification (id, person_id, kind, valid_from, source, recorded_at)
					select ?, ?, ?, ?, ?, ? where not exists (select 1 from reg_qualification where person_id = ?
					    and kind = ? and valid_from <= ? and (valid_to is null or valid_to >= ?))""", UUID.randomUUID(),
					c.personId(), c.qualificationKind(), c.occurredOn(), c.source(), now, c.personId(),
					c.qualificationKind(), c.occurredOn(), c.occurredOn());
		}
		else {
			this.jdbc.update("""
					update reg_qualification set valid_to = ? where person_id = ? and kind = ?
					    and valid_from <= ? and (valid_to is null or valid_to > ?)""", c.occurredOn(), c.personId(),
					c.qualificationKind(), c.occurredOn(), c.occurredOn());
		}
	}

	private static String detail(LifeEventChange c, String previousDong) {
		return switch (c.kind()) {
			case MOVE -> "전입 " + previousDong + " → " + c.newAdminDongCode();
			case QUALIFICATION_CHANGE -> c.qualificationKind() + (c.qualificationHeld() ? " 시작" : " 종료");
			default -> null;
		};
	}

}
