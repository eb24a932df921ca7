package io.bokjiflow.shared;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Rows of one table encoded in PostgreSQL's {@code COPY ... FROM STDIN} text format
 * (UTF-8, tab-separated, {@code \N} for null, backslash escapes), built in memory so that
 * {@link PostgresCopy} can send them in one stream. Not thread-safe.
 *
 * <p>
 * Call the field methods of one row in column order, then {@link #endRow()}.
 */
public final class CopyRows {

	private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	private final String table;

	private final String columns;

	private byte[] buf;

	private int len;

	private int rows;

	private boolean rowStarted;

	/**
	 * @param table the table name
	 * @param columns the column list in the order fields are added, e.g.
	 * {@code "id, name"}
	 */
	public CopyRows(String table, String columns) {
		this(table, columns, 64 * 1024);
	}

	/**
	 * @param table the table name
	 * @param columns the column list in the order fields are added
	 * @param initialCapacity initial buffer size in bytes
	 */
	public CopyRows(String table, String columns, int initialCapacity) {
		this.table = table;
		this.columns = columns;
		this.buf = new byte[Math.max(initialCapacity, 256)];
	}

	/** The {@code COPY} statement these rows are encoded for. */
	public String copySql() {
		return "COPY " + this.table + " (" + this.columns + ") FROM STDIN";
	}

	/** The table name. */
	public String table() {
		return this.table;
	}

	/** Completed rows. */
	public int rows() {
		return this.rows;
	}

	/** Completed rows of several tables together. */
	public static long rows(List<CopyRows> tables) {
		long n = 0;
		for (CopyRows rows : tables) {
			n += rows.rows();
		}
		return n;
	}

	/** Encoded bytes. */
	public int size() {
		return this.len;
	}

	byte[] buffer() {
		return this.buf;
	}

	/** Forgets all rows, keeping the buffer for reuse. */
	public void clear() {
		this.len = 0;
		this.rows = 0;
		this.rowStarted = false;
	}

	/** A text field; {@code null} becomes SQL NULL. */
	public CopyRows text(String value) {
		separator();
		if (value == null) {
			return nullValue();
		}
		// At most 3 bytes per char: escapes take 2, BMP characters up to 3, a surrogate
		// pair (2 chars) 4.
		ensure(value.length() * 3);
		byte[] b = this.buf;
		int p = this.len;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < 0x80) {
				switch (c) {
					case '\\' -> {
						b[p++] = '\\';
						b[p++] = '\\';
					}
					case '\t' -> {
						b[p++] = '\\';
						b[p++] = 't';
					}
					case '\n' -> {
						b[p++] = '\\';
						b[p++] = 'n';
					}
					case '\r' -> {
						b[p++] = '\\';
						b[p++] = 'r';
					}
					default -> b[p++] = (byte) c;
				}
			}
			else if (c < 0x800) {
				b[p++] = (byte) (0xC0 | (c >> 6));
				b[p++] = (byte) (0x80 | (c & 0x3F));
			}
			else if (Character.isHighSurrogate(c) && i + 1 < value.length()
					&& Character.isLowSurrogate(value.charAt(i + 1))) {
				int cp = Character.toCodePoint(c, value.charAt(++i));
				b[p++] = (byte) (0xF0 | (cp >> 18));
				b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
				b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
				b[p++] = (byte) (0x80 | (cp & 0x3F));
			}
			else if (Character.isSurrogate(c)) {
				// A lone surrogate is not valid text; PostgreSQL would reject it.
				b[p++] = '?';
			}
			else {
				b[p++] = (byte) (0xE0 | (c >> 12));
				b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
				b[p++] = (byte) (0x80 | (c & 0x3F));
			}
		}
		this.len = p;
		return this;
	}

	/** A {@code bytea} field in hex form; {@code null} becomes SQL NULL. */
	public CopyRows bytes(byte[] value) {
		separator();
		if (value == null) {
			return nullValue();
		}
		ensure(3 + value.length * 2);
		byte[] b = this.buf;
		int p = this.len;
		// \x in the text format must be written as \\x (the backslash itself escaped).
		b[p++] = '\\';
		b[p++] = '\\';
		b[p++] = 'x';
		for (byte v : value) {
			b[p++] = HEX[(v >> 4) & 0xF];
			b[p++] = HEX[v & 0xF];
		}
		this.len = p;
		return this;
	}

	/** A {@code uuid} field; {@code null} becomes SQL NULL. */
	public CopyRows uuid(UUID value) {
		separator();
		if (value == null) {
			return nullValue();
		}
		ensure(36);
		byte[] b = this.buf;
		int p = this.len;
		long msb = value.getMostSignificantBits();
		long lsb = value.getLeastSignificantBits();
		p = hex(b, p, msb >>> 32, 8);
		b[p++] = '-';
		p = hex(b, p, msb >>> 16, 4);
		b[p++] = '-';
		p = hex(b, p, msb, 4);
		b[p++] = '-';
		p = hex(b, p, lsb >>> 48, 4);
		b[p++] = '-';
		p = hex(b, p, lsb, 12);
		this.len = p;
		return this;
	}

	/** A {@code date} field; {@code null} becomes SQL NULL. */
	public CopyRows date(LocalDate value) {
		separator();
		if (value == null) {
			return nullValue();
		}
		int year = value.getYear();
		if (year < 0 || year > 9999) {
			throw new IllegalArgumentException("Year out of range: " + year);
		}
		ensure(10);
		byte[] b = this.buf;
		int p = this.len;
		b[p++] = (byte) ('0' + year / 1000);
		b[p++] = (byte) ('0' + year / 100 % 10);
		b[p++] = (byte) ('0' + year / 10 % 10);
		b[p++] = (byte) ('0' + year % 10);
		b[p++] = '-';
		int month = value.getMonthValue();
		b[p++] = (byte) ('0' + month / 10);
		b[p++] = (byte) ('0' + month % 10);
		b[p++] = '-';
		int day = value.getDayOfMonth();
		b[p++] = (byte) ('0' + day / 10);
		b[p++] = (byte) ('0' + day % 10);
		this.len = p;
		return this;
	}

	/** An integer field. */
	public CopyRows number(long value) {
		separator();
		if (value == Long.MIN_VALUE) {
			return ascii(Long.toString(value));
		}
		ensure(20);
		byte[] b = this.buf;
		int p = this.len;
		if (value < 0) {
			b[p++] = '-';
			value = -value;
		}
		int start = p;
		do {
			b[p++] = (byte) ('0' + value % 10);
			value /= 10;
		}
		while (value != 0);
		for (int i = start, j = p - 1; i < j; i++, j--) {
			byte t = b[i];
			b[i] = b[j];
			b[j] = t;
		}
		this.len = p;
		return this;
	}

	/** A boolean field. */
	public CopyRows bool(boolean value) {
		separator();
		ensure(1);
		this.buf[this.len++] = (byte) (value ? 't' : 'f');
		return this;
	}

	/** A field of SQL NULL. */
	public CopyRows nul() {
		separator();
		return nullValue();
	}

	/** Ends the current row. */
	public CopyRows endRow() {
		ensure(1);
		this.buf[this.len++] = '\n';
		this.rows++;
		this.rowStarted = false;
		return this;
	}

	private CopyRows nullValue() {
		ensure(2);
		this.buf[this.len++] = '\\';
		this.buf[this.len++] = 'N';
		return this;
	}

	private CopyRows ascii(String s) {
		ensure(s.length());
		for (int i = 0; i < s.length(); i++) {
			this.buf[this.len++] = (byte) s.charAt(i);
		}
		return this;
	}

	private void separator() {
		if (this.rowStarted) {
			ensure(1);
			this.buf[this.len++] = '\t';
		}
		this.rowStarted = true;
	}

	private static int hex(byte[] b, int p, long value, int digits) {
		for (int i = digits - 1; i >= 0; i--) {
			b[p + i] = HEX[(int) (value & 0xF)];
			value >>>= 4;
		}
		return p + digits;
	}

	private void ensure(int extra) {
		if (this.len + extra > this.buf.length) {
			this.buf = Arrays.copyOf(this.buf, Math.max(this.buf.length * 2, this.len + extra));
		}
	}

}
