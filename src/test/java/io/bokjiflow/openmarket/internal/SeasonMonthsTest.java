package io.bokjiflow.openmarket.internal;

import java.time.LocalDate;
import java.time.Month;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The season of a heating program read from its schedule, and its next round. */
class SeasonMonthsTest {

	@Test
	void shouldReadAMonthRangeAcrossTheNewYear() {
		assertThat(SeasonMonths.of("11월–3월 매월 20일")).containsExactlyInAnyOrder(Month.NOVEMBER, Month.DECEMBER,
				Month.JANUARY, Month.FEBRUARY, Month.MARCH);
		assertThat(SeasonMonths.of("12~2월 매월")).containsExactlyInAnyOrder(Month.DECEMBER, Month.JANUARY,
				Month.FEBRUARY);
		assertThat(SeasonMonths.of("10월-10월")).containsExactly(Month.OCTOBER);
	}

	@Test
	void shouldFallBackToNovemberToMarchWithoutARange() {
		assertThat(SeasonMonths.of("동절기 매월")).isEqualTo(SeasonMonths.DEFAULT);
		assertThat(SeasonMonths.of(null)).isEqualTo(SeasonMonths.DEFAULT);
		assertThat(SeasonMonths.of("13월–2월")).isEqualTo(SeasonMonths.DEFAULT);
	}

	@Test
	void shouldPlanTheSameDayNextMonthWhileTheSeasonLasts() {
		assertThat(SeasonMonths.next("11월–3월", LocalDate.of(2026, 11, 20))).contains(LocalDate.of(2026, 12, 20));
		assertThat(SeasonMonths.next("11월–3월", LocalDate.of(2027, 1, 31))).contains(LocalDate.of(2027, 2, 28));
		assertThat(SeasonMonths.next("11월–3월", LocalDate.of(2027, 3, 20))).isEmpty();
		// a run started outside the season plans no further round
		assertThat(SeasonMonths.next("11월–3월", LocalDate.of(2026, 10, 20))).isEmpty();
	}

}
