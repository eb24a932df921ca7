package io.bokjiflow.security;

import io.bokjiflow.security.AccessMatrix.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The access-control matrix file: its table parses into rows and cells, and a cell's
 * alternatives and body marks compare with observed outcomes as documented at its top.
 */
class AccessMatrixTest {

	private static final String SAMPLE = """
			# A matrix
			Some text | with a bar.

			| key | call | anonymous | cw.gangnam |
			|---|---|---|---|
			| MVC GET /api/x/{id} | GET /api/x/{case} {"a":"b\\|c"} | 401 | 200+ |
			| ROUTE | | login | view |
			| ?ROUTE audit | | login | denied |
			""";

	@Test
	void shouldReadRowsKindsAndCells() {
		AccessMatrix matrix = AccessMatrix.parse(SAMPLE);
		assertThat(matrix.users()).containsExactly("anonymous", "cw.gangnam");
		assertThat(matrix.rows()).hasSize(3);
		AccessMatrix.Row api = matrix.rows().get(0);
		assertThat(api.kind()).isEqualTo(Kind.MVC);
		assertThat(api.key()).isEqualTo("GET /api/x/{id}");
		assertThat(api.call()).isEqualTo("GET /api/x/{case} {\"a\":\"b|c\"}");
		assertThat(api.expected()).containsEntry("anonymous", "401").containsEntry("cw.gangnam", "200+");
		assertThat(matrix.rows().get(1).fullKey()).isEqualTo("ROUTE ");
		assertThat(matrix.rows().get(2).planned()).isTrue();
		assertThat(matrix.rows().get(2).key()).isEqualTo("audit");
	}

	@Test
	void shouldRefuseRowsWithTheWrongNumberOfCellsOrTwiceTheSameKey() {
		assertThatThrownBy(() -> AccessMatrix.parse(SAMPLE + "| ROUTE x | | login |\n"))
			.hasMessageContaining("3 cells, expected 4");
		assertThatThrownBy(() -> AccessMatrix.parse(SAMPLE + "| ROUTE | | login | view |\n"))
			.hasMessageContaining("a second row for ROUTE ");
		assertThatThrownBy(() -> AccessMatrix.parse(SAMPLE + "| FTP x | | 1 | 2 |\n"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void shouldCompareOutcomesWithAlternativesAndBodyMarks() {
		assertThat(AccessMatrix.matches("200", "200+")).isTrue();
		assertThat(AccessMatrix.matches("200", "200-")).isTrue();
		assertThat(AccessMatrix.matches("200-", "200+")).isFalse();
		assertThat(AccessMatrix.matches("200+", "200+")).isTrue();
		assertThat(AccessMatrix.matches("403/404", "404")).isTrue();
		assertThat(AccessMatrix.matches("403/404", "200-")).isFalse();
		assertThat(AccessMatrix.matches("204", "200-")).isFalse();
		assertThat(AccessMatrix.matches("denied", "view")).isFalse();
		assertThat(AccessMatrix.matches("login", "login")).isTrue();
	}

	@Test
	void shouldParseTheProjectsMatrix() {
		AccessMatrix matrix = AccessMatrix.load(AccessMatrixIT.MATRIX);
		assertThat(matrix.users()).hasSize(8);
		assertThat(matrix.rows()).extracting(AccessMatrix.Row::kind).contains(Kind.values());
		assertThat(matrix.rows()).allSatisfy(row -> assertThat(row.expected().values())
			.allSatisfy(cell -> assertThat(cell.split("/")).allMatch(
					alt -> alt.matches("\\d{3}[+-]?|login|view|shown|hidden|denied|notfound|app|no|-|forward:\\w+"))));
	}

}
