package io.bokjiflow.registry.internal;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.bokjiflow.payments.PaymentAccounts;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's side of {@link PaymentAccounts}: open accounts for routing and clear
 * numbers for bank files — narrower than a profile read, and audited like one (one audit
 * row per person, written in a single statement for a selection run's thousands).
 */
@Component
@Transactional
class RegistryPaymentAccounts implements PaymentAccounts {

	private final JdbcTemplate jdbc;

	private final RrnProtector protector;

	private final Clock clock;

	RegistryPaymentAccounts(JdbcTemplate jdbc, RrnProtector protector, Clock clock) {
		this.jdbc = jdbc;
		this.protector = protector;
		this.clock = clock;
	}

	@Override
	public Map<UUID, List<OpenAccount>> openAccounts(Collection<UUID> personIds, String accessedBy, String purpose) {
		Map<UUID, List<OpenAccount>> result = new LinkedHashMap<>();
		if (personIds.isEmpty()) {
			return result;
		}
		UUID[] ids = personIds.stream().distinct().toArray(UUID[]::new);
		this.jdbc.query(con -> {
			PreparedStatement ps = con.prepareStatement("""
					select id, person_id, kind, bank_code, bank_name, number_masked from reg_bank_account
					where person_id = any(?) and closed_on is null order by person_id, opened_on desc, id""");
			ps.setArray(1, con.createArrayOf("uuid", ids));
			return ps;
		}, rs -> {
			UUID person = rs.getObject(2, UUID.class);
			result.computeIfAbsent(person, p -> new ArrayList<>())
				.add(new OpenAccount(rs.getObject(1, UUID.class), person, "SEIZURE_PROTECTED".equals(rs.getString(3)),
						rs.getString(4), rs.getString(5), rs.getString(6)));
		});
		audit(ids, accessedBy, purpose);
		return result;
	}

	@Override
	public Map<UUID, TransferAccount> revealForTransfer(Collection<UUID> accountIds, String accessedBy,
			String purpose) {
		Map<UUID, TransferAccount> result = new HashMap<>();
		if (accountIds.isEmpty()) {
			return result;
		}
		UUID[] ids = accountIds.stream().distinct().toArray(UUID[]::new);
		List<UUID> persons = new ArrayList<>();
		this.jdbc.query(con -> {
			PreparedStatement ps = con.prepareStatement("""
					select a.id, a.bank_code, a.number_cipher, p.name, p.id from reg_bank_account a
					join reg_person p on p.id = a.person_id where a.id = any(?)""");
			ps.setArray(1, con.createArrayOf("uuid", ids));
			return ps;
		}, rs -> {
			result.put(rs.getObject(1, UUID.class), new TransferAccount(rs.getObject(1, UUID.class), rs.getString(2),
					this.protector.decryptText(rs.getBytes(3)), rs.getString(4)));
			persons.add(rs.getObject(5, UUID.class));
		});
		audit(persons.stream().distinct().toArray(UUID[]::new), accessedBy, purpose);
		return result;
	}

	/**
	 * One audit row per person, in the caller's transaction: what was read is used in
	 * that transaction only (a routing that rolls back routed nobody).
	 */
	private void audit(UUID[] personIds, String accessedBy, String purpose) {
		String shortPurpose = purpose.length() <= 200 ? purpose : purpose.substring(0, 200);
		this.jdbc.update(con -> {
			PreparedStatement ps = con.prepareStatement("""
					insert into reg_access_audit (person_id, accessed_by, purpose, accessed_at)
					select p.id, ?, ?, ? from unnest(?::uuid[]) as v(id) join reg_person p on p.id = v.id""");
			ps.setString(1, accessedBy.length() <= 64 ? accessedBy : accessedBy.substring(0, 64));
			ps.setString(2, shortPurpose);
			ps.setTimestamp(3, Timestamp.from(this.clock.instant()));
			ps.setArray(4, con.createArrayOf("uuid", personIds));
			return ps;
		});
	}

}
