package io.bokjiflow.publicdata.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;

import io.bokjiflow.publicdata.ResidentChange;
import io.bokjiflow.publicdata.SimulatorResidentChanges;
import io.bokjiflow.registry.LifeEventKind;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SIMULATOR's resident-register change feed in {@code pds_resident_change}: planted
 * changes (tests, demos, the admin endpoint) and the pages the feed endpoint serves.
 */
@Component
class ResidentChangeStore implements SimulatorResidentChanges {

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private final JdbcTemplate jdbc;

	private final SimulatorKeys keys;

	ResidentChangeStore(JdbcTemplate jdbc, SimulatorKeys keys) {
		this.jdbc = jdbc;
		this.keys = keys;
	}

	/**
	 * A stable id for a change without one: the feed day and a digest of the person's
	 * keyed hash and the change's content (never of the clear number).
	 */
	String stableId(LocalDate feedDay, ResidentChange c) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update(this.keys.personKey(c.rrn()));
			sha.update((c.kind() + "|" + c.occurredOn() + "|" + c.newAdminDongCode() + "|" + c.qualificationKind() + "|"
					+ c.qualificationBegan() + "|" + c.qualificationEnded())
				.getBytes(StandardCharsets.UTF_8));
			return "RC-" + DAY.format(feedDay) + "-" + HexFormat.of().formatHex(sha.digest(), 0, 6).toUpperCase();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	@Transactional
	public boolean plant(LocalDate feedDay, ResidentChange c) {
		byte[] person = this.keys.personKey(c.rrn());
		int inserted = this.jdbc.update("""
				insert into pds_resident_change (change_id, feed_day, rrn_hash, rrn_cipher, kind, occurred_on,
				    new_admin_dong_code, new_address, qualification_kind, qualification_began, qualification_ended)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (change_id) do nothing""", c.changeId(), feedDay,
				person, this.keys.seal(c.rrn()), c.kind().name(), c.occurredOn(), c.newAdminDongCode(), c.newAddress(),
				c.qualificationKind() == null ? null : c.qualificationKind().name(), c.qualificationBegan(),
				c.qualificationEnded());
		if (inserted == 0) {
			return false;
		}
		// The simulated register shows the change too, where it knows the person.
		switch (c.kind()) {
			case DEATH, DEREGISTRATION, EMIGRATION ->
				this.jdbc.update("update pds_person set status = ?, status_changed_on = ? where rrn_hash = ?",
						status(c.kind()), c.occurredOn(), person);
			case MOVE -> this.jdbc.update(
					"update pds_person set admin_dong_code = ?, address = coalesce(?, address), moved_in_on = ? where rrn_hash = ?",
					c.newAdminDongCode(), c.newAddress(), c.occurredOn(), person);
			case QUALIFICATION_CHANGE -> {
				if (c.qualificationEnded() != null) {
					this.jdbc.update(
							"update pds_qualification set valid_to = ? where rrn_hash = ? and kind = ? and (valid_to is null or valid_to > ?)",
							c.qualificationEnded(), person, c.qualificationKind().name(), c.qualificationEnded());
				}
				else {
					this.jdbc.update("""
							insert into pds_qualification (rrn_hash, kind, valid_from) values (?, ?, ?)
							on conflict do nothing""", person, c.qualificationKind().name(), c.qualificationBegan());
				}
			}
		}
		return true;
	}

	@Override
	@Transactional
	public int clear(LocalDate feedDay) {
		return this.jdbc.update("delete from pds_resident_change where feed_day = ?", feedDay);
	}

	/**
	 * A page of a day's changes after a change id, one more than asked to tell the end.
	 */
	@Transactional(readOnly = true)
	List<ResidentChangeApi.Change> page(LocalDate day, String after, int size) {
		return this.jdbc.query("""
				select change_id, rrn_cipher, kind, occurred_on, new_admin_dong_code, new_address, qualification_kind,
				    qualification_began, qualification_ended
				from pds_resident_change where feed_day = ? and change_id collate "C" > ?
				order by change_id collate "C" limit ?""",
				(rs, i) -> new ResidentChangeApi.Change(rs.getString(1), this.keys.open(rs.getBytes(2)).reveal(),
						rs.getString(3), rs.getObject(4, LocalDate.class),
						rs.getString(5) == null ? null : new ResidentChangeApi.Move(rs.getString(5), rs.getString(6)),
						rs.getString(7) == null ? null : new ResidentChangeApi.Qualification(rs.getString(7),
								rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class))),
				day, after == null ? "" : after, size + 1);
	}

	private static String status(LifeEventKind kind) {
		return switch (kind) {
			case DEATH -> "DECEASED";
			case DEREGISTRATION -> "DEREGISTERED";
			case EMIGRATION -> "EMIGRATED";
			default -> throw new IllegalArgumentException(kind.name());
		};
	}

}
