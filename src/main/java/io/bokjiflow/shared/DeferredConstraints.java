package io.bokjiflow.shared;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Constraints dropped for a large load and restored afterwards, in the same transaction,
 * from the definitions PostgreSQL reports ({@code pg_get_constraintdef}): building an
 * index once, sorted, and checking a foreign key with one join is far faster than doing
 * both row by row when the keys are random. Restoring checks every row, so nothing
 * invalid can be committed.
 */
public final class DeferredConstraints {

	private record Saved(String table, String name, String definition) {
	}

	private final JdbcTemplate jdbc;

	private final List<Saved> saved;

	private DeferredConstraints(JdbcTemplate jdbc, List<Saved> saved) {
		this.jdbc = jdbc;
		this.saved = saved;
	}

	/**
	 * Drops constraints in the caller's transaction.
	 * @param jdbc the template (its connection must be the transaction's)
	 * @param tables the tables whose constraints to drop
	 * @param types constraint types: {@code p} primary key, {@code u} unique, {@code f}
	 * foreign key
	 * @param only constraint names to limit to, or empty for all of those types
	 * @return what to restore
	 */
	public static DeferredConstraints drop(JdbcTemplate jdbc, List<String> tables, String types, List<String> only) {
		List<Saved> saved = jdbc
			.query("select conrelid::regclass::text, conname, pg_get_constraintdef(oid) from pg_constraint "
					+ "where conrelid::regclass::text = any(?) and position(contype::text in ?) > 0 "
					+ "and (cardinality(?) = 0 or conname = any(?)) "
					// Keys before the foreign keys that might need them.
					+ "order by case contype when 'f' then 1 else 0 end, conname",
					(rs, i) -> new Saved(rs.getString(1), rs.getString(2), rs.getString(3)),
					(Object) tables.toArray(String[]::new), types, (Object) only.toArray(String[]::new),
					(Object) only.toArray(String[]::new));
		for (int i = saved.size() - 1; i >= 0; i--) {
			Saved s = saved.get(i);
			jdbc.execute("alter table " + s.table() + " drop constraint " + s.name());
		}
		return new DeferredConstraints(jdbc, saved);
	}

	/** How many constraints wait to be restored. */
	public int size() {
		return this.saved.size();
	}

	/**
	 * Restores the constraints, checking all rows.
	 * @throws org.springframework.dao.DataAccessException when rows break one
	 */
	public void restore() {
		this.jdbc.execute("set local maintenance_work_mem = '256MB'");
		for (Saved s : this.saved) {
			this.jdbc.execute("alter table " + s.table() + " add constraint " + s.name() + " " + s.definition());
		}
	}

}
