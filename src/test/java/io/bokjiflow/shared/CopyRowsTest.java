package io.bokjiflow.shared;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CopyRowsTest {

	@Test
	void shouldEncodeFieldsInPostgresTextFormat() {
		CopyRows rows = new CopyRows("t", "a, b, c, d, e, f, g", 4);

		rows.text("김영희")
			.number(-1234567890123L)
			.date(LocalDate.of(2026, 1, 2))
			.uuid(UUID.fromString("0189abcd-ef01-4234-8567-89abcdef0123"))
			.bytes(new byte[] { 0x00, 0x7f, (byte) 0xff })
			.bool(true)
			.nul()
			.endRow();
		rows.text("x").number(0).date(null).uuid(null).bytes(null).bool(false).text(null).endRow();

		assertThat(text(rows)).isEqualTo("김영희\t-1234567890123\t2026-01-02\t0189abcd-ef01-4234-8567-89abcdef0123\t"
				+ "\\\\x007fff\tt\t\\N\n" + "x\t0\t\\N\t\\N\t\\N\tf\t\\N\n");
		assertThat(rows.rows()).isEqualTo(2);
		assertThat(rows.copySql()).isEqualTo("COPY t (a, b, c, d, e, f, g) FROM STDIN");
	}

	@Test
	void shouldEscapeTabsNewlinesAndBackslashes() {
		CopyRows rows = new CopyRows("t", "a");

		rows.text("a\tb\nc\rd\\e").endRow();

		assertThat(text(rows)).isEqualTo("a\\tb\\nc\\rd\\\\e\n");
	}

	@Test
	void shouldEncodeCharactersOutsideTheBasicPlane() {
		CopyRows rows = new CopyRows("t", "a");

		rows.text("\uD842\uDFB7 é").endRow();

		assertThat(text(rows)).isEqualTo("\uD842\uDFB7 é\n");
	}

	@Test
	void shouldGrowAndClear() {
		CopyRows rows = new CopyRows("t", "a", 1);
		for (int i = 0; i < 10_000; i++) {
			rows.text("역삼1동").endRow();
		}
		assertThat(rows.rows()).isEqualTo(10_000);
		assertThat(rows.size()).isEqualTo(10_000 * ("역삼1동".getBytes(StandardCharsets.UTF_8).length + 1));

		rows.clear();

		assertThat(rows.rows()).isZero();
		assertThat(rows.size()).isZero();
	}

	@Test
	void shouldRefuseYearsPostgresTextCannotHold() {
		CopyRows rows = new CopyRows("t", "a");

		assertThatThrownBy(() -> rows.date(LocalDate.of(10_000, 1, 1))).isInstanceOf(IllegalArgumentException.class);
	}

	private static String text(CopyRows rows) {
		return new String(rows.buffer(), 0, rows.size(), StandardCharsets.UTF_8);
	}

}
