package io.bokjiflow.ui.i18n;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UiLocaleTest {

	@Test
	void shouldPickTheKoreanPartOrTheCapitalisedEnglishPartOfAModelLabel() {
		assertThat(UiLocale.pick("신청 검토\n(review application)", Locale.KOREAN)).isEqualTo("신청 검토");
		assertThat(UiLocale.pick("신청 검토\n(review application)", Locale.ENGLISH)).isEqualTo("Review application");
		assertThat(UiLocale.pick("소득·재산 조사 완료 (income investigated)", Locale.ENGLISH)).isEqualTo("Income investigated");
	}

	@Test
	void shouldKeepALabelWithoutATranslation() {
		assertThat(UiLocale.pick("결정 기록", Locale.ENGLISH)).isEqualTo("결정 기록");
		assertThat(UiLocale.pick(null, Locale.ENGLISH)).isEmpty();
	}

}
