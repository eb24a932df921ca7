package io.bokjiflow.bench.baseline;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.bokjiflow.bench.BenchDatabase;
import io.bokjiflow.bench.engine.BenchProcesses;
import org.postgresql.PGConnection;

/**
 * Baseline (c): the floor for loads — raw {@code COPY} of synthetic rows shaped like
 * {@code reg_person} (UUID key, keyed-hash and cipher bytes, name, birth date, address,
 * 행정동, status; the same unique and secondary indexes) into a scratch table, in rows per
 * second. Scenario 8 (the population load) will be compared with it.
 */
public final class CopyBaseline {

	/** The baseline's name in the results. */
	public static final String NAME = "(c) raw COPY rows/s";

	private static final String TABLE = CamundaShapedInsertBaseline.SCHEMA + ".b_person_copy";

	private final BenchDatabase db;

	public CopyBaseline(BenchDatabase db) {
		this.db = db;
	}

	/**
	 * COPYs rows into a freshly created table and returns rows per second (indexes and
	 * commit included).
	 * @param rows how many rows
	 * @return rows per second
	 */
	public double measure(long rows) {
		this.db.ensureSchema(CamundaShapedInsertBaseline.SCHEMA);
		this.db.execute("drop table if exists " + TABLE);
		this.db.execute("""
				create table %s (id uuid primary key, rrn_hash bytea not null unique, rrn_cipher bytea not null,
				  name varchar(100) not null, birth_date date not null, sex varchar(1) not null, address varchar(300),
				  admin_dong_code varchar(10) not null, moved_in_on date, status varchar(20) not null default 'ALIVE',
				  created_at timestamptz not null default now(), updated_at timestamptz not null default now())"""
			.formatted(TABLE));
		this.db.execute("create index b_person_copy_dong on " + TABLE + " (admin_dong_code)");
		try (Connection c = this.db.connect()) {
			c.setAutoCommit(false);
			long t0 = System.nanoTime();
			long copied = c.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy " + TABLE + " (id, rrn_hash, rrn_cipher, name, birth_date, sex, address, admin_dong_code,"
						+ " moved_in_on, status) from stdin with (format text)", new SyntheticPersons(rows));
			c.commit();
			double seconds = (System.nanoTime() - t0) / 1e9;
			try (Statement s = c.createStatement()) {
				s.execute("drop table " + TABLE);
			}
			c.commit();
			return copied / seconds;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("COPY baseline failed", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Generates person rows in COPY's text format on the fly. */
	private static final class SyntheticPersons extends Reader {

		private final long rows;

		private long produced;

		private final StringBuilder buffer = new StringBuilder();

		private int position;

		SyntheticPersons(long rows) {
			this.rows = rows;
		}

		@Override
		public int read(char[] cbuf, int off, int len) {
			if (this.position >= this.buffer.length()) {
				if (this.produced >= this.rows) {
					return -1;
				}
				this.buffer.setLength(0);
				this.position = 0;
				for (int i = 0; i < 1000 && this.produced < this.rows; i++) {
					row(this.buffer);
					this.produced++;
				}
			}
			int n = Math.min(len, this.buffer.length() - this.position);
			this.buffer.getChars(this.position, this.position + n, cbuf, off);
			this.position += n;
			return n;
		}

		private void row(StringBuilder sb) {
			ThreadLocalRandom r = ThreadLocalRandom.current();
			UUID id = UUID.randomUUID();
			LocalDate birth = LocalDate.of(1930 + r.nextInt(90), 1 + r.nextInt(12), 1 + r.nextInt(28));
			sb.append(id)
				.append('\t')
				.append("\\\\x")
				.append(hex(32, r))
				.append('\t')
				.append("\\\\x")
				.append(hex(45, r))
				.append('\t')
				.append("성명")
				.append(this.produced)
				.append('\t')
				.append(birth)
				.append('\t')
				.append(r.nextBoolean() ? 'M' : 'F')
				.append('\t')
				.append("서울특별시 테스트로 ")
				.append(r.nextInt(1, 999))
				.append('\t')
				.append(BenchProcesses.SIGUNGU.get(r.nextInt(BenchProcesses.SIGUNGU.size())))
				.append("5")
				.append(String.format("%04d", r.nextInt(10000)))
				.append('\t')
				.append(birth.plusYears(20))
				.append('\t')
				.append("ALIVE")
				.append('\n');
		}

		private static String hex(int bytes, ThreadLocalRandom r) {
			StringBuilder sb = new StringBuilder(bytes * 2);
			for (int i = 0; i < bytes; i++) {
				sb.append(Character.forDigit(r.nextInt(16), 16)).append(Character.forDigit(r.nextInt(16), 16));
			}
			return sb.toString();
		}

		@Override
		public void close() {
		}

	}

}
